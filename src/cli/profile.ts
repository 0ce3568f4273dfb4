// `flowguard profile validate [PATH] --profile NAME [--output FILE] [--format json|text]` and `scan --profile-output`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROFILES, type ProfileName } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { scan } from '../pipeline/scan.js';
import type { ScanResult } from '../core/types.js';
import { PROFILE_FORMATS, renderProfile, type ProfileFormat } from '../report/index.js';
import { parseFlags } from './flags.js';
import type { ExitCode, Host } from './host.js';
import { writeReport } from '../core/write.js';

export function writeFile(file: string, body: string, host: Host): void {
  writeReport(file, body, { display: path.relative(host.cwd, file) || '.', direct: true, cwd: host.cwd });
}

/** `scan --profile-output FILE`: the requested profile's report as JSON, and a one-line verdict on stderr. */
export function writeProfileOutput(result: ScanResult, file: string | undefined, host: Host, quiet = false): void {
  const p = result.profile;
  if (p && !quiet) host.stderr.write(`flowguard: profile ${p.profile} ${p.verdict === 'pass' ? 'passed' : `failed: ${p.failing_controls.join(', ')}`}\n`);
  if (file === undefined) return;
  if (!result.profile) throw new UsageError('--profile-output needs --profile (or "profile" in flowguard.config.yaml)');
  writeFile(path.resolve(host.cwd, file), renderProfile(result.profile, 'json'), host);
}

export function parseProfileName(value: string | undefined): ProfileName | undefined {
  if (value === undefined) return undefined;
  if (!(PROFILES as readonly string[]).includes(value)) throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}, not "${value}"`);
  return value as ProfileName;
}

export async function runProfileCommand(args: readonly string[], host: Host): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub !== 'validate')
    throw new UsageError(
      sub === undefined
        ? 'profile needs a subcommand: flowguard profile validate [PATH] --profile NAME'
        : `unknown profile subcommand "${sub}"; use "profile validate"`,
    );
  const { values, positionals } = parseFlags<{ profile?: string; output?: string; format?: string; quiet?: boolean }>(rest, {
    profile: { type: 'string' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
  });
  const profile = parseProfileName(values.profile);
  if (!profile) throw new UsageError(`profile validate needs --profile ${PROFILES.join('|')}`);
  if (positionals.length > 1) throw new UsageError('profile validate takes one PATH');
  if (values.format !== undefined && !(PROFILE_FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${PROFILE_FORMATS.join(', ')}, not "${values.format}"`);
  const root = path.resolve(host.cwd, positionals[0] ?? '.');
  let st: fs.Stats;
  try {
    st = fs.statSync(root);
  } catch {
    throw new UsageError(`cannot read "${positionals[0] ?? '.'}": no such file or directory`);
  }
  if (!st.isDirectory()) throw new UsageError(`"${positionals[0]}" is not a directory`);
  const result = await scan({ root, type: 'config', profile });
  const report = result.profile!;
  const format = (values.format as ProfileFormat | undefined) ?? (values.output !== undefined ? 'json' : 'text');
  const body = renderProfile(report, format);
  if (values.output !== undefined) {
    writeFile(path.resolve(host.cwd, values.output), body, host);
    if (!values.quiet)
      host.stdout.write(`flowguard: profile ${profile} ${report.verdict === 'pass' ? 'passed' : `failed (${report.failing_controls.join(', ')})`}\n`);
  } else host.stdout.write(body);
  return report.verdict === 'fail' ? 1 : 0;
}
