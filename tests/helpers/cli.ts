import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, type Host } from '../../src/cli/main.js';

let cacheHome: string | undefined;
function testCacheHome(): string {
  cacheHome ??= fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-xdg-'));
  return cacheHome;
}

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with a fake host. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Captured> {
  // The content-hash cache of a root without node_modules goes to the user cache folder: a test's own, not $HOME's.
  env = { XDG_CACHE_HOME: testCacheHome(), ...env };
  let stdout = '';
  let stderr = '';
  const host: Host = {
    cwd,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  };
  const code = await cli(argv, host);
  return { code, stdout, stderr };
}
