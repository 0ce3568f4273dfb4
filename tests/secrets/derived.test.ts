// Issue 23 "Code and secret shapes that must be reported": a provider token the code assembles from literals — split
// by `+`, a template over a constant prefix, continued with backslash-newline or written in escapes, stored
// base64-encoded — is found at the expression that builds it. Samples are made at run time; none is committed.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { secretSample } from '../../rules/secret/index.js';
import { cook, derivedStrings } from '../../src/analyzers/secrets/derived.js';

async function found(text: string, path = 'src/config.js') {
  const r = await scanText(text, { path, type: 'secrets' });
  return r.findings.map((f) => ({ rule: f.ruleId, line: f.line, message: f.message }));
}

const gh = secretSample('github-pat', 3);
const ant = secretSample('anthropic-api-key', 4);
const stripe = secretSample('stripe-secret-key', 5);
const hex = (s: string): string => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

describe('tokens assembled in code', () => {
  it.each([
    [
      'split by +, across lines',
      `const token = '${gh.slice(0, 10)}' + "${gh.slice(10, 25)}" +\n  '${gh.slice(25)}';\n`,
      'secret/github-pat',
      'assembled in code',
    ],
    [
      'a constant prefix and a template',
      `const PREFIX = '${ant.slice(0, 14)}';\nconst key = \`\${PREFIX}${ant.slice(14)}\`;\n`,
      'secret/anthropic-api-key',
      'assembled in code',
    ],
    ['a constant joined with +', `const P = "${ant.slice(0, 9)}";\nconst key = P + '${ant.slice(9)}';\n`, 'secret/anthropic-api-key', 'assembled in code'],
    [
      'a backslash-newline continuation',
      `const k = "${stripe.slice(0, 12)}\\\n${stripe.slice(12)}";\n`,
      'secret/stripe-secret-key',
      'escapes or line continuations',
    ],
    ['hex escapes', `const k = "${hex(gh)}";\n`, 'secret/github-pat', 'escapes or line continuations'],
    [
      'a base64 literal',
      `const cfg = atob('${Buffer.from(`GITHUB_TOKEN=${gh}`).toString('base64')}');\n`,
      'secret/github-pat',
      'base64-encoded in a string literal',
    ],
  ])('%s', async (_name, code, rule, how) => {
    const hits = await found(code);
    expect(hits.map((h) => h.rule)).toEqual([rule]);
    expect(hits[0]!.message).toContain(how);
    // the message never carries the value, in any piece
    expect(JSON.stringify(hits)).not.toContain(gh.slice(6, 18));
    expect(JSON.stringify(hits)).not.toContain(ant.slice(16, 28));
  });

  it('reports a token written whole once, as written', async () => {
    const hits = await found(`const t = '${gh}' + '\\n';\n`);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).not.toContain('assembled');
  });

  it('stays quiet on runtime values, placeholders and plain base64 text', async () => {
    const code = [
      "const a = 'ghp_' + userInput;",
      "const b = 'sk-ant-' + 'api03-' + 'x'.repeat(10);",
      "const c = atob('SGVsbG8gV29ybGQsIHRoaXMgaXMgZmluZQ==');",
      'const d = `ghp_${process.env.SUFFIX}`;',
      "const re = /'ghp_/ + 'x';",
    ].join('\n');
    expect(await found(code)).toEqual([]);
  });

  it('is only for JS/TS sources', async () => {
    expect((await found(`token = '${gh.slice(0, 10)}' + '${gh.slice(10)}'\n`, 'app.py')).map((h) => h.rule)).not.toContain('secret/github-pat');
  });
});

describe('derivedStrings', () => {
  it('cooks escapes and continuations', () => {
    expect(cook('a\\x41\\u0042\\u{43}\\n\\\nz')).toBe('aABC\nz');
  });

  it('joins only literal operands and keeps the source range', () => {
    const text = "x = f('a' + b) + 'c' + 'd' + 'ef';";
    const views = derivedStrings(text.replace('x =', 'const x ='));
    expect(views.map((v) => v.value)).toEqual([]); // 'cdef' is under 8 characters: not a token
    const long = "const y = 'abcd1234' + 'efgh5678';";
    const [v] = derivedStrings(long);
    expect(v).toMatchObject({ value: 'abcd1234efgh5678', how: 'joined' });
    expect(long.slice(v!.start, v!.end)).toBe("'abcd1234' + 'efgh5678'");
  });

  it('ignores quotes inside comments and regular expressions', () => {
    expect(derivedStrings("// 'abcdefgh' + 'ijklmnop'\nconst r = /'x/; /* 'abcdefgh' + 'ijklmnop' */\n")).toEqual([]);
  });

  it('stays linear on a pathological file', () => {
    const text = `${"'aaaaaaaaaa' + ".repeat(20_000)}'z';\n${'`${a}`'.repeat(20_000)}`;
    const views = derivedStrings(text);
    expect(views.reduce((n, v) => n + v.value.length, 0)).toBeLessThanOrEqual(text.length * 2);
  });
});
