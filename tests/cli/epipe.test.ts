// A reader that goes away (`flowguard rules | head -1`) ends the run quietly with the status it would have had.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';

const distCli = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'dist', 'cli.js');

/** Runs dist/cli.js with a stdout whose reading end is closed at once (every write gets EPIPE). */
function withClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distCli, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FLOWGUARD_CACHE_DIR: path.join(cwd, '.fg-cache') },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('closed stdout (EPIPE)', () => {
  it('rules: exit 0, nothing on stderr', async () => {
    const r = await withClosedStdout(['rules'], tmpTree({}));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('scan --format sarif: exit 1 when the scan finds something, 0 when clean, no stack trace', async () => {
    const bad = await withClosedStdout(['scan', '.', '--format', 'sarif'], tmpTree({ 'a.js': 'eval(req.query.x);\n' }));
    expect(bad.stderr).toBe('');
    expect(bad.code).toBe(1);
    const clean = await withClosedStdout(['scan', '.', '--format', 'sarif'], tmpTree({ 'a.ts': 'export const a = 1;\n' }));
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
  });

  it('text report and explain too', async () => {
    const dir = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    expect(await withClosedStdout(['scan', '.'], dir)).toEqual({ code: 1, stderr: '' });
    expect(await withClosedStdout(['explain', 'code/eval-injection'], dir)).toEqual({ code: 0, stderr: '' });
  });
});
