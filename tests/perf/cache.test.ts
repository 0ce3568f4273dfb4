// The content-hash cache: hits replay exactly what a fresh scan reports; edits, rule changes and option changes
// miss; corrupt entries are ignored; concurrent writers are safe; no secret is stored in clear.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { scan } from '../../src/pipeline/scan.js';
import type { ScanOptions } from '../../src/core/types.js';
import { toSarif } from '../../src/report/sarif.js';
import type { CodeRule } from '../../src/rule.js';
import { tmpTree } from '../helpers/tmp.js';
import { TOKEN, withTestSecretRule } from './helpers.js';

withTestSecretRule();

const project = (): Record<string, string> => ({
  'src/run.js': 'const input = process.argv[2];\neval(input);\nsetTimeout("tick()", 5);\n',
  'src/ok.ts': 'export const ok = (a: number): number => a + 1;\n',
  'src/quiet.js': '// flowguard-ignore code/eval-injection -- fixed table\neval(table[key]);\n',
  'config/keys.env': `API_TOKEN=${TOKEN()}\n`,
  'broken.js': 'function (',
  // Over the 64 KiB marker threshold and one long line of code: skipped by cost.
  'vendor/app.min.js': 'var a=1;'.repeat(10_000) + 'eval(x);\n',
});

async function run(root: string, cacheDir: string | boolean, extra: Partial<ScanOptions> = {}) {
  const result = await scan({ root, cache: cacheDir, ...extra });
  return { result, sarif: toSarif(result) };
}

const logs = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== '.gitignore' && d.name !== '.flowguard-cache-entry')
    .map((d) => path.join(d.parentPath, d.name));
const lines = (dir: string): string[] => logs(dir).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean));

describe('content-hash cache', () => {
  it('a warm scan hits every file and reports byte-identical SARIF', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    const none = await run(root, false);
    const cold = await run(root, cache);
    expect(cold.result.cache).toMatchObject({ hits: 0, misses: 6 });
    const warm = await run(root, cache);
    expect(warm.result.cache).toMatchObject({ hits: 6, misses: 0 });
    expect(cold.sarif).toBe(none.sarif);
    expect(warm.sarif).toBe(none.sarif);
    expect(warm.result.stats).toEqual({ ...none.result.stats, durationMs: warm.result.stats.durationMs });
    // What the warm scan replayed: a suppression (needs the file's text), a parse error, a skip, a secret.
    expect(warm.result.findings.find((f) => f.file === 'src/quiet.js')?.suppressed).toBe(true);
    expect(warm.result.errors.map((e) => e.file)).toEqual(['broken.js']);
    expect(warm.result.skipped.map((s) => s.file)).toEqual(['vendor/app.min.js']);
    expect(warm.result.findings.some((f) => f.ruleId === 'secret/perf-test-token')).toBe(true);
  });

  it('misses only the file that changed', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    await run(root, cache);
    fs.writeFileSync(path.join(root, 'src/ok.ts'), 'export const ok = eval(process.argv[3]);\n');
    const after = await run(root, cache);
    expect(after.result.cache).toMatchObject({ hits: 5, misses: 1 });
    expect(after.sarif).toBe((await run(root, false)).sarif);
    expect(after.result.findings.some((f) => f.file === 'src/ok.ts' && f.ruleId === 'code/eval-injection')).toBe(true);
  });

  it('misses every file after a rule changes, and after a severity override or --no-skip', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    await run(root, cache);
    expect((await run(root, cache, { ruleOverrides: { 'code/string-timer': 'low' } })).result.cache).toMatchObject({ hits: 0 });
    expect((await run(root, cache, { noSkip: true })).result.cache).toMatchObject({ hits: 0 });

    const rule = rules.find((r) => r.id === 'code/string-timer') as CodeRule;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored below onto the same rule object
    const original = rule.visit;
    rule.visit = (ctx) => ({ ...original(ctx), Literal() {} });
    try {
      const changed = await run(root, cache);
      expect(changed.result.cache).toMatchObject({ hits: 0, misses: 6 });
    } finally {
      rule.visit = original;
    }
    expect((await run(root, cache)).result.cache).toMatchObject({ hits: 6, misses: 0 });
  });

  it('ignores corrupt, truncated and misplaced entries, and rewrites them', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    const clean = await run(root, cache);
    const [log, ...others] = logs(cache);
    expect(others).toEqual([]);
    const body = fs.readFileSync(log!, 'utf8').split('\n').filter(Boolean);
    expect(body).toHaveLength(6);
    const [k0, k1, k2, k3] = body.map((l) => l.slice(0, 64));
    const json = (i: number) => body[i]!.slice(130); // `<key>\t<mac>\t<json>`
    const broken = [
      `${k0}\t\u0000garbage`,
      `${k1}\t${json(1).slice(0, 20)}`,
      `${k2}\t${json(3)}`, // another file's entry under this key
      `${k3}\t${JSON.stringify({ ...JSON.parse(json(3)), findings: [{ ruleId: 1 }] })}`,
      'not a line of the log',
      ...body.slice(4),
      body[5]!.slice(0, 30), // a torn last line
    ];
    fs.writeFileSync(log!, broken.join('\n'));
    const again = await run(root, cache);
    expect(again.result.cache).toMatchObject({ hits: 2, misses: 4 });
    expect(again.sarif).toBe(clean.sarif);
    expect((await run(root, cache)).result.cache).toMatchObject({ hits: 6, misses: 0 });
  });

  it('re-analyses files with findings when a secret callback is set (so the Action can mask every value)', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    const cold = await run(root, cache);
    const withFindings = new Set(cold.result.findings.map((f) => f.file)).size;
    const onSecret = (): void => undefined;
    const again = await run(root, cache, { onSecret });
    expect(again.result.cache).toMatchObject({ hits: 6 - withFindings, misses: withFindings });
    expect(again.sarif).toBe(cold.sarif);
    expect((await run(root, cache)).result.cache).toMatchObject({ hits: 6, misses: 0 });
  });

  it('never stores a secret in clear, only its masked form', async () => {
    const root = tmpTree(project());
    const cache = tmpTree();
    await run(root, cache);
    const all = lines(cache).join('\n');
    expect(all).toContain(`${TOKEN().slice(0, 4)}****`);
    expect(all).not.toContain(TOKEN());
    expect(all).not.toContain(TOKEN().slice(4, 16));
  });

  it('lives in node_modules/.cache/flowguard or .flowguard-cache/, and never scans itself', async () => {
    const root = tmpTree(project());
    const first = await run(root, true);
    expect(first.result.cache?.dir).toBe(path.join(root, '.flowguard-cache'));
    const again = await run(root, true);
    expect(again.result.stats.files).toBe(6);
    expect(again.sarif).toBe(first.sarif);

    const withModules = tmpTree({ ...project(), 'node_modules/dep/index.js': 'module.exports = 1;\n' });
    const r = await run(withModules, true);
    expect(r.result.cache?.dir).toBe(path.join(withModules, 'node_modules', '.cache', 'flowguard'));
  });

  it('is safe under concurrent CLI runs sharing one cache', async () => {
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const root = tmpTree(project());
    const cache = tmpTree();
    const exec = promisify(execFile);
    const once = () =>
      exec(process.execPath, [cli, 'scan', '.', '--format', 'sarif', '--fail-on', 'none'], { cwd: root, env: { ...process.env, FLOWGUARD_CACHE_DIR: cache } });
    const outs = await Promise.all([once(), once(), once()]);
    const expected = (await exec(process.execPath, [cli, 'scan', '.', '--format', 'sarif', '--fail-on', 'none', '--no-cache'], { cwd: root })).stdout;
    for (const o of outs) expect(o.stdout).toBe(expected);
    expect((await once()).stdout).toBe(expected);
    expect(logs(cache).map((f) => path.basename(f))).toEqual(['entries.log']);
    expect(new Set(lines(cache).map((l) => l.slice(0, 64))).size).toBe(6);
  });
});
