// A throw-away secret rule for the perf tests: the registry has no text rule of its own yet, and these tests must
// prove that skipped and cached files still get (and never leak) secrets.
import { rules } from '../../rules/index.js';
import { defineRule, sample, type Rule } from '../../src/rule.js';

export const TOKEN = (): string => sample('tok_', 24);

export const testSecretRule = defineRule({
  id: 'secret/perf-test-token',
  title: 'Perf test token',
  severity: 'high',
  cwe: ['CWE-798'],
  confidence: 'high',
  help: 'A test token.\n\n**Fix:** none.',
  kind: 'text',
  keywords: ['tok_'],
  check(ctx) {
    for (const m of ctx.file.text.matchAll(/\btok_[A-Za-z0-9]{24}\b/g)) {
      ctx.report({ range: [m.index, m.index + m[0].length] }, 'Test token `{secret}` in the file.', { secret: m[0] });
    }
  },
  examples: { bad: [], good: [] },
});

/** Adds the test rule to the registry for the duration of a test file (each vitest file has its own modules). */
export function withTestSecretRule(): void {
  const list = rules as Rule[];
  if (!list.includes(testSecretRule)) list.push(testSecretRule);
}
