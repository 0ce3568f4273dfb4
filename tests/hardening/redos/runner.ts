// Child process of dynamic.test.ts (bundled by it with esbuild): runs every registered rule on adversarial ~100 KB
// inputs built for it, printing a line before and after each scan so the parent's watchdog can name a stuck one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules, scanText } from '../../../src/index.js';
import { analyzeRegex } from '../../../src/core/regex-safety.js';
import type { Rule } from '../../../src/rule.js';

interface Job {
  /** Rule ids, or every rule. */
  ids?: string[];
  size: number;
  /** Regex sources from rules/<id>.ts files and rule data, by rule id ('*' for data files). */
  regexes: Record<string, { source: string; flags: string }[]>;
  /** Run the watchdog canary instead. */
  canary?: boolean;
  /** Instead: one input that waits this long without using the CPU (the watchdog must let it finish). */
  idle?: number;
}

const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Job;
const SIZE = job.size;

function fill(unit: string, sep = ''): string {
  if (!unit) return '';
  const n = Math.max(1, Math.ceil(SIZE / (unit.length + sep.length)));
  return Array(n).fill(unit).join(sep);
}

// Runs of characters that token and code patterns are made of: long runs of one class are the classic trigger.
const ALPHABETS = [
  'a',
  'A',
  '0',
  ' ',
  '\t',
  '=',
  ':',
  '"',
  "'",
  '-',
  '_',
  '/',
  '.',
  '\\',
  '(',
  '[',
  '{',
  '<',
  '%',
  '+',
  '@',
  '#',
  '$',
  ';',
  ',',
  'aA0',
  'a=',
  'a ',
  'a:',
  '-_',
  'a.',
  'a/',
  '= ',
  '"a',
  '\\n',
];

interface Input {
  name: string;
  path: string;
  text: string;
}

function defaultPath(rule: Rule): string {
  const ex = [...rule.examples.bad, ...rule.examples.good].find((e) => e.path);
  if (ex?.path) return ex.path;
  return rule.kind === 'code' ? 'example.ts' : 'example.txt';
}

/** Code rules: one parse per input dominates, so few inputs with many tokens and many inputs with few long tokens. */
function codeInputsFor(rule: Rule): Input[] {
  const p = defaultPath(rule);
  const all = [...rule.examples.bad, ...rule.examples.good].map((e) => e.code).join('\n');
  return [{ name: `${rule.id}: its examples repeated by lines`, path: p, text: fill(all, '\n') }];
}

function codeRuns(): Input[] {
  return ALPHABETS.map((a) => {
    const run = fill(a);
    const ident = /^[A-Za-z0-9_$]+$/.test(a) ? `\nconst ${/^[0-9]/.test(a) ? '_' : ''}${run} = f(${JSON.stringify(run)});` : '';
    return {
      name: `run of ${JSON.stringify(a)} in a string literal`,
      path: 'example.ts',
      text: `const s = ${JSON.stringify(run)};${ident}\neval(s); setTimeout(s, 1); new Function(s);\n`,
    };
  });
}

/**
 * At most three examples per rule (its first bad, its first good, and the longest other one): repeating every
 * example of every rule made thousands of near-identical 100 KB scans whose cost was findings, not regex work.
 */
function sampleExamples(rule: Rule): Rule['examples']['bad'] {
  const { bad, good } = rule.examples;
  const picked = [bad[0], good[0]].filter((e): e is NonNullable<typeof e> => e !== undefined);
  const rest = [...bad.slice(1), ...good.slice(1)].sort((a, b) => b.code.length - a.code.length);
  if (rest[0]) picked.push(rest[0]);
  return picked;
}

function inputsFor(rule: Rule): Input[] {
  if (rule.kind === 'code') return codeInputsFor(rule);
  const out: Input[] = [];
  const p = defaultPath(rule);
  const keywords = rule.kind === 'text' ? rule.keywords.join(' ') : '';
  const head = keywords ? `${keywords}\n` : '';
  const examples = sampleExamples(rule);
  examples.forEach((ex, i) => {
    const at = ex.path ?? p;
    out.push({ name: `example ${i} repeated by lines`, path: at, text: fill(ex.code, '\n') });
    out.push({ name: `example ${i} repeated on one line`, path: at, text: fill(ex.code.replace(/\n/g, ' ')) });
    const cut = ex.code.slice(0, Math.max(1, ex.code.length - 1));
    out.push({ name: `example ${i} minus its last character, repeated`, path: at, text: head + fill(cut, ' ') });
    const doubled = ex.code.replace(/[A-Za-z0-9]/g, (c) => c + c);
    out.push({ name: `example ${i} with doubled token characters`, path: at, text: head + fill(doubled.replace(/\n/g, ' ')) });
  });
  for (const a of ALPHABETS) out.push({ name: `run of ${JSON.stringify(a)}`, path: p, text: head + fill(a) });
  if (rule.kind === 'text')
    for (const k of rule.keywords)
      out.push(
        { name: `keyword ${JSON.stringify(k)} repeated`, path: p, text: fill(k) + '!' },
        { name: `keyword ${JSON.stringify(k)} then a long token`, path: p, text: `${k}=${fill('aA0')}` },
      );
  for (const re of [...(job.regexes[rule.id] ?? []), ...(job.regexes['*'] ?? [])]) {
    const v = analyzeRegex(re.source, re.flags);
    if (!v.attack || !v.attack.pump) continue;
    const { prefix, pump, suffix } = v.attack;
    out.push({ name: `attack on /${re.source.slice(0, 40)}/ (${v.complexity})`, path: p, text: head + prefix + fill(pump) + suffix });
  }
  return out;
}

function attacksFor(id: string): Input[] {
  const out: Input[] = [];
  for (const re of job.regexes[id] ?? []) {
    const v = analyzeRegex(re.source, re.flags);
    if (!v.attack || !v.attack.pump) continue;
    const { prefix, pump, suffix } = v.attack;
    out.push({
      name: `${id}: attack on /${re.source.slice(0, 40)}/ (${v.complexity})`,
      path: 'example.ts',
      text: `const s = ${JSON.stringify(prefix + fill(pump) + suffix)};\neval(s);\n`,
    });
  }
  return out;
}

async function scanOne(label: string, input: Input, ids: string[], files: Record<string, string>): Promise<void> {
  process.stdout.write(`${JSON.stringify({ start: label, input: input.name, bytes: input.text.length })}\n`);
  const result = await scanText(input.text, { path: input.path, rules: ids, files, root: path.resolve('/flowguard-redos-root') });
  // A parser that cannot load turns every code input into a cheap parse error: the run would pass seeing nothing.
  const parserMissing = result.errors.some((e) => /Cannot find module/.test(e.message));
  process.stdout.write(`${JSON.stringify({ done: label, input: input.name, ...(parserMissing ? { parserMissing } : {}) })}\n`);
}

async function main(): Promise<void> {
  if (job.canary) {
    // Proves the parent's watchdog: this blocks the thread the way a catastrophic rule regex would.
    process.stdout.write(`${JSON.stringify({ start: 'canary', input: 'exponential regex' })}\n`);
    /^(a|a)*$/.test(`${'a'.repeat(64)}!`);
    return;
  }
  if (job.idle !== undefined) {
    process.stdout.write(`${JSON.stringify({ start: 'idle', input: `waits ${job.idle} ms` })}\n`);
    await new Promise((resolve) => setTimeout(resolve, job.idle));
    process.stdout.write(`${JSON.stringify({ done: 'idle', input: 'waits' })}\n${JSON.stringify({ finished: 0 })}\n`);
    return;
  }
  const selected = job.ids ? rules.filter((r) => job.ids!.includes(r.id)) : rules;
  // Code rules share one parse per input, so their inputs are pooled and run with every code rule at once.
  const code = selected.filter((r) => r.kind === 'code');
  const pooled = [...code.flatMap((r) => [...codeInputsFor(r), ...attacksFor(r.id)]), ...(code.length ? codeRuns() : [])];
  for (const input of pooled)
    await scanOne(
      'code rules',
      input,
      code.map((r) => r.id),
      {},
    );
  for (const rule of selected.filter((r) => r.kind !== 'code')) {
    const files = Object.fromEntries([...rule.examples.bad, ...rule.examples.good].flatMap((e) => Object.entries(e.files ?? {})));
    for (const input of inputsFor(rule)) {
      const { [input.path]: _self, ...others } = files;
      await scanOne(rule.id, input, [rule.id], others);
    }
  }
  process.stdout.write(`${JSON.stringify({ finished: selected.length })}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: String(error instanceof Error ? error.message : error).split('\n')[0] })}\n`);
  process.exitCode = 3;
});
