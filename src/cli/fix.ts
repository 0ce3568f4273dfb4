// `flowguard fix [PATH] [--rule ID]... [--dry-run]`: the agent-config findings that have a safe mechanical fix,
// fixed in place (or, with --dry-run, only shown), each as a unified diff on stdout. It never edits code: only Claude
// settings, agent and skill frontmatter, workflow inputs and `.gitignore`. A second run finds nothing to do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../core/errors.js';
import { scan } from '../pipeline/scan.js';
import { addEnvDeny, addIgnore, dropBypassMode, dropSkipFlags, lockedVersions, pinPackages, unifiedDiff } from '../fix/agent.js';
import { tryParseJsonc } from '../analyzers/config/jsonc.js';
import { isClaudeSettings } from '../analyzers/config/files.js';
import { parseFlags } from './flags.js';
import type { ExitCode, Host } from './host.js';

/** Rule id → what its fix does (the rules `fix` knows). */
export const FIXES: Record<string, string> = {
  'agent/missing-env-deny': 'adds Read(./.env) and Read(./.env.*) to permissions.deny',
  'agent/toxic-secret-read': 'adds Read(./.env) and Read(./.env.*) to permissions.deny',
  'agent/bypass-permissions-mode': 'sets defaultMode/permissionMode bypassPermissions to default',
  'agent/skip-permissions-flag': "drops --dangerously-skip-permissions from a workflow step's claude_args",
  'agent/sensitive-file-not-ignored': 'adds the file to .gitignore',
  'agent/mcp-unpinned-package': 'pins an npx MCP package to the version package-lock.json or --pin NAME@X.Y.Z names',
};

export const FIX_HELP = `Usage: flowguard fix [PATH] [--rule ID]... [--dry-run]

Fix the agent-config findings that have a safe mechanical fix, in place, and print each change as a unified diff.
Comments, key order and formatting are kept (JSONC and YAML); code is never edited; a second run changes nothing.

Fixes:
${Object.entries(FIXES)
  .map(([id, what]) => `  ${id.padEnd(34)} ${what}`)
  .join('\n')}

Options:
  --rule ID                   only this rule's fix (repeatable)
  --pin NAME@X.Y.Z            the version to pin NAME to (repeatable; over package-lock.json)
  --dry-run                   print the diff, change nothing
  -h, --help                  this help
`;

function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export async function runFix(args: readonly string[], host: Host): Promise<ExitCode> {
  const { values, positionals } = parseFlags<{ rule?: string[]; pin?: string[]; 'dry-run'?: boolean }>(args, {
    rule: { type: 'string', multiple: true },
    pin: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError('fix takes one PATH');
  const rules = values.rule ?? Object.keys(FIXES);
  for (const r of rules)
    if (!Object.hasOwn(FIXES, r)) throw new UsageError(`fix has no fix for ${JSON.stringify(r)} (it fixes ${Object.keys(FIXES).join(', ')})`);
  const root = path.resolve(host.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`${positionals[0] ?? '.'}: not a directory`);
  let versions: Map<string, string>;
  try {
    versions = lockedVersions(readOr(path.join(root, 'package-lock.json')), values.pin ?? []);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = await scan({ root, type: 'config', only: [...new Set(rules)], cache: false });
  const edits = new Map<string, Set<string>>();
  const ignore: string[] = [];
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.ruleId === 'agent/sensitive-file-not-ignored') ignore.push(f.file);
    else if (f.ruleId !== 'agent/toxic-secret-read' || isClaudeSettings(f.file)) edits.set(f.file, new Set([...(edits.get(f.file) ?? []), f.ruleId]));
  }
  let changed = 0;
  const apply = (file: string, fix: (text: string) => string): void => {
    const abs = path.join(root, file);
    let before = '';
    try {
      before = fs.readFileSync(abs, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const after = fix(before);
    if (after === before) return;
    // A JSON file that no longer parses is never written.
    if (/\.json$/.test(file) && tryParseJsonc(before) !== undefined && tryParseJsonc(after) === undefined) {
      host.stderr.write(`flowguard: ${file}: the fix would break the file; left unchanged\n`);
      return;
    }
    host.stdout.write(unifiedDiff(file, before, after));
    changed++;
    if (!values['dry-run']) fs.writeFileSync(abs, after);
  };
  for (const [file, ids] of [...edits].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    apply(file, (text) => {
      let out = text;
      if (ids.has('agent/missing-env-deny') || ids.has('agent/toxic-secret-read')) out = addEnvDeny(out);
      if (ids.has('agent/bypass-permissions-mode')) out = dropBypassMode(file, out);
      if (ids.has('agent/skip-permissions-flag')) out = dropSkipFlags(file, out);
      if (ids.has('agent/mcp-unpinned-package')) out = pinPackages(file, out, versions);
      return out;
    });
  }
  if (ignore.length) apply('.gitignore', (text) => [...new Set(ignore)].sort().reduce((t, f) => addIgnore(t, f), text));
  host.stderr.write(
    changed
      ? `flowguard fix: ${values['dry-run'] ? 'would change' : 'changed'} ${changed} file${changed === 1 ? '' : 's'}\n`
      : 'flowguard fix: nothing to fix\n',
  );
  return 0;
}
