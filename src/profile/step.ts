// Glue between scan() and the profile evaluation (kept apart so scan.ts changes stay a few lines).
import { rules as registry } from '../../rules/index.js';
import { discover, type Discovery } from '../core/discover.js';
import type { Finding } from '../core/types.js';
import type { FindingSink } from '../core/report-context.js';
import type { ActiveRule, ScanOptions, ScanResult } from '../core/types.js';
import { projectView, runProfiles } from './run.js';
import type { ProfileReport } from './types.js';

export interface ProfileStepInput {
  options: ScanOptions;
  disc: Discovery;
  sink: FindingSink;
  active: readonly ActiveRule[];
  contents?: Map<string, string>;
  rescan: (options: ScanOptions) => Promise<ScanResult>;
}

export async function runProfileStep(input: ProfileStepInput): Promise<ProfileReport | undefined> {
  const { options, sink, active, contents } = input;
  let disc = input.disc;
  let agentFindings: readonly Finding[];
  if (options.paths && !contents) {
    // A profile judges the whole project: with explicit files (a commit hook passes only the changed ones) the
    // controls would miss every setting kept in the other files, so evaluate it on the whole tree.
    const { profile: _p, onProgress: _o, paths: _paths, ...rest } = options;
    disc = discover({
      root: disc.root,
      exclude: options.exclude ?? [],
      maxFileSize: options.maxFileSize ?? 10 * 1024 * 1024,
      gitignore: options.gitignore !== false,
    });
    agentFindings = (await input.rescan({ ...rest, only: registry.filter((r) => r.id.startsWith('agent/')).map((r) => r.id) })).findings;
  } else if (active.some((a) => a.rule.id.startsWith('agent/'))) agentFindings = sink.all().filter((f) => f.ruleId.startsWith('agent/'));
  else {
    // The agent-findings gate needs the agent/* findings even when the scan type left those rules out.
    const { profile: _p, onProgress: _o, ...rest } = options;
    const sub = await input.rescan({ ...rest, only: registry.filter((r) => r.id.startsWith('agent/')).map((r) => r.id) });
    agentFindings = sub.findings;
  }
  const view = projectView(disc, agentFindings, contents);
  return runProfiles(view, options.profile, active, sink);
}
