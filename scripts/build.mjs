// Bundles dist/cli.js (bin), dist/index.js (Action) and dist/parser.js (typescript-estree, loaded lazily)
// as CommonJS for Node 20+. `node scripts/build.mjs [OUTDIR]` (default dist).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAlias, yamlPlugin } from './yaml-plugin.mjs';

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
  alias: bundleAlias,
  define: { __FLOWGUARD_BUNDLED__: 'true', __FLOWGUARD_VERSION__: JSON.stringify(pkg.version) },
  charset: 'utf8',
};

// The parser first: the bundles that load it carry its hash (the compile cache's key, src/core/compile-cache.ts),
// and dist/cli.js, a loader, carries the hash of the CLI bundle it loads.
const sha = (file) =>
  createHash('sha256')
    .update(readFileSync(resolve(outdir, file)))
    .digest('hex');
const withDefines = (extra) => ({ ...common, define: { ...common.define, ...extra } });
await build({ ...common, entryPoints: { parser: 'src/analyzers/code/parser-entry.ts' }, outdir });
const parserSha = JSON.stringify(sha('parser.js'));
// The MCP SDK on its own (src/agent-time/mcp-sdk.ts): only `flowguard mcp` loads it, never the CLI or the hook.
await build({ ...common, entryPoints: { 'mcp-sdk': 'src/agent-time/mcp-sdk.ts' }, outdir });
const mcpSha = JSON.stringify(sha('mcp-sdk.js'));
await build({
  ...withDefines({ __FLOWGUARD_PARSER_SHA__: parserSha, __FLOWGUARD_MCP_SHA__: mcpSha }),
  entryPoints: { 'cli-main': 'src/cli/index.ts' },
  outdir,
});
await build({ ...withDefines({ __FLOWGUARD_PARSER_SHA__: parserSha }), entryPoints: { index: 'src/action/index.ts' }, outdir });
await build({ ...withDefines({ __FLOWGUARD_MAIN_SHA__: JSON.stringify(sha('cli-main.js')) }), entryPoints: { cli: 'src/cli/bin.ts' }, outdir });
