// argv → typed options: node:util parseArgs with one-line usage errors, and `scan`'s flag table.
import { parseArgs } from 'node:util';
import { didYouMean } from '../core/config.js';
import { summarize, UsageError } from '../core/errors.js';
import { resolveScanFlags, type Place, type ResolvedScan, type ScanFlags } from '../options.js';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * node:util parseArgs, with its errors turned into one-line usage errors. An option that takes a value takes the next
 * argument even when it starts with "-" (`--exclude -x`), as getopt does, unless that argument is itself one of the
 * command's options (`--format --output`: the value was forgotten).
 */
export function parseFlags<T>(args: readonly string[], options: FlagSpec): { values: T; positionals: string[] } {
  const longOf = new Map<string, string>();
  for (const [name, o] of Object.entries(options)) if (o.short) longOf.set(o.short, name);
  const isOption = (a: string): boolean => a.startsWith('--') || (a.length === 2 && a[0] === '-' && longOf.has(a[1]!));
  const norm: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      norm.push(...args.slice(i));
      break;
    }
    const name = a.startsWith('--') ? a.slice(2) : a.length === 2 && a[0] === '-' ? longOf.get(a[1]!) : undefined;
    if (name !== undefined && Object.hasOwn(options, name) && options[name]!.type === 'string') {
      const next = args[i + 1];
      if (next === undefined) throw new UsageError(`${a} needs a value`);
      if (next.startsWith('-') && next !== '-') {
        if (isOption(next))
          throw new UsageError(`${a} needs a value, not the option "${next}" (a value that starts with "-" can be written --${name}=${next})`);
        norm.push(`--${name}=${next}`);
        i++;
        continue;
      }
    }
    norm.push(a);
  }
  try {
    const { values, positionals } = parseArgs({ args: norm, options, allowPositionals: true, strict: true });
    return { values: values as T, positionals };
  } catch (error) {
    const msg = summarize(error);
    const m = /Unknown option '([^']+)'/.exec(msg);
    if (m) {
      const flag = m[1]!.replace(/^-+/, '');
      throw new UsageError(`unknown option "${m[1]}"${didYouMean(flag, Object.keys(options)).replace(/"([^"]+)"\?\)$/, '"--$1"?)')}`);
    }
    const noArg = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(msg);
    if (noArg) throw new UsageError(`${noArg[1]} takes no value`);
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/, ''));
  }
}

export const SCAN_FLAGS = {
  type: { type: 'string' },
  format: { type: 'string', multiple: true, short: 'f' },
  output: { type: 'string', multiple: true, short: 'o' },
  'fail-on': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  profile: { type: 'string' },
  'profile-output': { type: 'string' },
  baseline: { type: 'string' },
  staged: { type: 'boolean' },
  'git-history': { type: 'boolean' },
  since: { type: 'string' },
  'changed-since': { type: 'string' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-skip': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags over flowguard.config.yaml over defaults. */
export function resolveScan(args: readonly string[], host: Place, use: { baseline?: boolean } = {}): ResolvedScan {
  const { values: flags, positionals } = parseFlags<ScanFlags>(args, SCAN_FLAGS);
  if (flags.help) throw new UsageError('see flowguard scan --help');
  return resolveScanFlags(flags, positionals, host, use);
}
