// Recall and precision of the issue-4 code rules on a realistic corpus with a hand-written truth file.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';

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

describe('code rules on the realistic corpus', () => {
  it('find at least 95% of the truth file at 95% precision or better', async () => {
    const truth = JSON.parse(fs.readFileSync(`${root}truth.json`, 'utf8')) as Truth[];
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
    expect(result.errors).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('every rule of the issue appears in the truth file', () => {
    const truth = JSON.parse(fs.readFileSync(`${root}truth.json`, 'utf8')) as Truth[];
    expect(new Set(truth.map((t) => t.rule))).toEqual(new Set(RULES));
  });
});
