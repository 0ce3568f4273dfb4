// dist/ is committed (the Action and the pre-commit hook run it without a build): it must match a fresh build.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../', import.meta.url));

describe('dist/', () => {
  it('is identical to a fresh build of the sources', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-dist-'));
    try {
      execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), out], { cwd: repo, stdio: 'pipe' });
      const built = fs.readdirSync(out).sort();
      expect(fs.readdirSync(path.join(repo, 'dist')).sort()).toEqual(built);
      for (const f of built) {
        const same = fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(repo, 'dist', f)));
        expect(same, `dist/${f} is stale: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
