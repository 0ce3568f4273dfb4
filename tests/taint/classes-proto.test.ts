// Methods and fields of a class, in both shapes: ES `class` bodies and ES5 constructors with prototype methods
// (`Server.prototype.serve = function (req) { … this.servePath(p) … }`), the shape of node-static, send and st.
// A request value passed to `this.m(p)`, `that.m(p)` (`var that = this`) or kept in `this.path` reaches the sink
// in the other method; a field only constants are written to stays clean.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

const graded = async (code: string): Promise<string[]> => {
  const r = await scan({
    root: '/virtual',
    contents: new Map([
      ['lib/server.js', code],
      ['package.json', '{"name":"x","main":"lib/server.js"}'],
    ]),
    type: 'static',
  });
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === 'path/traversal').map((f) => `${f.line} ${f.severity} ${String(f.properties?.provenance)}`);
};

const HEAD = "var fs = require('fs');\nvar path = require('path');\nvar url = require('url');\n";

describe('ES5 prototype methods', () => {
  it('this.method(p) from a request handler method reaches the sink in the other method', async () => {
    const code = `${HEAD}function Server(root) { this.root = root; }\nServer.prototype.serve = function (req, res) {\n  var p = decodeURI(url.parse(req.url).pathname);\n  this.send(p, res);\n};\nServer.prototype.send = function (p, res) {\n  fs.createReadStream(path.join(this.root, p)).pipe(res);\n};\nmodule.exports = Server;\n`;
    expect(await graded(code)).toEqual(['10 high untrusted']);
  });
  it('that.method(p) after var that = this, inside a callback', async () => {
    const code = `${HEAD}function Server(root) { this.root = root; }\nServer.prototype.serve = function (req, res) {\n  var that = this;\n  var p = decodeURI(url.parse(req.url).pathname);\n  process.nextTick(function () { that.stat(p); });\n};\nServer.prototype.stat = function (p) {\n  fs.stat(p, function () {});\n};\nmodule.exports = Server;\n`;
    expect(await graded(code)).toEqual(['11 high untrusted']);
  });
  it('a prototype object literal: X.prototype = { m: function () {…} }', async () => {
    const code = `${HEAD}function S() {}\nS.prototype = {\n  serve: function (req) { this.read(req.query.f); },\n  read: function (f) { return fs.readFileSync(f); },\n};\nmodule.exports = S;\n`;
    expect(await graded(code)).toEqual(['7 high untrusted']);
  });
});

describe('this fields', () => {
  it('a constructor parameter kept in this.path, joined under a root by a method, is library input (medium)', async () => {
    const code = `${HEAD}function Stream(p, root) { this.path = p; this.root = root; }\nStream.prototype.pipe = function (res) {\n  fs.createReadStream(path.join(this.root, this.path)).pipe(res);\n};\nfunction send(p) { return new Stream(p, '/srv'); }\nmodule.exports = send;\n`;
    expect(await graded(code)).toEqual(['6 medium library-input']);
  });
  it('a request value kept in a class field reaches a sink in another method', async () => {
    const code = `${HEAD}class Job {\n  constructor() { this.file = null; }\n  take(req) { this.file = req.body.file; }\n  run() { return fs.readFileSync(this.file); }\n}\nmodule.exports = Job;\n`;
    expect(await graded(code)).toEqual(['7 high untrusted']);
  });
  it('a field only constants and __dirname paths are written to is trusted', async () => {
    const code = `${HEAD}function Cfg() { this.dir = path.join(__dirname, 'data'); }\nCfg.prototype.load = function () {\n  return fs.readFileSync(path.join(this.dir, 'config.json'));\n};\nmodule.exports = Cfg;\n`;
    expect(await graded(code)).toEqual([]);
  });
  it("a callback with its own this (no bind) does not see the method's fields", async () => {
    const code = `${HEAD}function S() {}\nS.prototype.take = function (req) { this.f = req.query.f; };\nS.prototype.run = function () {\n  [1].forEach(function () { fs.readFileSync(this.f); });\n};\nmodule.exports = S;\n`;
    expect((await graded(code)).filter((s) => / high /.test(s))).toEqual([]);
  });
});
