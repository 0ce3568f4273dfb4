// Recall and precision of the secret detectors on a corpus with hard negatives (placeholders, references,
// documented examples, lockfile hashes, git SHAs, UUIDs, bad checksums).
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { materializeCorpus } from './helpers.js';

const truth = JSON.parse(fs.readFileSync(new URL('../fixtures/secrets/truth.json', import.meta.url), 'utf8')) as { secrets: [string, number, string][] };

describe('secret corpus', () => {
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
