// The same tree gives byte-identical SARIF (and JSON but for stats.durationMs): twice in a row, from two checkout
// directories, with files created in opposite orders, under other locale and time-zone settings, and, where the
// build has them, with one worker or several and sharded then merged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { toSarif } from '../../src/report/sarif.js';
import { sample } from '../../src/rule.js';
import { tmpTree } from '../helpers/tmp.js';
import { repo, runDist, type Run } from './helpers.js';

function treeFiles(): [string, string | Buffer][] {
  const out: [string, string | Buffer][] = [];
  const fixtures = path.join(repo, 'tests', 'fixtures');
  const walk = (dir: string, rel: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else if (e.isFile()) out.push([r, fs.readFileSync(p)]);
    }
  };
  walk(fixtures, 'fixtures');
  const code = 'const input = process.argv[2];\neval(input);\nsetTimeout("tick()", 1);\nnew Function("a", input);\n';
  out.push(
    ['names/with space.js', code],
    ['names/ünï 日本.js', code],
    ['names/-dash.js', code],
    ['names/Upper.js', code],
    ['names/lower.js', code],
    ['names/a.ts', code],
    ['names/A.ts', code],
  );
  out.push(
    ['enc/utf16.js', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(code, 'utf16le')])],
    ['enc/crlf.js', code.replace(/\n/g, '\r\n')],
    ['enc/cr.js', code.replace(/\n/g, '\r')],
  );
  out.push(['same/one.js', 'eval(x);\neval(x);\neval(x);\n'], ['same/two.js', 'eval(x);\neval(x);\n']);
  out.push(['broken/bad.js', 'function ('], ['secrets/.env', `TOKEN=${sample('ghp_', 36)}\nNPM=${sample('npm_', 36)}\n`]);
  out.push(['big/bundle.js', 'var a=1;'.repeat(20_000)]);
  return out;
}

/** The tree, its files written in the given order (readdir order follows creation order on many filesystems). */
function makeTree(reverse: boolean): string {
  const root = tmpTree();
  const files = treeFiles();
  for (const [rel, content] of reverse ? [...files].reverse() : files) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  fs.symlinkSync('names', path.join(root, 'link-to-names'));
  return root;
}

function outputs(root: string, extra: string[] = [], env: Record<string, string> = {}): { sarif: string; json: string; run: Run } {
  const out = tmpTree();
  const run = runDist(
    ['scan', '.', '--format', 'sarif', '--output', path.join(out, 'r.sarif'), '--format', 'json', '--output', path.join(out, 'r.json'), ...extra],
    { cwd: root, env },
  );
  expect(run.signal).toBeNull();
  const read = (f: string): string => (fs.existsSync(path.join(out, f)) ? fs.readFileSync(path.join(out, f), 'utf8') : '');
  return { sarif: read('r.sarif'), json: read('r.json').replace(/"durationMs": \d+/, '"durationMs": 0'), run };
}

describe('determinism', () => {
  const a = makeTree(false);
  const b = makeTree(true);
  const base = outputs(a);
  expect(base.run.status).toBe(1);

  it('the tree gives findings to compare (the comparison is not vacuous)', () => {
    const json = JSON.parse(base.json) as { findings: unknown[]; errors: unknown[]; skipped: unknown[] };
    expect(json.findings.length).toBeGreaterThan(15);
    expect(json.errors.length).toBeGreaterThan(0);
    expect(json.skipped.length).toBeGreaterThan(0);
  });

  it('twice in a row: byte-identical SARIF and JSON (but durationMs)', () => {
    const again = outputs(a);
    expect(again.sarif).toBe(base.sarif);
    expect(again.json).toBe(base.json);
  });

  it('another checkout directory, files created in the opposite order: identical', () => {
    const other = outputs(b);
    expect(other.sarif).toBe(base.sarif);
    expect(other.json).toBe(base.json);
    expect(base.sarif).not.toContain(a);
    expect(base.sarif).not.toContain('file://');
  });

  it('other locale and time zone: identical', () => {
    const other = outputs(a, [], { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'Pacific/Kiritimati' });
    expect(other.sarif).toBe(base.sarif);
    expect(other.json).toBe(base.json);
  });

  it('library: two scans, identical SARIF', async () => {
    const one = toSarif(await scan({ root: a }));
    const two = toSarif(await scan({ root: b }));
    expect(two).toBe(one);
    expect(one).toBe(base.sarif);
  });

  it('library: concurrency 1 and 4 (the option of the parallel scan, ignored where it does not exist): identical', async () => {
    const withConcurrency = (n: number) => scan({ root: a, concurrency: n } as Parameters<typeof scan>[0]);
    const one = toSarif(await withConcurrency(1));
    expect(toSarif(await withConcurrency(4))).toBe(one);
    expect(one).toBe(base.sarif);
  });

  // Workers and shards come from the performance work; compare when the build accepts the flags.
  const accepted = (r: Run): boolean => !(r.status === 2 && /unknown option|not available yet/.test(r.stderr));

  it('one worker or several, when a concurrency flag exists: identical', () => {
    const tried: string[] = [];
    for (const flag of ['--concurrency', '--workers', '--jobs']) {
      const one = outputs(a, [flag, '1']);
      if (!accepted(one.run)) continue;
      expect(one.run.status).toBe(1);
      const many = outputs(a, [flag, '4']);
      expect(many.sarif).toBe(one.sarif);
      expect(one.sarif).toBe(base.sarif);
      tried.push(flag);
    }
  });

  it('sharded 1/3, 2/3, 3/3 then merged, when --shard and merge exist: identical to one run', () => {
    const out = tmpTree();
    const shards: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const file = path.join(out, `s${i}.sarif`);
      const r = runDist(['scan', '.', '--shard', `${i}/3`, '--format', 'sarif', '--output', file], { cwd: a });
      if (!accepted(r)) return;
      shards.push(file);
    }
    const merged = path.join(out, 'merged.sarif');
    const m = runDist(['merge', ...shards, '--output', merged], { cwd: a });
    if (!accepted(m)) return;
    expect(m.status).toBe(0);
    expect(fs.readFileSync(merged, 'utf8')).toBe(base.sarif);
  });
});
