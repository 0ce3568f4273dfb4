// Recall and precision of the secret detectors on a corpus with hard negatives (placeholders, references,
// documented examples, lockfile hashes, git SHAs, UUIDs, bad checksums). The truth is inline: each secret's line ends
// with `# ruleid: secret/<detector>` (`//` in JS, TS and JSON), stripped before the scan; every other finding is a
// false positive.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { readAnnotations } from '../helpers/annotations.js';
import { corpusDir, materializeCorpus } from './helpers.js';

const truth = {
  secrets: readAnnotations(corpusDir)
    .filter((a) => a.kind === 'ruleid')
    .map((a): [string, number, string] => [a.path, a.line, a.rule]),
};

describe('secret corpus', () => {
  it('is annotated (at least 40 secrets) and scans without its marks', () => {
    expect(truth.secrets.length).toBeGreaterThanOrEqual(40);
    expect(truth.secrets.every(([, , r]) => r.startsWith('secret/'))).toBe(true);
    const root = materializeCorpus();
    for (const [file, line] of truth.secrets)
      expect(fs.readFileSync(`${root}/${file}`, 'utf8').split('\n')[line - 1], `${file}:${line}`).not.toMatch(/ruleid:/);
  });

  it('reaches recall and precision of at least 0.97', async () => {
    const root = materializeCorpus();
    const result = await scan({ root, type: 'secrets' });
    const expected = new Set(truth.secrets.map(([f, l, r]) => `${f}:${l}:${r}`));
    const found = result.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`);
    const tp = found.filter((k) => expected.has(k)).length;
    const recall = tp / expected.size;
    const precision = found.length ? tp / found.length : 1;
    console.log(`secrets corpus: ${expected.size} secrets, ${found.length} findings, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
    const missed = [...expected].filter((k) => !found.includes(k));
    const extra = found.filter((k) => !expected.has(k));
    expect(recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.97);
    expect(precision, `false positives: ${extra.join(', ')}`).toBeGreaterThanOrEqual(0.97);
  });
});
