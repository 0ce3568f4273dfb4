// The seams hold (STYLE.md "Seams"; issue 16): imports run one way, surfaces reach the reporters through their table,
// the Action does not borrow the CLI. The graph is read from the TypeScript sources of src/ and rules/ (type-only
// imports count: a type circle is the same knot).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const rel = (abs: string): string => path.relative(repo, abs).split(path.sep).join('/');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(repo, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Relative module specifiers of a file: static imports and re-exports, `import()`, and `require()` of a literal. */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(path.join(repo, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier))
      out.push(n.moduleSpecifier.text);
    else if (
      ts.isCallExpression(n) &&
      n.arguments.length === 1 &&
      ts.isStringLiteralLike(n.arguments[0]!) &&
      (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))
    )
      out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith('.'));
}

/** file → the project files it imports (repo-relative, `.ts`). */
function importGraph(): Map<string, string[]> {
  const files = [...sources('src'), ...sources('rules')];
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps = new Set<string>();
    for (const s of specifiers(f)) {
      const target = rel(path.resolve(path.dirname(path.join(repo, f)), s)).replace(/\.js$/, '.ts');
      if (known.has(target)) deps.add(target);
    }
    graph.set(f, [...deps].sort());
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan), each sorted. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const graph = importGraph();
const SURFACES = ['src/cli/', 'src/action/', 'src/agent-time/'];

describe('import graph', () => {
  it('is read from the sources (sanity: known edges are seen)', () => {
    expect(graph.get('src/pipeline/scan.ts')).toContain('rules/index.ts');
    expect(graph.get('src/analyzers/taint/engine.ts')).toContain('src/analyzers/taint/guards.ts');
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('surfaces reach the renderers only through src/report/index.ts', () => {
    const bad: string[] = [];
    for (const [file, deps] of graph) {
      if (!SURFACES.some((s) => file.startsWith(s))) continue;
      for (const d of deps) if (d.startsWith('src/report/') && d !== 'src/report/index.ts') bad.push(`${file} → ${d}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no import circle but the taint engine with its guards (one component split for size)', () => {
    expect(circles(graph)).toEqual([['src/analyzers/taint/engine.ts', 'src/analyzers/taint/guards.ts']]);
  });

  it('runs one way: nothing below the surfaces imports a surface, nothing below the pipeline imports it', () => {
    const surface = (f: string): boolean => SURFACES.some((s) => f.startsWith(s)) || f === 'src/options.ts' || f === 'src/index.ts';
    const below = ['src/core/', 'src/analyzers/', 'src/report/', 'src/suppress/', 'src/profile/', 'src/kit.ts', 'src/rule.ts', 'rules/'];
    const bad: string[] = [];
    for (const [file, deps] of graph) {
      const low = below.some((b) => file.startsWith(b));
      for (const d of deps) {
        if ((low || file.startsWith('src/pipeline/')) && surface(d)) bad.push(`${file} → ${d}`);
        if (low && d.startsWith('src/pipeline/')) bad.push(`${file} → ${d}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the Action imports nothing from src/cli/ (both build their options with src/options.ts)', () => {
    const bad: string[] = [];
    for (const [file, deps] of graph) if (file.startsWith('src/action/')) for (const d of deps) if (d.startsWith('src/cli/')) bad.push(`${file} → ${d}`);
    expect(bad).toEqual([]);
    expect(graph.get('src/action/action.ts')).toContain('src/options.ts');
    expect(graph.get('src/cli/flags.ts')).toContain('src/options.ts');
    expect(graph.get('src/agent-time/gate.ts')).toContain('src/options.ts');
  });
});

describe('parent pointers', () => {
  it('sit beside the node, not in its loc nor in an enumerable key', async () => {
    const { parseCode } = await import('../src/analyzers/code/parse.js');
    const { Resolver } = await import('../src/analyzers/code/resolve.js');
    const ast = parseCode('function f(a) { return g(a.b); }', 'x.js');
    const resolver = new Resolver(ast);
    const fn = ast.body[0] as import('@typescript-eslint/types').TSESTree.FunctionDeclaration;
    const ret = fn.body.body[0] as import('@typescript-eslint/types').TSESTree.ReturnStatement;
    const call = ret.argument as import('@typescript-eslint/types').TSESTree.CallExpression;
    expect(resolver.parent(call.arguments[0]!)).toBe(call);
    expect(resolver.parent(call)).toBe(ret);
    expect(resolver.parent(ast)).toBeUndefined();
    for (const n of [call, ret, fn]) {
      expect((n.loc as unknown as { type?: unknown }).type).toBeUndefined();
      expect(Object.values(n)).not.toContain(resolver.parent(n));
    }
  });
});

describe('size and habits', () => {
  it('no file in src/ or rules/ is over 800 lines', () => {
    const long = [...sources('src'), ...sources('rules')]
      .map((f) => [f, fs.readFileSync(path.join(repo, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 800)
      .map(([f, n]) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });

  it('rules/secret/ holds data: the pack loader is src/analyzers/secrets/load.ts (index.ts only re-exports it)', () => {
    const ts = fs.readdirSync(path.join(repo, 'rules/secret')).filter((f) => f.endsWith('.ts'));
    expect(ts).toEqual(['index.ts']);
    expect(specifiers('rules/secret/index.ts')).toEqual(['../../src/analyzers/secrets/load.js']);
    expect(graph.get('rules/index.ts')).toContain('src/analyzers/secrets/load.ts');
  });

  it('.gitattributes marks dist/ generated', () => {
    expect(fs.readFileSync(path.join(repo, '.gitattributes'), 'utf8')).toMatch(/^dist\/\*\* linguist-generated=true$/m);
  });

  it('npm run new-rule writes a rule file importing only the kit and its sorted registry line', async () => {
    const { execFileSync } = await import('node:child_process');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-new-rule-'));
    try {
      fs.mkdirSync(path.join(dir, 'rules'));
      fs.copyFileSync(path.join(repo, 'rules/index.ts'), path.join(dir, 'rules/index.ts'));
      const run = (id: string) =>
        execFileSync(process.execPath, [path.join(repo, 'scripts/new-rule.mjs'), id], {
          env: { ...process.env, NEW_RULE_ROOT: dir },
          encoding: 'utf8',
          stdio: 'pipe',
        });
      run('code/open-redirect');
      const file = fs.readFileSync(path.join(dir, 'rules/code/open-redirect.ts'), 'utf8');
      expect(file).toContain("id: 'code/open-redirect'");
      expect(file).toContain('**Fix:**');
      expect([...file.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['../../src/kit.js']);
      const registry = fs.readFileSync(path.join(dir, 'rules/index.ts'), 'utf8');
      const imports = [...registry.matchAll(/^import (\w+) from '\.\/([^']+)\.js';$/gm)];
      expect(imports.map((m) => m[2])).toEqual(imports.map((m) => m[2]).sort());
      expect(imports.map((m) => m[2])).toContain('code/open-redirect');
      const list = [...registry.matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1]);
      const order = imports.map((m) => m[1]).filter((n) => list.includes(n));
      expect(list.filter((n) => order.includes(n))).toEqual(order);
      expect(() => run('code/open-redirect')).toThrow(/already exists/);
      expect(() => run('secret/x')).toThrow(/category code, path or agent/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
