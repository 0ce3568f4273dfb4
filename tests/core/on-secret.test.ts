// ScanOptions.onSecret: the core hands each raw secret to the caller (the Action masks it) and keeps only the masked form.
import { describe, expect, it } from 'vitest';
import { FindingSink } from '../../src/core/report-context.js';
import { defineRule, sample } from '../../src/rule.js';

const rule = defineRule({
  id: 'secret/test-token',
  title: 'Test token',
  severity: 'critical',
  cwe: ['CWE-798'],
  confidence: 'high',
  help: 'h\n\n**Fix:** f',
  kind: 'text',
  keywords: [],
  check: () => {},
  examples: { bad: [], good: [] },
} as never);

describe('onSecret', () => {
  it('sees the raw value before the finding exists; the finding holds only the masked form', () => {
    const raw = sample('tst_', 30);
    const seen: string[] = [];
    const sink = new FindingSink({ onSecret: (v) => seen.push(`${v}|${sink.all().length}`) });
    const file = sink.forFile({ path: 'a.env', text: `TOKEN=${raw}\n` });
    file.report({ rule, severity: 'critical' } as never, { line: 1, column: 7 }, 'Test token {secret} in `TOKEN`.', { secret: raw });
    expect(seen).toEqual([`${raw}|0`]);
    expect(JSON.stringify(sink.all())).not.toContain(raw);
    expect(sink.all()[0]!.message).toBe(`Test token ${raw.slice(0, 4)}**** in \`TOKEN\`.`);
  });

  it('is not called for a value the config allows', () => {
    const seen: string[] = [];
    const sink = new FindingSink({ onSecret: (v) => seen.push(v), secretsAllow: ['^EXAMPLE_'] });
    sink
      .forFile({ path: 'a.env', text: 'K=EXAMPLE_KEY_123456\n' })
      .report({ rule, severity: 'critical' } as never, { line: 1 }, '{secret}', { secret: 'EXAMPLE_KEY_123456' });
    expect(seen).toEqual([]);
  });
});
