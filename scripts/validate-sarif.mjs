// node scripts/validate-sarif.mjs FILE.sarif...
// 1. validates each file against the official SARIF 2.1.0 JSON schema (ajv);
// 2. runs Microsoft's SARIF validator with GitHub's rule set (`--rule-kind "Sarif;Ghas"`) and fails on any error
//    or warning it reports. The validator ships in the npm package @microsoft/sarif-multitool-linux, fetched
//    once with `npm pack` into a cache folder (set FLOWGUARD_SKIP_MULTITOOL=1 to skip step 2).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, chmodSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2).map((f) => resolve(f));
if (!files.length) {
  console.error('usage: validate-sarif.mjs FILE.sarif...');
  process.exit(2);
}
const schema = JSON.parse(readFileSync(join(here, '..', 'tests', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const f of files) {
  const log = JSON.parse(readFileSync(f, 'utf8'));
  if (!validate(log)) {
    failed = true;
    for (const e of validate.errors ?? []) console.error(`${f}: schema: ${e.instancePath} ${e.message}`);
  } else console.log(`${f}: valid against the SARIF 2.1.0 schema`);
}

if (process.env.FLOWGUARD_SKIP_MULTITOOL !== '1') {
  const version = '5.7.0';
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir() || tmpdir(), '.cache'), 'flowguard-ci', `sarif-multitool-${version}`);
  const tool = join(cache, 'package', 'Sarif.Multitool');
  if (!existsSync(tool)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['pack', `@microsoft/sarif-multitool-linux@${version}`, '--silent'], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(cache).find((n) => n.endsWith('.tgz'));
    execFileSync('tar', ['xzf', tgz], { cwd: cache });
    chmodSync(tool, 0o755);
  }
  for (const f of files) {
    const out = join(tmpdir(), `flowguard-validate-${process.pid}.sarif`);
    execFileSync(tool, ['validate', '--rule-kind', 'Sarif;Ghas', '--output', out, f], {
      stdio: 'inherit',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    const res = JSON.parse(readFileSync(out, 'utf8'));
    const rules = res.runs[0].tool.driver.rules ?? [];
    const results = (res.runs[0].results ?? []).filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    for (const r of results) {
      const rule = rules[r.ruleIndex] ?? {};
      const tmpl = rule.messageStrings?.[r.message.id]?.text ?? r.message.text ?? r.message.id;
      const text = String(tmpl).replace(/\{(\d+)\}/g, (_, i) => r.message.arguments?.[Number(i)] ?? '');
      console.error(`${f}: validator ${r.level ?? 'warning'} ${r.ruleId}: ${text}`);
    }
    if (results.length) failed = true;
    else console.log(`${f}: no errors or warnings from the SARIF validator (Sarif;Ghas)`);
  }
}
process.exit(failed ? 1 : 0);
