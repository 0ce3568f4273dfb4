// Recall and precision of the code rules on a realistic corpus. The truth is inline: `// ruleid: <id>` on a line that
// must have a finding of that rule (tests/helpers/annotations.ts); every other finding counts against precision, and
// `// ok: <id>` marks a near miss that must stay quiet.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { annotationsOf, readAnnotations } from '../helpers/annotations.js';

const root = fileURLToPath(new URL('../fixtures/code/', import.meta.url));
const RULES = [
  'code/command-injection',
  'code/dynamic-require',
  'code/eval-injection',
  'code/function-constructor',
  'code/insecure-randomness',
  'code/prototype-pollution',
  'code/regexp-injection',
  'code/string-timer',
  'code/tls-verification-disabled',
  'code/unsafe-html',
  'code/vm-injection',
  'code/weak-crypto',
];

interface Truth {
  path: string;
  line: number;
  rule: string;
}
const annotations = readAnnotations(root);
const truth: Truth[] = annotations.filter((a) => a.kind === 'ruleid');

describe('code rules on the realistic corpus', () => {
  it('find at least 95% of the truth file at 95% precision or better', async () => {
    const result = await scan({ root, only: RULES, noSkip: true });
    const key = (t: Truth) => `${t.path}:${t.line} ${t.rule}`;
    const expected = new Set(truth.map(key));
    const found = new Set(result.findings.map((f) => key({ path: f.file, line: f.line ?? 0, rule: f.ruleId })));
    const tp = [...found].filter((k) => expected.has(k));
    const missed = [...expected].filter((k) => !found.has(k));
    const extra = [...found].filter((k) => !expected.has(k));
    const recall = tp.length / expected.size;
    const precision = found.size ? tp.length / found.size : 1;
    console.log(`code corpus: ${expected.size} expected, ${found.size} found, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
    if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
    if (extra.length) console.log(`unexpected:\n  ${extra.join('\n  ')}`);
    const quiet = annotations.filter((a) => a.kind === 'ok' && found.has(key(a))).map(key);
    expect(quiet, 'lines marked `ok:` that have a finding').toEqual([]);
    expect(result.errors).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('every rule of the issue appears in an annotation', () => {
    expect(new Set(truth.map((t) => t.rule))).toEqual(new Set(RULES));
  });

  it('reads annotations at the end of the line they mark or alone on the line above, several ids by comma', () => {
    const text = [
      '// ruleid: code/eval-injection',
      '// ok: code/vm-injection',
      'eval(x);',
      'a(); // ruleid: code/a-b, code/c',
      '# ruleid: agent/x',
      'b: 1',
      'plain()',
    ].join('\n');
    expect(annotationsOf('f.js', text).map((a) => `${a.line} ${a.kind} ${a.rule}`)).toEqual([
      '3 ruleid code/eval-injection',
      '3 ok code/vm-injection',
      '4 ruleid code/a-b',
      '4 ruleid code/c',
      '6 ruleid agent/x',
    ]);
  });
});
