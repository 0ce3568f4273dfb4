// Every rule's examples are its tests: each bad example yields exactly one finding from that rule, each good one none.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { scan, scanText } from '../src/index.js';
import type { Example, Rule } from '../src/rule.js';
import { tmpTree } from './helpers/tmp.js';

function defaultPath(rule: Rule): string {
  return rule.kind === 'code' ? 'example.ts' : 'example.txt';
}

async function hits(rule: Rule, ex: Example) {
  const file = ex.path ?? defaultPath(rule);
  if (ex.modes || rule.kind === 'project') {
    const dir = tmpTree({ ...(ex.files ?? {}), ...(ex.code !== '' || !ex.files ? { [file]: ex.code } : {}) });
    for (const [rel, mode] of Object.entries(ex.modes ?? {})) fs.chmodSync(path.join(dir, rel), mode);
    return (await scan({ root: dir, only: [rule.id], noSkip: true })).findings.filter((f) => f.ruleId === rule.id);
  }
  // This rule speaks of files the default skip policy leaves unparsed: its examples run with that policy on.
  if (rule.id === 'code/unanalysed-code')
    return (await scan({ root: path.resolve('/flowguard-virtual-root'), contents: new Map([[file, ex.code]]), only: [rule.id] })).findings.filter(
      (f) => f.ruleId === rule.id,
    );
  const opts = { path: file, rules: [rule.id], ...(ex.files ? { files: ex.files } : {}) };
  return (await scanText(ex.code, opts)).findings.filter((f) => f.ruleId === rule.id);
}

const label = (ex: Example) => (ex.note ? `${ex.note}: ` : '') + ex.code.replace(/\s+/g, ' ').slice(0, 80);

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.bad.map((ex) => [label(ex), ex] as const))('flags %s', async (_l, ex) => {
    const found = await hits(rule, ex);
    expect(found, JSON.stringify(found.map((f) => [f.line, f.message]))).toHaveLength(ex.todo ? 0 : 1);
    if (!ex.todo && ex.line !== undefined) expect(found[0]?.line).toBe(ex.line);
  });
  it.each(rule.examples.good.map((ex) => [label(ex), ex] as const))('passes %s', async (_l, ex) => {
    const found = await hits(rule, ex);
    expect(found, JSON.stringify(found.map((f) => [f.line, f.message]))).toHaveLength(ex.todo ? 1 : 0);
  });
});
