// Issue 23, "never be silenced": a cache committed to (or edited in) the scanned tree must not replay what it holds.
// Each entry carries an HMAC under a per-user key in the user's cache folder; a forged entry — edited in place, or
// signed with someone else's key — is a miss, and a key inside the scanned tree is never used. Runs the built CLI
// and the built Action.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { expectCleanExit, json, runDist } from './helpers.js';

const VULN = 'const input = process.argv[2];\neval(input);\n';

function tmp(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

function logOf(cache: string): string {
  const folder = fs.readdirSync(cache).find((n) => /^v\d+-[0-9a-f]{24}$/.test(n));
  expect(folder).toBeDefined();
  return path.join(cache, folder!, 'entries.log');
}

/** Rewrite every line of a log so its entry holds no finding; `key` re-signs it (else the old MAC stays). */
function forge(log: string, key?: Buffer): void {
  const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const out = lines.map((line) => {
    const [k, mac, body] = line.split('\t') as [string, string, string];
    const o = JSON.parse(body) as Record<string, unknown>;
    delete o.findings;
    const forged = JSON.stringify(o);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const crypto = require('node:crypto') as typeof import('node:crypto');
    const sig = key ? crypto.createHmac('sha256', key).update(k).update('\t').update(forged).digest('hex') : mac;
    return `${k}\t${sig}\t${forged}`;
  });
  fs.writeFileSync(log, `${out.join('\n')}\n`);
}

const keyOf = (xdg: string): Buffer => Buffer.from(fs.readFileSync(path.join(xdg, 'flowguard', 'cache-key'), 'utf8').trim(), 'hex');
const evalFindings = (r: ReturnType<typeof runDist>): number => json(r).findings.filter((f) => f.ruleId === 'code/eval-injection').length;

describe('a cache the scanned tree holds is never replayed unless this user signed it', () => {
  it('an entry edited in place (MAC left as it was) is a miss: the finding is reported', () => {
    const root = tmp('flowguard-cache-auth-');
    fs.writeFileSync(path.join(root, 'a.js'), VULN);
    const xdg = tmp('flowguard-xdg-own-');
    const env = { XDG_CACHE_HOME: xdg, FLOWGUARD_CACHE_DIR: path.join(root, '.flowguard-cache') };
    const first = runDist(['scan', '.', '-f', 'json'], { cwd: root, env });
    expectCleanExit(first, 1);
    expect(evalFindings(first)).toBe(1);
    const key = path.join(xdg, 'flowguard', 'cache-key');
    expect(fs.lstatSync(key).isFile()).toBe(true);
    expect(fs.lstatSync(key).mode & 0o077).toBe(0);
    forge(logOf(path.join(root, '.flowguard-cache')));
    const again = runDist(['scan', '.', '-f', 'json'], { cwd: root, env });
    expectCleanExit(again, 1);
    expect(evalFindings(again)).toBe(1);
  });

  it("a cache signed with another user's key is a miss; the same forgery under its own key is replayed (control)", () => {
    const root = tmp('flowguard-cache-auth-');
    fs.writeFileSync(path.join(root, 'a.js'), VULN);
    fs.mkdirSync(path.join(root, 'node_modules', 'dep'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', 'dep', 'index.js'), 'module.exports = 1;\n');
    const attacker = tmp('flowguard-xdg-attacker-');
    expectCleanExit(runDist(['scan', '.', '-f', 'json'], { cwd: root, env: { XDG_CACHE_HOME: attacker } }), 1);
    // The attacker commits node_modules/.cache/flowguard with every entry emptied and re-signed under their key.
    forge(logOf(path.join(root, 'node_modules', '.cache', 'flowguard')), keyOf(attacker));
    const control = runDist(['scan', '.', '-f', 'json'], { cwd: root, env: { XDG_CACHE_HOME: attacker } });
    expect(evalFindings(control)).toBe(0); // the forgery works against the key that signed it
    const victim = tmp('flowguard-xdg-victim-');
    const r = runDist(['scan', '.', '-f', 'json'], { cwd: root, env: { XDG_CACHE_HOME: victim } });
    expectCleanExit(r, 1);
    expect(evalFindings(r)).toBe(1);
  });

  it('a key inside the scanned tree (a committed cache-key) is never used and none is written there', () => {
    const root = tmp('flowguard-cache-auth-');
    fs.writeFileSync(path.join(root, 'a.js'), VULN);
    const attacker = tmp('flowguard-xdg-attacker-');
    fs.mkdirSync(path.join(root, 'node_modules'));
    expectCleanExit(runDist(['scan', '.', '-f', 'json'], { cwd: root, env: { XDG_CACHE_HOME: attacker } }), 1);
    forge(logOf(path.join(root, 'node_modules', '.cache', 'flowguard')), keyOf(attacker));
    // The repository commits the attacker's key where a scan with XDG_CACHE_HOME (or HOME) in the tree would look.
    fs.mkdirSync(path.join(root, '.cache', 'flowguard'), { recursive: true });
    fs.copyFileSync(path.join(attacker, 'flowguard', 'cache-key'), path.join(root, '.cache', 'flowguard', 'cache-key'));
    fs.chmodSync(path.join(root, '.cache', 'flowguard', 'cache-key'), 0o600);
    for (const env of [{ XDG_CACHE_HOME: path.join(root, '.cache') }, { HOME: root }]) {
      const r = runDist(['scan', '.', '-f', 'json'], { cwd: root, env });
      expectCleanExit(r, 1);
      expect(evalFindings(r)).toBe(1);
    }
    const inTree = tmp('flowguard-cache-auth-');
    fs.writeFileSync(path.join(inTree, 'a.js'), VULN);
    runDist(['scan', '.'], { cwd: inTree, env: { XDG_CACHE_HOME: path.join(inTree, 'xdg') } });
    expect(fs.existsSync(path.join(inTree, 'xdg', 'flowguard', 'cache-key'))).toBe(false);
  });

  it('the Action ignores a workspace cache signed by a key it did not create', async () => {
    const ws = tmp('flowguard-cache-auth-ws-');
    fs.writeFileSync(path.join(ws, 'a.js'), VULN);
    fs.mkdirSync(path.join(ws, 'node_modules'));
    const attacker = tmp('flowguard-xdg-attacker-');
    const flagged = (r: Awaited<ReturnType<typeof runAction>>): boolean => r.annotations.some((a) => a.props.file === 'a.js');
    expect(flagged(await runAction({ workspace: ws, env: { XDG_CACHE_HOME: attacker } }))).toBe(true);
    forge(logOf(path.join(ws, 'node_modules', '.cache', 'flowguard')), keyOf(attacker));
    // Control: an Action whose cache folder held the attacker's key would replay the forgery.
    expect(flagged(await runAction({ workspace: ws, env: { XDG_CACHE_HOME: attacker } }))).toBe(false);
    const run = await runAction({ workspace: ws });
    expect(run.code).toBe(1);
    expect(flagged(run)).toBe(true);
  });
});
