// Measures the agent/* and profile/* rules on small realistic projects (tests/fixtures/agent): recall and precision
// (asserted >= 0.95), exact profile verdicts and failing controls per project and profile. A finding on a line is
// marked inline at the end of that line (`# ruleid: agent/<rule>`, `//` in JSON and JS; stripped before the scan, so
// strict JSON stays strict); projects.yaml holds what has no line to mark: file-level findings, profile verdicts,
// file modes and generated memory databases.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { sample } from '../../src/rule.js';
import { expandSecrets } from '../../src/analyzers/secrets/load.js';
import { PROFILES, type ProfileName } from '../../src/core/config.js';
import { tmpTree } from '../helpers/tmp.js';
import { readAnnotations, stripAnnotations } from '../helpers/annotations.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '../fixtures/agent');
const schema = JSON.parse(fs.readFileSync(path.join(here, '../../schemas/profile-report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

interface Truth {
  modes?: Record<string, number>;
  db?: Record<string, 'plain' | 'cipher'>;
  findings: [string, string, number?][];
  profiles: Record<ProfileName, string[]>;
}
const truth = parse(fs.readFileSync(path.join(fixtures, 'projects.yaml'), 'utf8')) as Record<string, Truth>;
const realName = (rel: string): string => rel.replace(/(^|\/)_gitignore$/, '$1.gitignore');
/** File-level findings from projects.yaml plus the inline marks of the project's files. */
function expectedFindings(name: string): [string, string, number?][] {
  const inline = readAnnotations(path.join(fixtures, name))
    .filter((a) => a.kind === 'ruleid')
    .map((a): [string, string, number] => [a.rule, realName(a.path), a.line]);
  return [...truth[name]!.findings, ...inline];
}
const samples: string[] = [];

function listFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, r) : [r];
  });
}

/** Copy a fixture to a temp dir: `_gitignore` → `.gitignore`, `{{SAMPLE:prefix:len}}` → a generated token, `{{sample:ID}}` → a detector's sample, modes and memory.db set. */
function materialize(name: string): string {
  const src = path.join(fixtures, name);
  const files: Record<string, string | Buffer> = {};
  for (const rel of listFiles(src)) {
    const text = stripAnnotations(fs.readFileSync(path.join(src, rel), 'utf8'))
      .replace(/\{\{SAMPLE:([^:}]*):(\d+)\}\}/g, (_m, p: string, n: string) => {
        const s = sample(p, Number(n));
        samples.push(s);
        return s;
      })
      // `{{sample:ID}}`: a well-formed value of a secret detector (checksum included), from the secret packs.
      .replace(/\{\{sample:[\w/.-]+\}\}/g, (m) => {
        const s = expandSecrets(m);
        samples.push(s);
        return s;
      });
    files[realName(rel)] = text;
  }
  const t = truth[name]!;
  for (const [rel, kind] of Object.entries(t.db ?? {})) {
    files[rel] =
      kind === 'plain'
        ? Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)])
        : Buffer.from(sample('', 100, 'abcdef0123456789'), 'hex');
  }
  const dir = tmpTree(files);
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        fs.chmodSync(path.join(dir, r), 0o755);
        walk(r);
      } else fs.chmodSync(path.join(dir, r), 0o644);
    }
  };
  walk('');
  for (const [rel, mode] of Object.entries(t.modes ?? {})) fs.chmodSync(path.join(dir, rel), mode);
  return dir;
}

const key = (rule: string, file: string, line?: number) => `${rule} ${file}${line !== undefined ? `:${line}` : ''}`;
const projects = Object.keys(truth).sort();
const totals = { tp: 0, fp: 0, fn: 0 };
const mismatches: string[] = [];

describe('agent fixtures', () => {
  it('has at least 15 projects, each with a projects.yaml entry, and at least 60 expected findings', () => {
    expect(projects.reduce((n, p) => n + expectedFindings(p).length, 0)).toBeGreaterThanOrEqual(60);
    const dirs = fs
      .readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(dirs.length).toBeGreaterThanOrEqual(15);
    expect(dirs).toEqual(projects);
  });

  it.each(projects)('%s: findings and profile verdicts', async (name) => {
    const t = truth[name]!;
    const root = materialize(name);
    const result = await scan({ root, type: 'config' });
    const got = result.findings.filter((f) => /^(agent|profile)\//.test(f.ruleId)).map((f) => key(f.ruleId, f.file, f.line));
    const findings = expectedFindings(name);
    const want = findings.map(([r, f, l]) => key(r, f, l ?? undefined));
    const gotSet = new Set(got);
    const wantSet = new Set(want);
    for (const g of gotSet)
      if (wantSet.has(g)) totals.tp++;
      else {
        totals.fp++;
        mismatches.push(`${name}: unexpected ${g}`);
      }
    for (const w of wantSet)
      if (!gotSet.has(w)) {
        totals.fn++;
        mismatches.push(`${name}: missed ${w}`);
      }
    expect(got.length, 'one finding per location').toBe(gotSet.size);
    if (!findings.length) expect(got, 'clean projects produce no agent/ or profile/ finding').toEqual([]);
    // No secret (not even a slice of one) in any output.
    const out = JSON.stringify({ findings: result.findings, errors: result.errors });
    for (const s of samples) expect(out.includes(s.slice(8, 20))).toBe(false);

    for (const profile of PROFILES) {
      const r = await scan({ root, type: 'config', profile });
      const report = r.profile!;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      const expected = t.profiles[profile];
      expect({ profile, failing: report.failing_controls }).toEqual({ profile, failing: expected });
      expect(report.verdict).toBe(expected.length ? 'fail' : 'pass');
      for (const c of report.controls.filter((x) => x.status === 'fail')) expect(c.evidence.length, c.id).toBeGreaterThan(0);
    }
  });

  it('recall and precision are at least 0.95', () => {
    const recall = totals.tp / (totals.tp + totals.fn);
    const precision = totals.tp / (totals.tp + totals.fp);
    console.log(
      `agent fixtures: ${projects.length} projects, tp=${totals.tp} fp=${totals.fp} fn=${totals.fn}, recall=${recall.toFixed(3)} precision=${precision.toFixed(3)}${mismatches.length ? `\n  ${mismatches.join('\n  ')}` : ''}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
