// `flowguard baseline create [PATH] --output FILE [--type …]`: record today's findings so only new ones fail.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../core/errors.js';
import { toBaseline } from '../suppress/baseline.js';
import { resolveScan, scanResolved, type ExitCode, type Host } from './main.js';

export async function runBaseline(args: readonly string[], host: Host): Promise<ExitCode> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError(`baseline needs a subcommand: flowguard baseline create [PATH] --output FILE${sub ? ` (not "${sub}")` : ''}`);
  const outAt = rest.indexOf('--output');
  const file = outAt >= 0 ? rest[outAt + 1] : undefined;
  if (file === undefined || file.startsWith('-')) throw new UsageError('baseline create needs --output FILE');
  const scanArgs = [...rest.slice(0, outAt), ...rest.slice(outAt + 2)];
  if (scanArgs.some((a) => a === '--format' || a === '--output' || a === '--baseline')) throw new UsageError('baseline create takes --output once and no --format or --baseline');
  // A config `baseline:` names the file this command creates: do not read it.
  const resolved = resolveScan([...scanArgs, '--quiet'], host, { baseline: false });
  const result = await scanResolved(resolved);
  const target = path.resolve(host.cwd, file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, toBaseline(result.findings));
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const n = new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint)).size;
  host.stderr.write(`flowguard: baseline of ${n} finding${n === 1 ? '' : 's'} written to ${file}\n`);
  return 0;
}
