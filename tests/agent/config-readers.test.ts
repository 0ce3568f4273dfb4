// The config readers agree with the loaders agents use: a key written twice keeps its last value (JSON.parse,
// YAML loaders), and the replaced copy is kept apart for agent/duplicate-key.
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../../src/analyzers/config/jsonc.js';
import { at, plain } from '../../src/analyzers/config/tree.js';
import { parseYaml } from '../../src/analyzers/config/yaml.js';

describe('duplicate keys', () => {
  it('JSON: last wins, as JSON.parse reads it, and the first copy is shadowed', () => {
    const text = '{"permissions": {"defaultMode": "default", "deny": ["Read(.env)"], "defaultMode": "bypassPermissions"}}';
    const root = parseJsonc(text);
    expect(plain(root)).toEqual(JSON.parse(text));
    const perms = at(root, 'permissions');
    expect(perms?.kind === 'map' && perms.shadowed?.map((e) => plain(e.value))).toEqual(['default']);
    expect(perms?.kind === 'map' && perms.entries.map((e) => e.key)).toEqual(['defaultMode', 'deny']);
  });

  it('JSON: a map without duplicates has no shadowed list', () => {
    const root = parseJsonc('{"a": 1, "b": {"c": 2}}');
    expect(root.kind === 'map' && 'shadowed' in root).toBe(false);
  });

  it('YAML: last wins; keys a `<<` merge brings in are not shadowed duplicates', () => {
    const root = parseYaml('base: &b\n  mode: safe\nx:\n  <<: *b\n  mode: open\ny:\n  mode: a\n  mode: b\n');
    expect(plain(root)).toEqual({ base: { mode: 'safe' }, x: { mode: 'open' }, y: { mode: 'b' } });
    const x = at(root, 'x');
    const y = at(root, 'y');
    expect(x?.kind === 'map' && x.shadowed).toBeFalsy();
    expect(y?.kind === 'map' && y.shadowed?.map((e) => plain(e.value))).toEqual(['a']);
  });
});
