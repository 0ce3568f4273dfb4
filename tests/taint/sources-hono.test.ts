// Hono's context `c` is a request only where Hono hands it over: a handler registered on an app or route
// (inline or by name), a Hono factory middleware, or a parameter typed `Context` from 'hono'. A parameter that
// merely happens to be called `c` is whatever its caller passes: in an exported function, library input.
import { describe, expect, it } from 'vitest';
import { argOf } from '../helpers/taint.js';
import { taintFor } from '../../src/analyzers/taint/index.js';
import { scan } from '../../src/pipeline/scan.js';

const first = (code: string): string | undefined => {
  const { ast, resolver, node } = argOf(code, 'sink');
  return taintFor(ast, resolver, code, node, 'path')?.flow?.[0]?.message;
};

const graded = async (files: Record<string, string>, rule: string): Promise<string[]> => {
  const r = await scan({ root: '/virtual', contents: new Map(Object.entries(files)), type: 'static' });
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.severity}:${String(f.properties?.provenance)}`);
};

const H = "import { Hono } from 'hono';\nconst app = new Hono();\n";

describe('Hono handlers are request sources', () => {
  it('an inline handler on a route', () => {
    expect(first(`${H}app.get('/f', (c) => sink(c.req.query('name')));`)).toMatch(/HTTP request/);
  });
  it('a handler defined apart and registered by name', () => {
    expect(first(`${H}async function getFile(c) {\n  return sink(c.req.param('name'));\n}\napp.get('/f/:name', getFile);`)).toMatch(/HTTP request/);
  });
  it('a const arrow registered by name after middleware', () => {
    expect(first(`${H}const getFile = async (c) => sink((await c.req.json()).path);\napp.post('/f', auth, getFile);`)).toMatch(/HTTP request/);
  });
  it("app.on('GET', path, handler) and app.on([methods], path, handler)", () => {
    expect(first(`${H}app.on('GET', '/f', (c) => sink(c.req.query('p')));`)).toMatch(/HTTP request/);
    expect(first(`${H}app.on(['GET', 'POST'], '/f', (c) => sink(c.req.query('p')));`)).toMatch(/HTTP request/);
  });
  it('a factory middleware', () => {
    expect(
      first(
        "import { createMiddleware } from 'hono/factory';\nexport const mw = createMiddleware(async (c, next) => { sink(c.req.header('x-file')); await next(); });",
      ),
    ).toMatch(/HTTP request/);
  });
  it('a parameter typed Context from hono, not registered in this file', () => {
    expect(first("import type { Context } from 'hono';\nexport async function getFile(c: Context) {\n  return sink(c.req.query('name'));\n}")).toMatch(
      /HTTP request/,
    );
    expect(first("import type { Context as HC } from 'hono';\nexport const getFile = (ctx2: HC<Env>) => sink(ctx2.req.query('name'));")).toMatch(
      /HTTP request/,
    );
  });
  it('only c.req is input: the response helpers on c are not', () => {
    expect(first(`${H}app.get('/f', (c) => sink(c.env.ROOT));`)).toBeUndefined();
  });
});

describe('a parameter named c is not a Hono context by its name', () => {
  it('an exported function run(c) is library input: its caller controls c', async () => {
    const cmd = "import { execSync } from 'child_process';\nexport function run(c: string) {\n  return execSync('git ' + c);\n}\n";
    expect(await graded({ 'src/index.ts': cmd }, 'code/command-injection')).toEqual(['high:library-input']);
    const read =
      "import { readFileSync } from 'fs';\nimport { join } from 'path';\nexport function read(c) {\n  return readFileSync(join('/srv', c.file));\n}\n";
    expect(await graded({ 'src/index.ts': read }, 'path/traversal')).toEqual(['medium:library-input']);
  });
  it('a Context type from another framework is not Hono', () => {
    expect(first("import type { Context } from 'koa-like';\nexport function f(c: Context) { return sink(c.req.query('x')); }") ?? '').not.toMatch(
      /HTTP request/,
    );
  });
  it('an unexported helper taking c is not a source', () => {
    expect(first("function f(c) { return sink(c.req.query('x')); }\nf(make());") ?? '').not.toMatch(/HTTP request/);
  });
});
