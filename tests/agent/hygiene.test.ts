// Repository hygiene on a real git checkout: git records only 644/755 for a file, so a tracked file's mode is the
// checkout's umask and is not reported; an untracked one is reported low, in words that say the mode is local.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { tmpTree } from '../helpers/tmp.js';

const git = (cwd: string, ...args: string[]): void => {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
};

describe('insecure-file-mode in a git checkout', () => {
  it('skips tracked files, reports untracked files and state directories at low', async () => {
    const root = tmpTree({ '.env.test': 'MODE=test\n', '.env': 'API_URL=https://api.example.com\n', '.swarm/memory.db': 'x', '.gitignore': '.env\n.swarm/\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.env.test', '.gitignore');
    git(root, 'commit', '-qm', 'init');
    for (const p of ['.env.test', '.env', '.swarm/memory.db']) fs.chmodSync(path.join(root, p), 0o644);
    fs.chmodSync(path.join(root, '.swarm'), 0o755);
    const result = await scan({ root, type: 'config' });
    const modes = result.findings.filter((f) => f.ruleId === 'agent/insecure-file-mode');
    expect(modes.map((f) => [f.file, f.severity])).toEqual([
      ['.env', 'low'],
      ['.swarm', 'low'],
      ['.swarm/memory.db', 'low'],
    ]);
    expect(modes[0]!.message).toContain('not tracked by git');
  });
});
