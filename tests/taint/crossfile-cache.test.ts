// Cross-file findings in SARIF and in the cache (issue 17): each codeFlow step names its own file, the output is
// byte-identical across runs, and an edit in an imported file invalidates its importer's cache entry.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { toSarif } from '../../src/report/sarif.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { tmpTree } from '../helpers/tmp.js';

const SERVER =
  "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport * as fs from 'node:fs';\nimport { resolvePath, readIt } from './paths';\nconst server = new McpServer({ name: 'x', version: '1' });\nserver.tool('t', {}, async (args) => {\n  fs.readFileSync(resolvePath(args.p));\n  readIt(args.q);\n  return { content: [] };\n});\n";
const OPEN =
  "import * as fs from 'node:fs';\nimport path from 'path';\nexport function resolvePath(p) {\n  return path.resolve('/data', p);\n}\nexport function readIt(q) {\n  return fs.readFileSync(q);\n}\n";
const CLOSED = OPEN.replace("path.resolve('/data', p)", "path.join('/data', path.basename(p))");

const highs = (r: Awaited<ReturnType<typeof scan>>): string[] => r.findings.filter((f) => f.severity === 'high').map((f) => `${f.file}:${f.line}`);

describe('SARIF codeFlows across files', () => {
  it('each threadFlow location carries its own artifact; valid SARIF, identical across runs', async () => {
    const root = tmpTree({ 'src/server.ts': SERVER, 'src/paths.ts': OPEN });
    const a = toSarif(await scan({ root, type: 'static' }));
    const b = toSarif(await scan({ root, type: 'static' }));
    expect(a).toBe(b);
    const log = JSON.parse(a);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      codeFlows: { threadFlows: { locations: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }[] }[] }[];
    }[];
    const steps = (r: (typeof results)[number]) =>
      r.codeFlows[0]!.threadFlows[0]!.locations.map(
        (l) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine}`,
      );
    const inPaths = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/paths.ts')!;
    expect(steps(inPaths)).toEqual(['src/server.ts:7', 'src/server.ts:7', 'src/paths.ts:6', 'src/paths.ts:7']);
    const inServer = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/server.ts')!;
    expect(steps(inServer)).toContain('src/paths.ts:3');
  });
});

describe('the per-file cache key', () => {
  it('an edit in an imported file invalidates its importer (and a warm scan replays the cross-file finding)', async () => {
    const root = tmpTree({ 'src/server.ts': SERVER, 'src/paths.ts': OPEN, 'src/alone.ts': 'export const x = 1;\n' });
    const cache = tmpTree();
    const cold = await scan({ root, type: 'static', cache });
    expect(highs(cold)).toEqual(['src/paths.ts:7', 'src/server.ts:6']);
    const warm = await scan({ root, type: 'static', cache });
    expect(warm.cache).toMatchObject({ hits: 3, misses: 0 });
    expect(toSarif(warm)).toBe(toSarif(cold));
    fs.writeFileSync(path.join(root, 'src/paths.ts'), CLOSED);
    const edited = await scan({ root, type: 'static', cache });
    // server.ts did not change, but its finding came through paths.ts: it is analysed again and the finding is gone
    expect(edited.cache).toMatchObject({ hits: 1, misses: 2 });
    expect(highs(edited)).toEqual(['src/paths.ts:7']);
    expect(highs(await scan({ root, type: 'static' }))).toEqual(['src/paths.ts:7']);
  });

  it('an edit in an importer invalidates the imported file (its finding came from the caller)', async () => {
    const root = tmpTree({ 'src/server.ts': SERVER, 'src/paths.ts': OPEN });
    const cache = tmpTree();
    await scan({ root, type: 'static', cache });
    fs.writeFileSync(path.join(root, 'src/server.ts'), SERVER.replace('readIt(args.q)', "readIt('fixed.txt')"));
    const edited = await scan({ root, type: 'static', cache });
    expect(edited.cache).toMatchObject({ hits: 0, misses: 2 });
    expect(highs(edited)).toEqual(['src/server.ts:6']);
  });
});
