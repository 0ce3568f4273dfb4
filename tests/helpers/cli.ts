import { cli, type Host } from '../../src/cli/main.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with a fake host. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Captured> {
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
