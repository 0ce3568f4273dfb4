// `..` checks as path guards, honestly: a check on the value the sink gets, after it is decoded, counts; a check
// before decoding, or on a value other than the one joined, does not. `path.join(root, p)` keeps a `..`-free p
// under root (an absolute p is joined, not substituted), so a `..` test alone guards a join; `path.resolve` also
// needs the absolute case ruled out.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const HEAD = "import fs from 'fs';\nimport path from 'path';\nimport http from 'http';\nconst ROOT = path.join(__dirname, 'public');\n";
/** A node:http static server: `body` gets `url` (the raw request path) and must leave `file` for the sink. */
const serve = async (body: string): Promise<string[]> => {
  const code = `${HEAD}http.createServer((req, res) => {\n  const url = req.url.split('?')[0];\n${body}\n  fs.createReadStream(file).pipe(res);\n}).listen(8080);\n`;
  const r = await scanText(code, { rules: ['path/traversal'] });
  return r.findings.map((f) => f.severity);
};

const decoded = '  const p = decodeURIComponent(url);\n';
const reject = (test: string): string => `  if (${test}) { res.writeHead(403); return res.end(); }\n`;

describe('a `..` test on the decoded path before path.join(root, p) is a guard', () => {
  it("p.includes('..') || p.includes('\\0')", async () => {
    expect(await serve(decoded + reject("p.includes('..') || p.includes('\\0')") + '  const file = path.join(ROOT, p);')).toEqual([]);
  });
  it("indexOf('..') !== -1", async () => {
    expect(await serve(decoded + reject("p.indexOf('..') !== -1") + '  const file = path.join(ROOT, p);')).toEqual([]);
  });
  it('/\\.\\./.test(p)', async () => {
    expect(await serve(decoded + reject('/\\.\\./.test(p)') + '  const file = path.join(ROOT, p);')).toEqual([]);
  });
  it("the index page special case: join(root, p === '/' ? 'index.html' : p)", async () => {
    expect(await serve(decoded + reject("p.includes('..')") + "  const file = path.join(ROOT, p === '/' ? 'index.html' : p);")).toEqual([]);
  });
  it("startsWith('..') after normalize", async () => {
    expect(
      await serve(
        `${decoded}  const n = path.normalize(p).replace(/^[\\/]+/, '');\n${reject("path.normalize(n).startsWith('..')")}  const file = path.join(ROOT, path.normalize(n));`,
      ),
    ).toEqual([]);
  });
  it("path.relative(root, x).startsWith('..')", async () => {
    expect(await serve(`${decoded}  const file = path.resolve(ROOT, '.' + p);\n${reject("path.relative(ROOT, file).startsWith('..')")}`)).toEqual([]);
  });
  it('!resolved.startsWith(root + path.sep)', async () => {
    expect(await serve(`${decoded}  const file = path.resolve(ROOT, '.' + p);\n${reject('!file.startsWith(ROOT + path.sep)')}`)).toEqual([]);
  });
});

describe('a `..` test on an Express parameter (Express decodes params)', () => {
  const express = async (body: string): Promise<string[]> => {
    const code = `${HEAD}app.get('/f/:name', (req, res) => {\n${body}\n});\n`;
    return (await scanText(code, { rules: ['path/traversal'] })).findings.map((f) => f.severity);
  };
  it('guards the same member chain joined under the root', async () => {
    expect(
      await express("  if (req.params.name.includes('..')) return res.sendStatus(400);\n  res.send(fs.readFileSync(path.join(ROOT, req.params.name)));"),
    ).toEqual([]);
  });
  it('guards nothing when the name is resolved, not joined', async () => {
    expect(
      await express("  if (req.params.name.includes('..')) return res.sendStatus(400);\n  res.send(fs.readFileSync(path.resolve(ROOT, req.params.name)));"),
    ).toEqual(['high']);
  });
});

describe('broken `..` tests are no guard', () => {
  it('checked before decoding: %2e%2e passes the test and decodes to ..', async () => {
    expect(await serve(reject("url.includes('..')") + '  const p = decodeURIComponent(url);\n  const file = path.join(ROOT, p);')).toEqual(['high']);
  });
  it('the raw value checked, a decoded one joined', async () => {
    expect(await serve(reject("url.indexOf('..') !== -1") + '  const file = path.join(ROOT, decodeURIComponent(url));')).toEqual(['high']);
  });
  it('checked, then the variable decoded in place', async () => {
    expect(await serve(`  let p = url;\n${reject("p.includes('..')")}  p = decodeURIComponent(p);\n  const file = path.join(ROOT, p);`)).toEqual(['high']);
  });
  it('a `..` test alone before path.resolve: an absolute path replaces the root', async () => {
    expect(await serve(decoded + reject("p.includes('..')") + '  const file = path.resolve(ROOT, p);')).toEqual(['high']);
  });
  it('startsWith(root) without the separator', async () => {
    expect(await serve(`${decoded}  const file = path.resolve(ROOT, '.' + p);\n${reject('!file.startsWith(ROOT)')}`)).toEqual(['high']);
  });
  it('a `..` test on another value', async () => {
    expect(await serve(`${decoded}  const q = req.headers.referer || '';\n${reject("q.includes('..')")}  const file = path.join(ROOT, p);`)).toEqual(['high']);
  });
});
