// The profile step of scan(): evaluate the requested profile and every profile a config declares, set
// `result.profile` for the requested one, and turn failing controls into `profile/<control>` findings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProfileName } from '../core/config.js';
import { PROFILES } from '../core/config.js';
import type { Discovery } from '../core/discover.js';
import type { ActiveRule, Finding } from '../core/types.js';
import type { FindingSink, FileSink } from '../core/report-context.js';
import { evaluateProfile, evidenceOffset, type ProjectView } from './evaluate.js';
import { findProfileConfigs } from './resolve.js';
import type { ProfileReport } from './types.js';

export function projectView(disc: Discovery, findings: readonly Finding[], contents?: Map<string, string>): ProjectView {
  const readText = (rel: string): string | undefined => {
    if (contents) return contents.get(rel);
    try {
      const abs = path.join(disc.root, rel);
      const st = fs.lstatSync(abs);
      if (!st.isFile() || st.size > 10 * 1024 * 1024) return undefined;
      return fs.readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    root: disc.root,
    files: disc.all,
    isGitIgnored: (rel, isDir) => disc.isGitIgnored(rel, isDir ?? false),
    readText,
    readHead: (rel, bytes) => {
      if (contents) {
        const t = contents.get(rel);
        return t === undefined ? undefined : Buffer.from(t, 'latin1').subarray(0, bytes);
      }
      try {
        const abs = path.join(disc.root, rel);
        if (!fs.lstatSync(abs).isFile()) return undefined;
        const fd = fs.openSync(abs, 'r');
        try {
          const buf = Buffer.alloc(bytes);
          return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        return undefined;
      }
    },
    findings,
  };
}

/** Profiles to evaluate: the requested one and every one a config of the project declares (sorted, strict last). */
export function profilesToEvaluate(view: ProjectView, requested?: ProfileName): { names: ProfileName[]; configs: ReturnType<typeof findProfileConfigs> } {
  const configs = findProfileConfigs({ files: view.files.filter((f) => !view.isGitIgnored(f.path, f.isDirectory)), readText: view.readText });
  const names = PROFILES.filter((p) => p === requested || configs.has(p));
  return { names, configs };
}

/** Evaluate and report. Returns the report of the requested profile. */
export function runProfiles(
  view: ProjectView,
  requested: ProfileName | undefined,
  active: readonly ActiveRule[],
  sink: FindingSink,
): ProfileReport | undefined {
  const { names, configs } = profilesToEvaluate(view, requested);
  const rules = new Map(active.filter((a) => a.rule.id.startsWith('profile/')).map((a) => [a.rule.id.slice(8), a]));
  const sinks = new Map<string, FileSink>();
  const seen = new Set<string>();
  let requestedReport: ProfileReport | undefined;
  for (const name of names) {
    const report = evaluateProfile(name, view, configs);
    if (name === requested) requestedReport = report;
    // profile/* results live in the security-profile config: at the offending key, else at its line 1.
    const config = report.configFiles[0];
    if (!rules.size || config === undefined) continue;
    const text = view.readText(config) ?? '';
    let s = sinks.get(config);
    if (!s) {
      s = sink.forFile({ path: config, text });
      sinks.set(config, s);
    }
    for (const c of report.controls) {
      if (c.status !== 'fail') continue;
      const active = rules.get(c.id);
      if (!active) continue;
      const inConfig = c.evidence.filter((e) => e.file === config && e.line !== undefined);
      const sites = inConfig.length
        ? inConfig.map((e) => ({ line: e.line!, message: e.message, range: evidenceOffset.get(e) }))
        : [{ line: 1, message: summary(c.id, c.actual, c.evidence), range: undefined }];
      for (const site of sites) {
        const dedupe = `${c.id}\0${site.line}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        s.report(active, site.range ? { range: site.range } : { line: site.line }, `Profile ${name}: ${site.message}`, { key: `${c.id}:${site.message}` });
      }
    }
  }
  return requestedReport;
}

/** One sentence for a failing project control (evidence elsewhere than the config). */
function summary(id: string, actual: string, evidence: readonly { file: string; line?: number; message: string }[]): string {
  const first = evidence[0];
  if (!first) return `\`${id}\` fails (${actual}).`;
  const where = `${first.file}${first.line !== undefined ? `:${first.line}` : ''}`;
  const more = evidence.length > 1 ? ` and ${evidence.length - 1} more` : '';
  if (id === 'agent-findings') return `\`agent-findings\` fails: ${actual} at or above the gate, first at ${where}${more}.`;
  return `\`${id}\` fails: ${first.message.replace(/\.$/, '')}${more}.`;
}
