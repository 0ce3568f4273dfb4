// Golden reports of the fixture projects; refresh with `npm test -- -u` and review the diff.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { toText } from '../../src/report/text.js';
import { loadConfig } from '../../src/core/config.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function scanFixture(name: string) {
  const root = path.join(fixtures, name);
  let exclude: string[];
  try {
    exclude = loadConfig(path.join(root, 'flowguard.config.yaml')).exclude ?? [];
  } catch {
    exclude = [];
  }
  const result = await scan({ root, exclude });
  result.stats.durationMs = 0;
  return result;
}

describe.each(['vulnerable-app', 'clean-app'])('%s', (name) => {
  it('matches its golden SARIF, JSON and text, and the SARIF is schema-valid and deterministic', async () => {
    const first = await scanFixture(name);
    const second = await scanFixture(name);
    const sarif = toSarif(first);
    expect(toSarif(second)).toBe(sarif);
    expect(sarifSchemaErrors(JSON.parse(sarif))).toEqual([]);
    expect(sarif).not.toContain(fixtures);
    await expect(sarif).toMatchFileSnapshot(`../golden/${name}.sarif`);
    await expect(toJson(first)).toMatchFileSnapshot(`../golden/${name}.json`);
    await expect(toText(first)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});
