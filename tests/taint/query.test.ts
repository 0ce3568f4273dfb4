// The taint query itself: what it answers for any node, the shape of the flow, and the budget-relevant laziness.
import { describe, expect, it } from 'vitest';
import { argOf } from '../helpers/taint.js';
import { createTaint, isLowTrustFlow, taintFor } from '../../src/analyzers/taint/index.js';
import { scanText } from '../../src/index.js';
import { toText } from '../../src/report/text.js';

const labels = (code: string, callee: string, kind: 'path' | 'generic' = 'generic') => {
  const { ast, resolver, node } = argOf(code, callee);
  const flow = kind === 'generic' ? createTaint(ast, resolver, code)(node) : taintFor(ast, resolver, code, node, kind)?.flow;
  return flow?.map((s) => s.label);
};

describe('taint query', () => {
  it('answers for any sink, source first and the queried node last', () => {
    const code = "app.get('/x', (req, res) => {\n  const name = req.query.name;\n  const cmd = `ls ${name}`;\n  run(cmd);\n});";
    expect(labels(code, 'run')).toEqual(['req.query.name', 'name', 'cmd']);
  });

  it('gives every step a range inside the file and a message', () => {
    const code = "server.tool('t', {}, async ({ file }) => {\n  const p = '/srv/' + file;\n  sink(p);\n});";
    const { ast, resolver, node } = argOf(code, 'sink');
    const flow = createTaint(ast, resolver, code)(node)!;
    expect(flow[0]!.message).toMatch(/tool input/);
    for (const s of flow) {
      expect(s.range[0]).toBeGreaterThanOrEqual(0);
      expect(s.range[1]).toBeLessThanOrEqual(code.length);
      expect(code.slice(s.range[0], s.range[1]).length).toBeGreaterThan(0);
    }
  });

  it('keeps process.env and process.argv out of the generic query but marks them low trust for paths', () => {
    const code = 'const p = process.env.DIR;\nsink(p);';
    expect(labels(code, 'sink')).toBeUndefined();
    const { ast, resolver, node } = argOf(code, 'sink');
    const t = taintFor(ast, resolver, code, node, 'path')!;
    expect(t.lowTrust).toBe(true);
    expect(isLowTrustFlow(t.flow)).toBe(true);
  });

  it('path sanitizers do not clean a shell command', () => {
    const code = "import path from 'path';\napp.get('/x', (req, res) => {\n  const f = path.basename(req.query.f);\n  sink(f);\n});";
    expect(labels(code, 'sink', 'path')).toBeUndefined();
    expect(labels(code, 'sink', 'generic')).toEqual(['req.query.f', 'f']);
  });

  it('a guard counts only on the branch it protects', () => {
    const guarded = "app.get('/x', (req, res) => {\n  const f = req.query.f;\n  if (ALLOWED.has(f)) {\n    sink(f);\n  }\n});";
    const other = "app.get('/x', (req, res) => {\n  const f = req.query.f;\n  if (ALLOWED.has(f)) {\n    ok();\n  } else {\n    sink(f);\n  }\n});";
    expect(labels(guarded, 'sink')).toBeUndefined();
    expect(labels(other, 'sink')).toEqual(['req.query.f', 'f']);
  });

  it('a later reassignment with a sanitised value kills the old one', () => {
    const code = "app.get('/x', (req, res) => {\n  let n = req.query.n;\n  n = Number(n);\n  sink(n);\n});";
    expect(labels(code, 'sink')).toBeUndefined();
  });

  it('follows one level of same-file functions in both directions', () => {
    const ret = "function wrap(x) { return '/srv/' + x; }\napp.get('/x', (req, res) => sink(wrap(req.query.a)));";
    expect(labels(ret, 'sink')?.[0]).toBe('req.query.a');
    const inner = "function helper(x) { sink(x); }\napp.get('/x', (req, res) => helper(req.body.b));";
    expect(labels(inner, 'sink')).toEqual(['req.body.b', 'x']);
  });

  it('does not treat a plain library parameter as a source', () => {
    expect(labels('export function f(file) { sink(file); }', 'sink')).toBeUndefined();
  });

  it('recognises the MCP CallTool request only under params.arguments', () => {
    const code =
      'server.setRequestHandler(CallToolRequestSchema, async (request) => {\n  sink(request.params.name);\n  other(request.params.arguments.cmd);\n});';
    expect(labels(code, 'sink')).toBeUndefined();
    expect(labels(code, 'other')).toEqual(['request.params.arguments.cmd']);
  });

  it('the text report prints the flow in one line', async () => {
    const result = await scanText("import fs from 'fs';\napp.get('/f', (req, res) => {\n  const name = req.query.file;\n  fs.readFile(name, () => {});\n});", {
      rules: ['path/traversal'],
    });
    expect(result.findings).toHaveLength(1);
    expect(toText(result)).toContain('flow: req.query.file → name → fs.readFile');
  });

  it('survives deeply recursive definitions without looping', () => {
    const code = "app.get('/x', (req, res) => {\n  let a = req.query.a;\n  let b = a;\n  a = b + a;\n  b = a + b;\n  sink(a + b);\n});";
    expect(labels(code, 'sink')?.[0]).toBe('req.query.a');
  });
});
