// Filters must not reject real values by chance: every detector finds many seeded samples in every syntax.
import { describe, expect, it } from 'vitest';
import { detectors, secretSample, syntaxExamples } from '../../rules/secret/index.js';
import { scan } from '../../src/index.js';

const SEEDS = Array.from({ length: 25 }, (_, i) => 1000 + i);

describe.each(detectors.filter((d) => (d.syntaxes ?? ['env']).length > 0).map((d) => [d.id, d] as const))('%s', (_id, d) => {
  it('finds 25 seeded samples in every syntax', async () => {
    const misses: string[] = [];
    for (const seed of SEEDS) {
      const value = secretSample(d.id, seed);
      const prefix =
        d.id === 'aws-secret-access-key'
          ? `# AWS_ACCESS_KEY_ID=${secretSample('aws-access-key-id', seed)}\n`
          : d.id === 'twilio-api-key'
            ? '# twilio\n'
            : d.id === 'discord-bot-token'
              ? '# discord\n'
              : '';
      for (const ex of syntaxExamples(d.name ?? 'SECRET_VALUE', value, d.syntaxes)) {
        const contents = new Map([[ex.path!, prefix + ex.code]]);
        const found = (await scan({ root: '/virtual', type: 'secrets', contents })).findings.filter((f) => f.ruleId === d.ruleId);
        if (found.length !== 1) misses.push(`seed ${seed} ${ex.note}: ${found.length}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
