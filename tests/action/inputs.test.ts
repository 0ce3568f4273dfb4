// The Action's inputs as hardening issue 23 and issue 22 ask: typed (never argv), resolved through links and kept
// inside the workspace, reports written as new files (never through a link) and never scanned themselves, and
// summary links at the pull request's head commit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { hasSecretRules, secretSample } from '../helpers/secrets.js';
import { tmpTree } from '../helpers/tmp.js';

const HEAD = 'b'.repeat(40);
const prEvent = {
  name: 'pull_request',
  payload: { pull_request: { number: 3, base: { sha: 'a'.repeat(40) }, head: { sha: HEAD } }, repository: { name: 'octo-app', owner: { login: 'octo-org' } } },
};

describe('Action inputs', () => {
  it('an exclude line that starts with "-" is a pattern, not an option', async () => {
    const ws = tmpTree({ '-generated.js': 'eval(process.argv[2]);\n', 'ok.ts': 'export const a = 1;\n' });
    const base = await runAction({ workspace: ws });
    expect(base.outputs.findings).toBe('1');
    const r = await runAction({ workspace: ws, inputs: { exclude: '-generated.js\n--weird\n' } });
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs.findings).toBe('0');
    expect(r.code).toBe(0);
  });

  it('on pull_request, summary links point at the head commit, not the merge commit', async () => {
    const ws = tmpTree({ 'src/a.js': 'eval(process.argv[2]);\n' });
    const r = await runAction({ workspace: ws, event: prEvent });
    expect(r.summary).toContain(`https://github.com/octo-org/octo-app/blob/${HEAD}/src/a.js#L1`);
    expect(r.summary).not.toContain('0123456789abcdef0123456789abcdef01234567');
    const push = await runAction({ workspace: ws });
    expect(push.summary).toContain('/blob/0123456789abcdef0123456789abcdef01234567/src/a.js#L1');
  });

  it.skipIf(!hasSecretRules())("never scans its own outputs (the previous run's sarif-file and profile-file)", async () => {
    const secret = (await secretSample())!.code;
    const control = tmpTree({ 'other.sarif': secret });
    const seen = await runAction({ workspace: control, inputs: { type: 'secrets' } });
    expect(Number(seen.outputs.findings)).toBeGreaterThan(0); // the same text is a finding under any other name
    const ws = tmpTree({ 'flowguard.sarif': secret, 'flowguard-profile.json': secret, 'a.ts': 'export const a = 1;\n' });
    const r = await runAction({ workspace: ws, inputs: { type: 'secrets' } });
    expect(r.outputs.findings).toBe('0');
    const custom = tmpTree({ 'out/p.sarif': secret, 'out/profile.json': secret });
    const r2 = await runAction({ workspace: custom, inputs: { type: 'secrets', 'sarif-file': 'out/p.sarif', 'profile-file': 'out/profile.json' } });
    expect(r2.outputs.findings).toBe('0');
    expect(JSON.parse(fs.readFileSync(path.join(custom, 'out', 'p.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses path, config, baseline, sarif-file and profile-file that lead outside the workspace through a link',
    async () => {
      const outside = tmpTree({ 'fg.yaml': 'failOn: none\n', 'victim.sarif': 'keep\n', 'code/a.js': 'eval(process.argv[2]);\n', 'base.json': '{}' });
      const ws = tmpTree({ 'a.ts': 'export const a = 1;\n' });
      fs.symlinkSync(path.join(outside, 'fg.yaml'), path.join(ws, 'fg.yaml'));
      fs.symlinkSync(path.join(outside, 'code'), path.join(ws, 'code'));
      fs.symlinkSync(outside, path.join(ws, 'out'));
      fs.symlinkSync(path.join(outside, 'victim.sarif'), path.join(ws, 'linked.sarif'));
      fs.symlinkSync(path.join(outside, 'missing.sarif'), path.join(ws, 'dangling.sarif'));
      fs.symlinkSync(path.join(outside, 'base.json'), path.join(ws, 'base.json'));
      for (const [name, value] of [
        ['config', 'fg.yaml'],
        ['path', 'code'],
        ['baseline', 'base.json'],
        ['sarif-file', 'out/x.sarif'],
        ['sarif-file', 'linked.sarif'],
        ['sarif-file', 'dangling.sarif'],
        ['profile-file', 'out/p.json'],
      ] as const) {
        const r = await runAction({ workspace: ws, inputs: { [name]: value } });
        expect(r.outputs['exit-code'], `${name}: ${value}`).toBe('2');
        expect(r.stdout).toContain(`::error::flowguard: input "${name}" must be a path inside the workspace, not "${value}"`);
      }
      expect(fs.readdirSync(outside).sort()).toEqual(['base.json', 'code', 'fg.yaml', 'victim.sarif']);
      expect(fs.readFileSync(path.join(outside, 'victim.sarif'), 'utf8')).toBe('keep\n');
    },
  );

  it.skipIf(process.platform === 'win32')('a link inside the workspace is followed to its real path; the report is a new file there', async () => {
    const ws = tmpTree({ 'a.js': 'eval(process.argv[2]);\n', 'reports/.keep': '' });
    fs.symlinkSync(path.join(ws, 'reports'), path.join(ws, 'r'));
    const r = await runAction({ workspace: ws, inputs: { 'sarif-file': 'r/out.sarif' } });
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs['sarif-file']).toBe('reports/out.sarif');
    expect(fs.lstatSync(path.join(ws, 'reports', 'out.sarif')).isFile()).toBe(true);
    expect(fs.readdirSync(path.join(ws, 'reports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
