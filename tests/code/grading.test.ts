// Every provenance-graded code rule grades the same way (INTERFACE.md "How code and path findings are graded"):
// an untrusted source → the rule's severity (critical when the sink runs code: CWE-78/94/95), a parameter of an
// exported function → the rule's severity capped at high, an unknown value → low, trusted parts → no finding.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { scanText } from '../../src/index.js';
import type { Severity } from '../../src/rule.js';

const EXECUTION = /^CWE-(78|94|95)$/;

/** One sink per rule; `X` is replaced by the value under test. */
const SINKS: Record<string, string> = {
  'code/eval-injection': 'eval(X);',
  'code/function-constructor': 'new Function(X);',
  'code/vm-injection': "const vm = require('vm');\nvm.runInNewContext(X, {});",
  'code/string-timer': 'setTimeout("tick(" + X + ")", 5);',
  'code/command-injection': "const { execSync } = require('child_process');\nexecSync('ls ' + X);",
  'code/dynamic-require': 'require(X);',
  'code/unsafe-html': "document.body.innerHTML = '<p>' + X + '</p>';",
  'code/regexp-injection': 'new RegExp(X);',
  'path/traversal': "const fs = require('fs');\nfs.readFileSync(X);",
};

const cap = (s: Severity, most: Severity): Severity => {
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  return order.indexOf(s) < order.indexOf(most) ? most : s;
};

async function severityOf(id: string, code: string): Promise<Severity[]> {
  const { findings } = await scanText(code, { path: 'src/tool.js', rules: [id] });
  return findings.filter((f) => f.ruleId === id).map((f) => f.severity);
}

describe.each(Object.keys(SINKS).map((id) => [id, rules.find((r) => r.id === id)!] as const))('%s', (id, rule) => {
  const sink = SINKS[id]!;
  const untrusted = rule.cwe.some((c) => EXECUTION.test(c)) ? 'critical' : rule.severity;

  it(`an untrusted source is ${untrusted}`, async () => {
    // a CLI argument naming a path is the user's own path (path rules grade it unknown); a request field is not
    if (id !== 'path/traversal') expect(await severityOf(id, sink.replace('X', 'process.argv[2]'))).toEqual([untrusted]);
    const handler = `const express = require('express');\nconst app = express();\napp.get('/x', (req, res) => {\n${sink.replace('X', 'req.query.v')}\n});`;
    expect(await severityOf(id, handler)).toEqual([untrusted]);
  });
  it('a parameter of an exported function is the rule severity, at most high', async () => {
    if (id === 'path/traversal') return; // a library path used whole is the caller's request (its own rule)
    const code = `export function run(input) {\n${sink.replace('X', 'input')}\n}`;
    expect(await severityOf(id, code)).toEqual([cap(rule.severity, 'high')]);
  });
  it('a value of unknown origin is low', async () => {
    expect(await severityOf(id, `const v = lookup();\n${sink.replace('X', 'v')}`)).toEqual(['low']);
  });
  it('trusted parts are no finding', async () => {
    expect(await severityOf(id, `const path = require('path');\nconst v = path.join(__dirname, 'x');\n${sink.replace('X', 'v')}`)).toEqual([]);
  });
});
