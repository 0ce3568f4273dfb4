// Prefix checks: `startsWith(root)` confines a path only when the prefix ends in a separator (CVE-2025-53110).
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const traversal = async (body: string): Promise<string[]> => {
  const code = `import fs from 'fs';\nimport path from 'path';\nconst ROOT = path.resolve(process.cwd(), 'data');\napp.get('/f', (req, res) => {\n  const full = path.resolve(ROOT, req.query.f);\n${body}\n  res.send(fs.readFileSync(full));\n});\n`;
  const r = await scanText(code, { rules: ['path/traversal'] });
  return r.findings.map((f) => `${f.line} ${f.severity}`);
};

describe('prefix checks as path guards', () => {
  it('startsWith(root) with no separator is no guard: /data-evil passes', async () => {
    expect(await traversal('  if (!full.startsWith(ROOT)) return res.sendStatus(403);')).toEqual(['7 high']);
  });
  it('allowed.some((dir) => full.startsWith(dir)) with no separator is no guard', async () => {
    expect(await traversal('  if (![ROOT].some((dir) => full.startsWith(dir))) return res.sendStatus(403);')).toEqual(['7 high']);
  });
  it('startsWith(root + path.sep) is a guard', async () => {
    expect(await traversal('  if (!full.startsWith(ROOT + path.sep)) return res.sendStatus(403);')).toEqual([]);
  });
  it('a template literal ending in a slash is a guard', async () => {
    expect(await traversal('  if (!full.startsWith(`${ROOT}/`)) return res.sendStatus(403);')).toEqual([]);
  });
  it('a const prefix built with the separator is a guard', async () => {
    expect(
      await traversal('  const base = ROOT.endsWith(path.sep) ? ROOT : ROOT + path.sep;\n  if (!full.startsWith(base)) return res.sendStatus(403);'),
    ).toEqual([]);
  });
  it('some() over dirs with dir + path.sep is a guard (the 2025.7.1 fix)', async () => {
    expect(await traversal('  if (![ROOT].some((dir) => full.startsWith(dir + path.sep))) return res.sendStatus(403);')).toEqual([]);
  });
  it('path.relative not starting with .. and not absolute stays a guard', async () => {
    expect(
      await traversal("  const rel = path.relative(ROOT, full);\n  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);"),
    ).toEqual([]);
  });
});
