// Bundles dist/cli.js (bin), dist/index.js (Action) and dist/parser.js (typescript-estree, loaded lazily)
// as CommonJS for Node 20+. `node scripts/build.mjs [OUTDIR]` (default dist).
import { build } from 'esbuild';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamlPlugin } from './yaml-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(here, '..');
const outdir = resolve(rootDir, process.argv[2] ?? 'dist');
const pkg = JSON.parse(readFileSync(resolve(rootDir, 'package.json'), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: rootDir,
  plugins: [yamlPlugin],
  define: { __FLOWGUARD_BUNDLED__: 'true', __FLOWGUARD_VERSION__: JSON.stringify(pkg.version) },
  charset: 'utf8',
};

await build({ ...common, entryPoints: { cli: 'src/cli/index.ts' }, outdir, banner: { js: '' } });
await build({ ...common, entryPoints: { index: 'src/action/index.ts' }, outdir });
await build({ ...common, entryPoints: { parser: 'src/analyzers/code/parser-entry.ts' }, outdir });
