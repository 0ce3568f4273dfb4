// Hostile YAML: the shapes that made the `yaml` package quadratic or recursive (a run of `"` took 17 s per 100 KB
// through pretty errors, a run of `]` gave one error per byte, `[` nests by recursion) are parsed with bounded work:
// stopped at the first error, or not parsed (too large, too deep). Valid YAML still parses the same.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/analyzers/config/yaml.js';
import { parseConfig } from '../../src/core/config.js';
import { parseYamlBounded, YAML_MAX_BYTES, YAML_MAX_DEPTH, yamlNestingDepth } from '../../src/core/yaml-safe.js';
import { scanText } from '../../src/index.js';

const run = (unit: string, bytes = 100 * 1024): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

describe('YAML is parsed with bounded work', () => {
  it.each([
    ['"', 'error'],
    [']', 'error'],
    ['}', 'error'],
    ['&a ', 'error'],
    ['*a ', 'error'],
    ['!a ', 'error'],
    ['x: "', 'error'],
    ['[', 'skipped'],
    ['{', 'skipped'],
    ['- ', 'skipped'],
    ['? ', 'skipped'],
    ['a: [', 'skipped'],
  ] as const)('a 100 KB run of %j ends as %s, never a crash', (unit, kind) => {
    const r = parseYamlBounded(run(unit), { uniqueKeys: false, strict: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.kind).toBe(kind);
  });

  it('stops at the first error: a run of `]` reports one error, not one per byte', () => {
    const r = parseYamlBounded(run(']'));
    expect(r).toMatchObject({ ok: false, kind: 'error', offset: 0 });
  });

  it('YAML over the size cap is not parsed; just under it is', () => {
    expect(parseYamlBounded(`a: ${'x'.repeat(YAML_MAX_BYTES)}\n`)).toMatchObject({ ok: false, kind: 'skipped' });
    const ok = parseYamlBounded(`a: ${'x'.repeat(YAML_MAX_BYTES - 10)}\n`);
    expect(ok.ok).toBe(true);
  });

  it('nesting depth counts flow brackets outside quotes and comments, and compact indicators', () => {
    expect(yamlNestingDepth('a: [1, [2, {b: c}]]\n')).toBe(3);
    expect(yamlNestingDepth(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\n# ${'['.repeat(500)}\n`)).toBe(0);
    expect(yamlNestingDepth(`don't: ${'['.repeat(YAML_MAX_DEPTH + 1)}`)).toBe(YAML_MAX_DEPTH + 1);
    expect(yamlNestingDepth('- - - a\n')).toBe(3);
    expect(parseYamlBounded(`a: ${'['.repeat(YAML_MAX_DEPTH)}${']'.repeat(YAML_MAX_DEPTH)}\n`).ok).toBe(true);
  });

  it('valid documents parse as before (a workflow, anchors and merge keys)', () => {
    const text = 'on: push\njobs:\n  a: &base\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n  b:\n    <<: *base\n';
    const node = parseYaml(text);
    expect(node?.kind).toBe('map');
  });

  it('the flowguard config reports the first YAML error by line, and a pathological config in one line', () => {
    expect(() => parseConfig('failOn: high\nrules: [\n', 'flowguard.config.yaml')).toThrow(/^flowguard\.config\.yaml:\d+: invalid YAML/);
    expect(() => parseConfig(run('"'), 'flowguard.config.yaml')).toThrow(/^flowguard\.config\.yaml:1: invalid YAML/);
    expect(() => parseConfig(run('['), 'flowguard.config.yaml')).toThrow(/not parsed/);
    expect(() => parseConfig('a: 1\na: 2\n', 'flowguard.config.yaml')).toThrow(/flowguard\.config\.yaml:2: invalid YAML/);
  });

  it('a 100 KB run of `"` as a security-profile config and as a workflow scans (the stall of profile/* and agent/*)', async () => {
    for (const p of ['config/security/production.yaml', '.github/workflows/ci.yml']) {
      const r = await scanText(run('"'), { path: p, root: '/flowguard-yaml-root' });
      expect(r.findings).toBeDefined();
    }
  }, 60_000);
});
