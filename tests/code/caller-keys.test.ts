// A set-by-path helper is graded by the keys its callers pass (issue 18), and numbers are trusted values.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

async function findings(code: string, rule: string, path = 'src/lib.js'): Promise<string[]> {
  const { findings } = await scanText(code, { path, rules: [rule] });
  return findings.filter((f) => f.ruleId === rule).map((f) => `${f.line}:${f.severity}`);
}

const HELPER = `function writeNested(record, field, value) {
  const segments = field.split('.');
  let current = record;
  for (const segment of segments.slice(0, -1)) {
    if (typeof current[segment] !== 'object' || current[segment] === null) current[segment] = {};
    current = current[segment];
  }
  current[segments.at(-1)] = value;
}
`;

describe('code/prototype-pollution: a set-by-path helper graded by its callers', () => {
  it('constant paths from every caller: no finding', async () => {
    const code = `${HELPER}const FIELDS = ['auth.token', 'auth.user'];
export function redact(entry) {
  for (const field of FIELDS) writeNested(entry, field, undefined);
  writeNested(entry, 'config.secret', null);
  return entry;
}
`;
    expect(await findings(code, 'code/prototype-pollution')).toEqual([]);
  });
  it('a path from a helper that returns a constant list: no finding', async () => {
    const code = `${HELPER}const ALL = ['a.b', 'c.d'];
function fieldsOf(entry) {
  const out = ALL.filter((f) => entry[f] !== undefined);
  out.sort();
  return [...new Set(out)];
}
export function redact(entry) {
  for (const field of fieldsOf(entry)) writeNested(entry, field, undefined);
}
`;
    expect(await findings(code, 'code/prototype-pollution')).toEqual([]);
  });
  it("the exported caller's path: high", async () => {
    const code = `${HELPER}export function set(obj, path, v) {
  writeNested(obj, path, v);
}
`;
    expect(await findings(code, 'code/prototype-pollution')).toEqual(['8:high']);
  });
  it('a path of unknown origin: low', async () => {
    const code = `${HELPER}export function apply(obj, refs) {
  for (const r of lookup(refs)) writeNested(obj, r.field, r.value);
}
`;
    expect(await findings(code, 'code/prototype-pollution')).toEqual(['8:low']);
  });
  it('a helper handed out by value keeps its own grade', async () => {
    const code = `${HELPER}export const api = { writeNested };
writeNested({}, 'a.b', 1);
`;
    expect(await findings(code, 'code/prototype-pollution')).toEqual(['8:high']);
  });
});

describe('numbers are trusted values', () => {
  it('a shell command with parseInt, arithmetic and .length parts: no finding', async () => {
    const code = `const { execSync } = require('child_process');
function run(list, n) {
  const port = parseInt(n, 10);
  execSync('kill -9 ' + port);
  execSync(\`head -n \${list.length * 2} log.txt\`);
  for (let i = 0; i < 3; i++) execSync('sleep ' + i);
}
run([], '1');
`;
    expect(await findings(code, 'code/command-injection', 'scripts/run.js')).toEqual([]);
  });
  it('a string beside the number still counts', async () => {
    const code = `const { execSync } = require('child_process');
export function run(name, n) {
  execSync('kill ' + Number(n) + ' ' + name);
}
`;
    expect(await findings(code, 'code/command-injection')).toEqual(['3:high']);
  });
});
