// The parse-only floor (P, Ps in bench/README): read and parse every JS/TS file under DIR in sorted order, in one
// thread, with @typescript-eslint/typescript-estree and the options a scanner needs. Whole-process time is measured
// by the caller; this prints `files=N bytes=B errors=E` so the caller can check it parsed what flowguard parses.
//   node bench/parse-floor.mjs DIR [LIST_FILE]
// LIST_FILE (optional): newline-separated absolute paths to parse instead of walking DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { parse } = require('@typescript-eslint/typescript-estree');

const CODE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

function walk(dir, out) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (ent.name !== 'node_modules' && ent.name !== '.git') walk(p, out);
    } else if (ent.isFile() && CODE.test(ent.name)) out.push(p);
  }
  return out;
}

const [dir, listFile] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node bench/parse-floor.mjs DIR [LIST_FILE]\n');
  process.exit(2);
}
const files = listFile ? readFileSync(listFile, 'utf8').split('\n').filter(Boolean) : walk(dir, []);
files.sort();
let bytes = 0;
let errors = 0;
for (const file of files) {
  const buf = readFileSync(file);
  bytes += buf.length;
  const text = buf.toString('utf8');
  try {
    parse(text, { loc: true, range: true, jsx: /\.[jt]sx$/.test(file), filePath: file });
  } catch {
    errors++;
  }
}
process.stdout.write(`files=${files.length} bytes=${bytes} errors=${errors}\n`);
