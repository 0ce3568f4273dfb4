// `flowguard init claude-code [--local]`: add the PreToolUse hook to .claude/settings.json (or settings.local.json).
// The file is edited as text: one insertion where the hook belongs, so every other key, its order, indentation
// and line breaks stay as they were. A second run finds the hook and changes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tryParseJsonc } from '../analyzers/config/jsonc.js';
import { isMap, isScalar, isSeq, type CNode, type MapNode, type SeqNode } from '../analyzers/config/tree.js';
import { ConfigError, UsageError } from '../core/errors.js';
import type { HookHost } from './hook.js';

export const HOOK_MATCHER = 'Write|Edit|MultiEdit|NotebookEdit|Bash';
export const HOOK_COMMAND = 'npx --no-install flowguard hook claude-code';

const group = { matcher: HOOK_MATCHER, hooks: [{ type: 'command', command: HOOK_COMMAND }] };

export const INIT_USAGE = `Usage: flowguard init claude-code [--local]

Adds the flowguard PreToolUse hook (matcher ${HOOK_MATCHER}) to .claude/settings.json in the current directory,
or to .claude/settings.local.json with --local. Other keys and formatting are kept; a second run changes nothing.
`;

const exact = (node: CNode | undefined, key: string): CNode | undefined => (isMap(node) ? node.entries.find((e) => e.key === key)?.value : undefined);

/** True when some PreToolUse hook already runs `flowguard hook claude-code`. */
function hasFlowguardHook(pre: CNode | undefined): boolean {
  if (!isSeq(pre)) return false;
  return pre.items.some((g) => {
    const hs = exact(g, 'hooks');
    return (
      isSeq(hs) &&
      hs.items.some((h) => {
        const c = exact(h, 'command');
        return isScalar(c) && typeof c.value === 'string' && /\bflowguard(\.js)?\b.*\bhook\s+claude-code\b/.test(c.value);
      })
    );
  });
}

/** Leading whitespace of the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The file's indent unit: the first indented line's whitespace (two spaces when none). */
function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1]! : '  ';
}

/** Insert `member` (a `"key": value` or a value) as the last member of `node`, formatted like its neighbours. */
export function insertLast(text: string, node: MapNode | SeqNode, key: string | undefined, value: unknown): string {
  const close = node.range[1] - 1; // the closing bracket
  const members = node.kind === 'map' ? node.entries.map((e) => e.value.range[1]) : node.items.map((i) => i.range[1]);
  const lastEnd = members.length ? members[members.length - 1]! : node.range[0] + 1;
  const multiline = text.slice(node.range[0], node.range[1]).includes('\n') || (!members.length && text.includes('\n'));
  const unit = indentUnit(text);
  const prefix = key === undefined ? '' : `${JSON.stringify(key)}: `;
  if (!multiline) {
    const body = `${prefix}${JSON.stringify(value)}`;
    return `${text.slice(0, lastEnd)}${members.length ? ', ' : ''}${body}${text.slice(lastEnd)}`;
  }
  const outer = indentAt(text, node.range[0]);
  const inner = members.length
    ? indentAt(text, node.kind === 'map' ? node.entries[members.length - 1]!.keyRange[0] : node.items[members.length - 1]!.range[0])
    : outer + unit;
  const body = `${prefix}${JSON.stringify(value, null, unit)}`.split('\n').join(`\n${inner}`);
  if (members.length) return `${text.slice(0, lastEnd)},\n${inner}${body}${text.slice(lastEnd)}`;
  return `${text.slice(0, node.range[0] + 1)}\n${inner}${body}\n${outer}${text.slice(close)}`;
}

export interface InitResult {
  file: string;
  changed: boolean;
  what: string;
}

/** Add the hook to `file` (created with its folder when missing). */
export function installHook(file: string, display: string): InitResult {
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot read ${display}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let next: string;
  let what: string;
  if (text === undefined || !text.trim()) {
    next = `${JSON.stringify({ hooks: { PreToolUse: [group] } }, null, 2)}\n`;
    what = `created ${display} with the flowguard PreToolUse hook`;
  } else {
    const root = tryParseJsonc(text);
    if (!isMap(root)) throw new ConfigError(`${display}: not a JSON object; fix it or move it away, then run flowguard init claude-code again`);
    const hooks = exact(root, 'hooks');
    const pre = exact(hooks, 'PreToolUse');
    if (hasFlowguardHook(pre)) return { file, changed: false, what: `${display} already runs flowguard before ${HOOK_MATCHER}; nothing changed` };
    if (hooks === undefined) {
      next = insertLast(text, root, 'hooks', { PreToolUse: [group] });
      what = `added "hooks" with the flowguard PreToolUse hook to ${display}`;
    } else if (!isMap(hooks)) throw new ConfigError(`${display}: "hooks" is not an object`);
    else if (pre === undefined) {
      next = insertLast(text, hooks, 'PreToolUse', [group]);
      what = `added hooks.PreToolUse with the flowguard hook to ${display}`;
    } else if (!isSeq(pre)) throw new ConfigError(`${display}: "hooks.PreToolUse" is not an array`);
    else {
      next = insertLast(text, pre, undefined, group);
      what = `added the flowguard hook to hooks.PreToolUse in ${display} (after the ${pre.items.length} already there)`;
    }
    if (!tryParseJsonc(next))
      throw new ConfigError(`${display}: could not add the hook without breaking the file; add it by hand (see flowguard init claude-code --help)`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
  return { file, changed: true, what };
}

export function runInit(args: readonly string[], host: HookHost): 0 {
  if (args.includes('--help') || args.includes('-h')) {
    host.stdout.write(INIT_USAGE);
    return 0;
  }
  const [target, ...rest] = args;
  if (target !== 'claude-code')
    throw new UsageError(
      target === undefined ? 'init needs a target: flowguard init claude-code' : `unknown init target "${target}"; flowguard init claude-code`,
    );
  let local = false;
  for (const a of rest) {
    if (a === '--local') local = true;
    else throw new UsageError(`unknown option "${a}" for flowguard init claude-code`);
  }
  const display = `.claude/${local ? 'settings.local.json' : 'settings.json'}`;
  const res = installHook(path.join(host.cwd, display), display);
  host.stdout.write(`flowguard: ${res.what}\n`);
  if (res.changed) host.stdout.write(`  PreToolUse ${HOOK_MATCHER} → ${HOOK_COMMAND}\n`);
  if (!pinnedHere(host.cwd))
    host.stdout.write('flowguard: `npx --no-install` runs the flowguard in node_modules: add it with npm install --save-dev --save-exact flowguard\n');
  return 0;
}

/** Whether package.json here lists flowguard (the hook command runs the installed copy, never a download). */
function pinnedHere(dir: string): boolean {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some((k) => typeof pkg[k]?.flowguard === 'string');
  } catch {
    return false;
  }
}
