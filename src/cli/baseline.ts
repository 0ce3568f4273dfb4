// `flowguard baseline create [PATH] --output FILE [--type …]`: record today's findings so only new ones fail.
import * as path from 'node:path';
import { UsageError } from '../core/errors.js';
import { toBaseline } from '../suppress/baseline.js';
import { scanResolved } from '../pipeline/history.js';
import { resolveScan } from './flags.js';
import type { ExitCode, Host } from './host.js';
import { writeReport } from '../core/write.js';

export async function runBaseline(args: readonly string[], host: Host): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError(`baseline needs a subcommand: flowguard baseline create [PATH] --output FILE${sub ? ` (not "${sub}")` : ''}`);
  const outAt = rest.findIndex((a) => a === '--output' || a === '-o' || a.startsWith('--output='));
  const file = outAt < 0 ? undefined : rest[outAt]!.startsWith('--output=') ? rest[outAt]!.slice('--output='.length) : rest[outAt + 1];
  if (file === undefined || file === '' || (file.startsWith('-') && !rest[outAt]!.startsWith('--output=')))
    throw new UsageError('baseline create needs --output FILE');
  const scanArgs = [...rest.slice(0, outAt), ...rest.slice(outAt + (rest[outAt]!.startsWith('--output=') ? 1 : 2))];
  const forbidden = (a: string): boolean => ['--format', '-f', '--output', '-o', '--baseline'].includes(a.split('=')[0]!);
  if (scanArgs.some(forbidden)) throw new UsageError('baseline create takes --output once and no --format or --baseline');
  // A config `baseline:` names the file this command creates: do not read it.
  const resolved = resolveScan([...scanArgs, '--quiet'], host, { baseline: false });
  const result = await scanResolved(resolved);
  const target = path.resolve(host.cwd, file);
  writeReport(target, toBaseline(result.findings), { display: file, direct: true, cwd: host.cwd });
  const n = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint)).size;
  host.stderr.write(`flowguard: baseline of ${n} finding${n === 1 ? '' : 's'} written to ${file}\n`);
  return 0;
}
