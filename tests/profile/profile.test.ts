import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { parseJsonc } from '../../src/analyzers/config/jsonc.js';
import { plain } from '../../src/analyzers/config/tree.js';
import { evaluateConfigModule, isUnknown } from '../../src/profile/static-eval.js';
import { parseCpu, parseDuration, parseSize } from '../../src/profile/units.js';
import { toProfileText } from '../../src/report/profile.js';
import { profileYaml } from '../../src/profile/control.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

describe('units', () => {
  it('parses durations', () => {
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('7d')).toBe(604800);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration(3600)).toBe(3600);
    expect(parseDuration(900000, 'tokenExpiryMs')).toBe(900);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('PT15M')).toBe(900);
    expect(parseDuration('1 hour')).toBe(3600);
  });
  it('parses sizes and cpu', () => {
    expect(parseSize('4GB')).toBe(4 * 1024 ** 3);
    expect(parseSize('512MB')).toBe(512 * 1024 ** 2);
    expect(parseSize(4096)).toBe(4096 * 1024 ** 2);
    expect(parseCpu('500m')).toBe(0.5);
    expect(parseCpu(2)).toBe(2);
  });
});

describe('JSONC parser', () => {
  it('accepts comments and trailing commas and keeps ranges', () => {
    const text = '{\n  // c\n  "a": [1, 2,],\n  /* x */ "b": {"c": "d",},\n}';
    const root = parseJsonc(text);
    expect(plain(root)).toEqual({ a: [1, 2], b: { c: 'd' } });
    expect(root.kind === 'map' && text.slice(...root.entries[1]!.keyRange)).toBe('"b"');
  });
  it('rejects broken JSON', () => {
    expect(() => parseJsonc('{"a": }')).toThrow();
  });
});

describe('static evaluation of TS/JS configs', () => {
  it('reads literals, consts, satisfies/as const and marks run-time values unknown', () => {
    const src = "const h = '1h';\nexport default { a: h, b: `x`, c: [1, -2], d: process.env.X, e: { ...{ f: true } } } satisfies Cfg;\n";
    const root = evaluateConfigModule(src, 'c.ts')!;
    expect(plain(root)).toEqual({ a: '1h', b: 'x', c: [1, -2], d: null, e: { f: true } });
    expect(root.kind === 'map' && isUnknown(root.entries[3]!.value)).toBe(true);
  });

  it('never executes or imports the config (a config whose evaluation would write a marker file)', async () => {
    const marker = path.join(tmpTree(), 'executed.marker');
    const code = `import * as fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nconst side = (() => { fs.writeFileSync(${JSON.stringify(marker)}, 'ran'); return '1h'; })();\nexport default { profile: 'production', keyRotationInterval: side, tokenExpiry: '15m' };\n`;
    const root = tmpTree({
      'config/security/production.ts': code,
      'config/security/production.js': code.replace("import * as fs from 'node:fs';", "const fs = require('node:fs');"),
    });
    const result = await scan({ root, type: 'config', profile: 'production' });
    expect(fs.existsSync(marker)).toBe(false);
    const rot = result.profile!.controls.find((c) => c.id === 'key-rotation')!;
    expect(rot.status).toBe('unknown');
    expect(result.profile!.configFiles).toEqual(['config/security/production.js']);
  });
});

describe('config resolution', () => {
  it('reads one TS file exporting several profiles, and `export { x as default }`', async () => {
    const multi = "export const development = { keyRotationInterval: '12h' };\nexport const production = { keyRotationInterval: '12h' };\n";
    const root = tmpTree({ 'config/security/index.ts': multi });
    const dev = await scan({ root, type: 'config', profile: 'development' });
    expect(dev.profile!.verdict).toBe('pass');
    const prod = await scan({ root, type: 'config', profile: 'production' });
    expect(prod.profile!.controls.find((c) => c.id === 'key-rotation')).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'config/security/index.ts', line: 2 }],
    });
    const root2 = tmpTree({ 'security/production.ts': "const cfg = { tokenExpiry: '1h' };\nexport { cfg as default };\n" });
    const p2 = await scan({ root: root2, type: 'config', profile: 'production' });
    expect(p2.profile!.controls.find((c) => c.id === 'token-expiry')).toMatchObject({ status: 'fail', actual: '1h' });
  });

  it('uses the next stricter config, else the next less strict one', async () => {
    const root = tmpTree({ 'config/security/production.yaml': profileYaml() });
    const dev = await scan({ root, type: 'config', profile: 'development' });
    expect(dev.profile!.configFiles).toEqual(['config/security/production.yaml']);
    const ent = await scan({ root, type: 'config', profile: 'enterprise' });
    expect(ent.profile!.configFiles).toEqual(['config/security/production.yaml']);
    expect(ent.profile!.failing_controls).toEqual(['bypass-disabled']);
  });
  it('reports only config-present among config controls when nothing resolves', async () => {
    const root = tmpTree({ 'src/a.ts': 'export {};\n' });
    const r = await scan({ root, type: 'config', profile: 'production' });
    expect(r.profile!.failing_controls).toEqual(['config-present']);
    expect(toProfileText(r.profile!)).toContain('FAIL');
    const d = await scan({ root, type: 'config', profile: 'development' });
    expect(d.profile!.verdict).toBe('pass');
  });
  it('follows YAML anchors and merge keys', async () => {
    const yaml = 'base: &base\n  keyRotationInterval: 1h\n  tokenExpiry: 15m\nprofiles:\n  production:\n    <<: *base\n    tokenExpiry: 1h\n';
    const root = tmpTree({ 'security/production.yaml': yaml });
    const r = await scan({ root, type: 'config', profile: 'production' });
    const byId = (id: string) => r.profile!.controls.find((c) => c.id === id)!;
    expect(byId('key-rotation').status).toBe('pass');
    expect(byId('token-expiry')).toMatchObject({ status: 'fail', actual: '1h' });
  });
  it('treats keys missing next to a spread of an imported object as unknown, not failed', async () => {
    const ts = "import { base } from './base';\nexport default { ...base, tokenExpiry: '15m' };\n";
    const root = tmpTree({ 'config/security/production.ts': ts });
    const r = await scan({ root, type: 'config', profile: 'production' });
    expect(r.profile!.controls.find((c) => c.id === 'mfa')!.status).toBe('unknown');
    expect(r.profile!.controls.find((c) => c.id === 'token-expiry')!.status).toBe('pass');
  });
  it('accepts snake_case aliases and claude-flow profiles.<name>', async () => {
    const root = tmpTree({ 'claude-flow.config.json': JSON.stringify({ profiles: { development: { key_rotation_interval: '48h' } } }) });
    const r = await scan({ root, type: 'config', profile: 'development' });
    expect(r.profile!.failing_controls).toEqual(['key-rotation']);
    expect(r.profile!.controls.find((c) => c.id === 'key-rotation')!.evidence[0]).toMatchObject({ file: 'claude-flow.config.json', line: 1 });
  });
});

describe('CLI', () => {
  it('profile validate writes the JSON report and exits 1 when the profile fails', async () => {
    const root = tmpTree({ 'config/security/production.yaml': profileYaml({ keyRotationInterval: '24h' }) });
    const res = await runCli(['profile', 'validate', '.', '--profile', 'production', '--output', 'out/report.json'], root);
    expect(res.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(path.join(root, 'out/report.json'), 'utf8'));
    expect(report.failing_controls).toEqual(['key-rotation']);
    expect(report.project).toBe(path.basename(root));
  });
  it('profile validate prints a text checklist and exits 0 when the profile passes', async () => {
    const root = tmpTree({ 'config/security/production.yaml': profileYaml() });
    const res = await runCli(['profile', 'validate', '--profile', 'production'], root);
    expect(res.stdout).toContain('PASS');
    expect(res.code).toBe(0);
  });
  it('scan --profile --profile-output writes the report; a failed profile exits 1', async () => {
    const root = tmpTree({ 'src/a.ts': 'export {};\n' });
    const res = await runCli(['scan', '--profile', 'enterprise', '--profile-output', 'p.json', '--format', 'json'], root);
    expect(res.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'p.json'), 'utf8')).verdict).toBe('fail');
  });
  it('judges the whole project even when only some files are passed (as a commit hook does)', async () => {
    const root = tmpTree({ 'config/security/production.yaml': profileYaml(), 'src/a.ts': 'export const a = 1;\n' });
    const whole = await runCli(['scan', '--profile', 'production', '--profile-output', 'whole.json', '--format', 'json'], root);
    const some = await runCli(['scan', 'src/a.ts', '--profile', 'production', '--profile-output', 'some.json', '--format', 'json'], root);
    const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
    expect(read('whole.json').verdict).toBe('pass');
    expect(read('some.json')).toEqual(read('whole.json'));
    expect(some.code).toBe(whole.code);
  });
  it('rejects an unknown profile name', async () => {
    const res = await runCli(['profile', 'validate', '--profile', 'staging'], tmpTree());
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^flowguard: --profile must be one of/);
  });
  it('emits profile/* SARIF results at the offending key for a config that declares its profile', async () => {
    const root = tmpTree({ 'config/security/production.yaml': profileYaml({ keyRotationInterval: '24h' }) });
    const res = await runCli(['scan', '--type', 'config', '--format', 'sarif'], root);
    const sarif = JSON.parse(res.stdout);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId.startsWith('profile/'));
    expect(
      results.map((r: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [
        r.ruleId,
        r.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual([['profile/key-rotation', 3]]);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'profile/key-rotation');
    expect(rule.properties.tags.some((t: string) => t.startsWith('external/cwe/cwe-'))).toBe(true);
  });
});
