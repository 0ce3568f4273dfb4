// `npm ci` on a fresh clone prints no EBADENGINE warning on Node 20 (package.json "engines": node >=20): every
// package the lock installs accepts Node 20 (content-type 3, which @octokit/request pulls, needs Node 22: it is
// overridden to 2.1.0, same parse() API, in package.json "overrides").
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const semver = createRequire(import.meta.url)('semver') as { satisfies(v: string, range: string): boolean };

describe('package-lock.json', () => {
  it('installs nothing that refuses Node 20', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies('20.19.0', p.engines.node))
      .map(([name, p]) => `${name} (node ${(p.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });

  // npm 11.16+ prints an "install scripts not yet covered by allowScripts" block for every dependency with an
  // install script that package.json "allowScripts" does not name (and npm 12 skips those scripts). esbuild's
  // postinstall only checks the platform binary that its optional dependency already installed.
  it('names every dependency with an install script in package.json allowScripts', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const allowed = new Set(Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(?<=.)@[^@]*$/, '')));
    const withScripts = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.hasInstallScript)
      .map(([name]) => name.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !allowed.has(name))).toEqual([]);
  });
});
