// The GitHub Action's work (src/action/main.ts runs it): inputs → typed scan options (the CLI's own resolution, config file under inputs; never argv
// strings) → the pipeline → SARIF file, profile report, annotations, job summary, outputs, and the CLI's exit rule.
// Every path input is resolved through symbolic links and must stay inside GITHUB_WORKSPACE; reports are written
// as new files renamed into place (src/core/write.ts), never through an existing link, and never scanned.
import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeReport } from '../core/write.js';
import { resolveScanFlags, type Place, type ScanFlags } from '../options.js';
import { FAIL_ON, PROFILES, SCAN_TYPES } from '../core/config.js';
import { toPosix } from '../core/discover.js';
import { UsageError } from '../core/errors.js';
import { breaches, scan } from '../pipeline/scan.js';
import type { ScanResult } from '../core/types.js';
import { countBySeverity, planAnnotations, render, renderProfile, toGithubSummary } from '../report/index.js';
import { addedLinesByGit, changedFiles, pullRequestOf } from './changed.js';

function choice(name: string, values: readonly string[]): string | undefined {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (!values.includes(value)) throw new UsageError(`input "${name}" must be one of ${values.join(', ')}, not "${value}"`);
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (!value) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UsageError(`input "${name}" must be true or false, not "${value}"`);
}

/**
 * The real path of an input (symbolic links resolved, through the longest part of it that exists), inside the
 * workspace's real path, or a usage error: the Action never reads or writes outside the workspace.
 */
export function inWorkspace(workspace: string, name: string, value: string): string {
  const outside = (): never => {
    throw new UsageError(`input "${name}" must be a path inside the workspace, not "${value}"`);
  };
  const abs = path.resolve(workspace, value);
  const lexical = path.relative(workspace, abs);
  if (lexical.startsWith('..') || path.isAbsolute(lexical)) outside();
  const real = realpathAllowMissing(abs);
  if (real === undefined) return outside();
  const rel = path.relative(workspace, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) outside();
  return real;
}

/** realpath of the longest existing prefix, plus the rest; undefined for a link that leads nowhere. */
function realpathAllowMissing(abs: string): string | undefined {
  const rest: string[] = [];
  for (let p = abs; ; p = path.dirname(p)) {
    try {
      return path.join(fs.realpathSync(p), ...rest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
      try {
        fs.lstatSync(p);
        return undefined; // it exists, so it is a dangling link
      } catch {
        /* missing: look at its parent */
      }
    }
    if (path.dirname(p) === p) return undefined;
    rest.unshift(path.basename(p));
  }
}

/** A file as a .gitignore pattern anchored at the scan root (that file only). */
function anchored(root: string, file: string): string | undefined {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return `/${toPosix(rel).replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)}`;
}

/** Makes every path in the result relative to the workspace (the repository root GitHub resolves paths against). */
function rebase(result: ScanResult, workspace: string): ScanResult {
  const prefix = toPosix(path.relative(workspace, result.root));
  if (!prefix) return result;
  const join = (p: string): string => (p === '.' ? prefix : `${prefix}/${p}`);
  return {
    ...result,
    root: workspace,
    findings: result.findings.map((f) => ({ ...f, file: join(f.file) })),
    errors: result.errors.map((e) => ({ ...e, file: join(e.file) })),
    skipped: result.skipped.map((s) => ({ ...s, file: join(s.file) })),
  };
}

/** One run of the Action: 0 passed, 1 the step fails on findings or the profile; throws on invalid inputs. */
export async function action(): Promise<0 | 1> {
  const given = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  let workspace: string;
  try {
    workspace = fs.realpathSync(given);
  } catch {
    throw new UsageError(`the workspace ${given} does not exist`);
  }
  const target = inWorkspace(workspace, 'path', core.getInput('path') || '.');
  const type = choice('type', SCAN_TYPES);
  const failOnInput = choice('fail-on', FAIL_ON);
  const profileName = choice('profile', PROFILES);
  const configInput = core.getInput('config');
  const config = configInput ? inWorkspace(workspace, 'config', configInput) : undefined;
  const baselineInput = core.getInput('baseline');
  const baseline = baselineInput ? inWorkspace(workspace, 'baseline', baselineInput) : undefined;
  const exclude = core.getMultilineInput('exclude').filter((l) => l.trim() && !l.trim().startsWith('#'));
  const onlyChanged = flag('only-changed', false);
  const annotate = flag('annotations', true);
  const sarifFile = inWorkspace(workspace, 'sarif-file', core.getInput('sarif-file') || 'flowguard.sarif');
  const profileFile = inWorkspace(workspace, 'profile-file', core.getInput('profile-file') || 'flowguard-profile.json');

  // The CLI's own resolution (config file, then inputs over it) keeps both surfaces in step; the inputs go in typed,
  // so an exclude line such as `-generated/` is a pattern, never an option.
  const flags: ScanFlags = { quiet: true };
  if (type) flags.type = type;
  if (failOnInput) flags['fail-on'] = failOnInput;
  if (profileName) flags.profile = profileName;
  if (config) flags.config = config;
  if (baseline) flags.baseline = baseline;
  if (exclude.length) flags.exclude = exclude.map((e) => e.trim());
  const host: Place = { cwd: workspace, env: process.env };
  const resolved = resolveScanFlags(flags, [target], host);
  const options = resolved.options;
  // Never the Action's own reports (a previous run's sarif-file and profile-file, in the workspace).
  const own = [sarifFile, profileFile];
  for (const f of own) {
    const pattern = anchored(options.root, f);
    if (pattern) options.exclude = [...(options.exclude ?? []), pattern];
  }
  // The cache signing key must come from the runner's own cache folder, never from the checked-out workspace.
  if (options.cacheKeyDir !== undefined && !path.relative(workspace, options.cacheKeyDir).startsWith('..')) delete options.cache;
  // Masks each secret before anything about it can be logged.
  options.onSecret = (raw) => core.setSecret(raw);

  let scope: string | undefined;
  if (onlyChanged && (profileName || resolved.config.profile)) {
    // A profile is judged on the whole project (its config may not be among the changed files).
    core.info('flowguard: only-changed is ignored while a security profile is evaluated; scanning every file.');
  } else if (onlyChanged) {
    const changed = await changedFiles(workspace, core.getInput('github-token'), (line) => core.info(line));
    if (changed) {
      scope = 'only the files the pull request changes';
      const roots = options.paths ?? [options.root];
      const under = (abs: string): boolean => roots.some((s) => abs === s || abs.startsWith(`${s}${path.sep}`));
      const files = changed
        .map((f) => path.resolve(workspace, f))
        .filter((abs) => under(abs) && !own.includes(abs) && fs.existsSync(abs) && fs.statSync(abs).isFile());
      if (files.length) options.paths = files;
      else options.contents = new Map();
    }
  }

  const result = rebase(await scan(options), workspace);
  const profile = result.profile;
  const failed = breaches(result, resolved.failOn) || profile?.verdict === 'fail';

  writeReport(sarifFile, render(result, 'sarif'), { display: toPosix(path.relative(workspace, sarifFile)), cwd: workspace });
  if (profile) writeReport(profileFile, renderProfile(profile, 'json'), { display: toPosix(path.relative(workspace, profileFile)), cwd: workspace });

  core.startGroup('flowguard report');
  core.info(render(result, 'text').trimEnd());
  core.endGroup();
  for (const e of result.errors.slice(0, 10)) core.info(`flowguard: could not scan ${e.file}: ${e.message}`);

  let omitted = 0;
  if (annotate) {
    const plan = planAnnotations(result.findings);
    for (const a of plan.annotations) {
      const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine };
      if (a.endLine !== undefined) props.endLine = a.endLine;
      if (a.startColumn !== undefined) props.startColumn = a.startColumn;
      if (a.endColumn !== undefined) props.endColumn = a.endColumn;
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    omitted = plan.omitted;
    if (omitted)
      core.info(
        `flowguard: ${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most 10 errors and 10 warnings per step); see the job summary and ${path.relative(workspace, sarifFile)}.`,
      );
  }

  if (process.env.GITHUB_STEP_SUMMARY) {
    const server = process.env.GITHUB_SERVER_URL;
    const repository = process.env.GITHUB_REPOSITORY;
    // On a pull request GITHUB_SHA is the merge commit, which no one can browse to a line of: link the PR's head.
    const pr = pullRequestOf(process.env.GITHUB_EVENT_NAME, process.env.GITHUB_EVENT_PATH);
    const sha = pr?.head ?? process.env.GITHUB_SHA;
    // The suppressions the pull request adds are listed apart (when the checkout holds both commits).
    const addedLines = pr && result.findings.some((f) => f.suppressed) ? addedLinesByGit(workspace, pr) : undefined;
    const md = toGithubSummary(result, {
      failOn: resolved.failOn,
      failed,
      sarifFile: toPosix(path.relative(workspace, sarifFile)),
      annotationsOmitted: omitted,
      ...(scope ? { scope } : {}),
      ...(profile ? { profile } : {}),
      ...(addedLines ? { addedLines } : {}),
      ...(server && repository && sha ? { links: { server, repository, sha } } : {}),
    });
    await core.summary.addRaw(md).write();
  }

  core.setOutput('sarif-file', toPosix(path.relative(workspace, sarifFile)));
  core.setOutput('profile-file', profile ? toPosix(path.relative(workspace, profileFile)) : '');
  core.setOutput('findings', String(result.findings.filter((f) => !f.suppressed && f.baselineState !== 'unchanged').length));
  core.setOutput('findings-by-severity', JSON.stringify(countBySeverity(result.findings)));
  core.setOutput('profile-status', profile ? profile.verdict : 'skipped');
  if (failed) {
    const why =
      profile?.verdict === 'fail' && !breaches(result, resolved.failOn) ? `the ${profile.profile} profile failed` : `findings at or above ${resolved.failOn}`;
    // A log line, not another error annotation: the findings already fill GitHub's per-step quota.
    core.info(`flowguard: failing the step: ${why}.`);
    return 1;
  }
  return 0;
}
