import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { planAnnotations, toGithubSummary } from '../../src/report/github.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'code/eval-injection',
  severity: 'high',
  file: 'a.js',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 5,
  message: 'm',
  fingerprint: 'f',
  suppressed: false,
  ...over,
});
const result = (findings: Finding[], more: Partial<ScanResult> = {}): ScanResult => ({
  root: '/r',
  type: 'comprehensive',
  findings,
  errors: [],
  skipped: [],
  rules: [],
  stats: { files: 1, parsed: 1, skipped: 0, durationMs: 0 },
  ...more,
});

describe('planAnnotations', () => {
  it('leaves out suppressed and baseline-unchanged findings', () => {
    const plan = planAnnotations([finding({ suppressed: true }), finding({ baselineState: 'unchanged' }), finding({ baselineState: 'new', file: 'b.js' })]);
    expect(plan.annotations.map((a) => a.file)).toEqual(['b.js']);
    expect(plan.omitted).toBe(0);
  });

  it('gives columns only to single-line findings', () => {
    const [a] = planAnnotations([finding({ line: 2, column: 3, endLine: 4, endColumn: 1 })]).annotations;
    expect(a).toEqual({ level: 'error', title: 'code/eval-injection', message: 'high: m', file: 'a.js', startLine: 2, endLine: 4 });
  });

  it('puts file-level findings on line 1', () => {
    const [a] = planAnnotations([{ ruleId: 'agent/x', severity: 'medium', file: '.mcp.json', message: 'm', fingerprint: 'f', suppressed: false }]).annotations;
    expect(a).toEqual({ level: 'warning', title: 'agent/x', message: 'medium: m', file: '.mcp.json', startLine: 1 });
  });
});

describe('toGithubSummary', () => {
  it('escapes table cells and encodes link paths', () => {
    const md = toGithubSummary(result([finding({ file: 'src/my file#1.js', message: 'a | b <script>\nnext' })]), {
      failOn: 'high',
      failed: true,
      links: { server: 'https://ghe.example.com/', repository: 'o/r', sha: 'abc' },
    });
    expect(md).toContain(
      '| high | `code/eval-injection` | [src/my file#1.js:1](https://ghe.example.com/o/r/blob/abc/src/my%20file%231.js#L1) | a \\| b &lt;script&gt; next |',
    );
  });

  it('shows the profile verdict, failing controls and skipped files', () => {
    const md = toGithubSummary(result([], { skipped: [{ file: 'dist/x.min.js', reason: 'minified' }] }), {
      failOn: 'high',
      failed: true,
      profile: { profile: 'production', verdict: 'fail', failing_controls: ['mfa', 'key-rotation'] },
    });
    expect(md).toContain('### Security profile `production`: :x: fail');
    expect(md).toContain('Failing controls: `mfa`, `key-rotation`');
    expect(md).toContain('<details><summary>Skipped files (1)</summary>');
    expect(md).toContain('- `dist/x.min.js`: minified');
  });

  it('stays under the byte limit on a huge result', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding({ file: `src/${'deep/'.repeat(20)}f${i}.js`, message: 'x'.repeat(400) }));
    const skipped = Array.from({ length: 5_000 }, (_, i) => ({ file: `min/${i}.min.js`, reason: 'minified '.repeat(30) }));
    const md = toGithubSummary(result(many, { skipped }), { failOn: 'high', failed: true, maxBytes: 20_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).toContain('20000 findings');
    expect(md).toMatch(/…and \d+ more findings/);
  });
});
