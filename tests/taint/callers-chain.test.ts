// A parameter whose callers pass a parameter of another same-file function: the engine follows that one's callers
// too (bounded), so `send(req, p)` → `new Stream(req, p)` → `this.path` → `this.sendFile(p)` → `fs.stat(p)` is library
// input, the shape of send@0.8.3. And prefix compares written with `substr`/`slice` are prefix guards, graded as
// `startsWith` is: without a separator after the root they do not protect (CVE-2014-6394), with one they do.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

const graded = async (code: string, rule = 'path/traversal'): Promise<string[]> => {
  const r = await scan({
    root: '/virtual',
    contents: new Map([
      ['lib/send.js', code],
      ['package.json', '{"name":"x","main":"lib/send.js"}'],
    ]),
    type: 'static',
  });
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.line} ${f.severity} ${String(f.properties?.provenance)}`);
};

const HEAD = "var fs = require('fs');\nvar path = require('path');\nvar join = path.join, normalize = path.normalize, sep = path.sep;\n";
// line 4: constructor, 5: pipe, 6..: body; the check is the caller's choice
const stream = (check: string, rootDef = 'root = normalize(root);'): string =>
  `${HEAD}function Stream(req, p, opts) { this.path = p; this._root = opts.root; }\n` +
  `Stream.prototype.pipe = function (res) {\n` +
  `  var root = this._root;\n` +
  `  var p = decodeURIComponent(this.path);\n` +
  `  if (root !== null) {\n` +
  `    p = normalize(join(root, p));\n` +
  `    ${rootDef}\n` +
  `    if (${check}) return res.end();\n` +
  `  }\n` +
  `  this.sendFile(p);\n` +
  `};\n` +
  `Stream.prototype.sendFile = function (p) { fs.stat(p, function () {}); };\n` +
  `function send(req, p, opts) { return new Stream(req, p, opts); }\n` +
  `module.exports = send;\n`;

describe('callers of callers', () => {
  it('a constructor parameter kept in a field and passed on by a method is library input of the exported factory', async () => {
    expect(await graded(stream('false'))).toEqual(['15 medium library-input']);
  });
  it('a helper whose callers pass only constants stays clean', async () => {
    const code = `${HEAD}function a(p) { b(p); }\nfunction b(q) { fs.readFileSync(join(__dirname, q)); }\nfunction c(x) { a(x); }\nc('data.json');\nmodule.exports = {};\n`;
    expect((await graded(code)).filter((s) => !/ low /.test(s))).toEqual([]);
  });
  it('a request value two helpers up is untrusted', async () => {
    const code = `${HEAD}function a(p) { b(p); }\nfunction b(q) { fs.readFileSync(q); }\nfunction c(x) { a(x.trim()); }\nrequire('http').createServer(function (req, res) { c(req.url); });\n`;
    expect(await graded(code)).toEqual(['5 high untrusted']);
  });
});

describe('substr / slice prefix compares', () => {
  it('path.substr(0, root.length) !== root with no separator is broken (send@0.8.3)', async () => {
    expect(await graded(stream('p.substr(0, root.length) !== root'))).toEqual(['15 medium library-input']);
  });
  it('root = normalize(root + sep) before the compare protects (send@0.8.4)', async () => {
    expect(await graded(stream('p.substr(0, root.length) !== root', 'root = normalize(root + sep);'))).toEqual([]);
  });
  it('p.slice(0, base.length) === base, negated, with base ending in a separator protects', async () => {
    expect(await graded(stream('!(p.slice(0, root.length) === root)', "root = root + '/';"))).toEqual([]);
  });
  it('a compare of a prefix of another length is no guard', async () => {
    expect(await graded(stream('p.substring(0, 4) !== root', 'root = normalize(root + sep);'))).toEqual(['15 medium library-input']);
  });
});

describe('fields of an object literal passed on', () => {
  const CP = "var cp = require('child_process');\n";
  const plan = (field: string): string =>
    `${CP}function setup(options) {\n  var plan = { type: 'ci_setup', pipeline: options.pipeline };\n  run(plan);\n}\nfunction run(plan) { cp.execSync('notify ' + plan.${field}); }\nmodule.exports = { setup: setup };\n`;
  it('a constant field of a literal built around a parameter is clean', async () => {
    expect((await graded(plan('type'), 'code/command-injection')).filter((s) => !/ low /.test(s))).toEqual([]);
  });
  it('the field that holds the parameter is library input', async () => {
    expect(await graded(plan('pipeline'), 'code/command-injection')).toEqual(['6 high library-input']);
  });
});

describe('assignments in both branches of an if', () => {
  it('the value before the if does not reach a read after it', async () => {
    const code = `${HEAD}module.exports = function (req, res) {\n  var p = req.query.f;\n  if (p.length > 3) { p = 'a.txt'; } else { p = 'b.txt'; }\n  fs.readFileSync(p);\n};\n`;
    expect(await graded(code)).toEqual([]);
  });
  it('one branch alone does not cover it', async () => {
    const code = `${HEAD}module.exports = function (req, res) {\n  var p = req.query.f;\n  if (p.length > 3) { p = 'a.txt'; }\n  fs.readFileSync(p);\n};\n`;
    expect(await graded(code)).toEqual(['7 high untrusted']);
  });
});
