// README's rules table and docs/rules.md are generated; `npm run docs` rewrites them, this test fails when stale.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { rulesDoc, withRulesTable } from '../src/docs.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const docPath = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const update = process.env.FLOWGUARD_UPDATE_DOCS === '1';

describe('generated docs', () => {
  it('README rules table is up to date', () => {
    const readme = fs.readFileSync(readmePath, 'utf8');
    const fresh = withRulesTable(readme, rules);
    if (update) fs.writeFileSync(readmePath, fresh);
    else expect(readme, 'run npm run docs').toBe(fresh);
  });

  it('docs/rules.md is up to date', () => {
    const fresh = rulesDoc(rules);
    if (update) fs.writeFileSync(docPath, fresh);
    else expect(fs.readFileSync(docPath, 'utf8'), 'run npm run docs').toBe(fresh);
  });
});
