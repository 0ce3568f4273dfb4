import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext, ProjectRule, SecretHit } from '../../rule.js';
import type { Discovery } from '../../core/discover.js';
import type { FindingSink, FileSink } from '../../core/report-context.js';
import type { ActiveRule } from '../../core/types.js';

/** Run project-level rules (repo hygiene: ignored files, modes) once over the discovered tree. */
export function runProjectRules(
  rules: readonly ActiveRule[],
  disc: Discovery,
  sink: FindingSink,
  contents?: Map<string, string>,
  secretScan?: (path: string, text: string) => SecretHit[],
): void {
  const sinks = new Map<string, FileSink>();
  const readText = (rel: string): string | undefined => {
    if (contents) return contents.get(rel);
    const abs = path.join(disc.root, rel);
    try {
      const st = fs.lstatSync(abs);
      if (!st.isFile() || st.size > 10 * 1024 * 1024) return undefined;
      return fs.readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  };
  const fileSink = (rel: string): FileSink => {
    let s = sinks.get(rel);
    if (!s) {
      s = sink.forFile({ path: rel, text: readText(rel) ?? '' });
      sinks.set(rel, s);
    }
    return s;
  };
  const secretCache = new Map<string, readonly SecretHit[]>();
  const secretsIn = (rel: string): readonly SecretHit[] => {
    let hits = secretCache.get(rel);
    if (!hits) {
      const text = readText(rel);
      hits = text === undefined || !secretScan ? [] : secretScan(rel, text);
      secretCache.set(rel, hits);
    }
    return hits;
  };
  // The same for every rule: worked out once.
  const tracked = disc.all.filter((f) => !disc.isGitIgnored(f.path, f.isDirectory));
  for (const active of rules) {
    const rule = active.rule as ProjectRule;
    const ctx: ProjectContext = {
      files: tracked,
      allFiles: disc.all,
      isGitIgnored: (rel, isDir) => disc.isGitIgnored(rel, isDir ?? false),
      isGitTracked: (rel) => (contents ? undefined : disc.isGitTracked?.(rel)),
      readText,
      readHead: (rel, bytes) => {
        if (contents) {
          const t = contents.get(rel);
          return t === undefined ? undefined : Buffer.from(t).subarray(0, bytes);
        }
        const abs = path.join(disc.root, rel);
        try {
          const st = fs.lstatSync(abs);
          if (!st.isFile()) return undefined;
          const fd = fs.openSync(abs, 'r');
          try {
            const buf = Buffer.alloc(bytes);
            const n = fs.readSync(fd, buf, 0, bytes, 0);
            return buf.subarray(0, n);
          } finally {
            fs.closeSync(fd);
          }
        } catch {
          return undefined;
        }
      },
      report: (rel, target, message, options) => fileSink(rel).report(active, target, message, options),
      secretsIn,
    };
    rule.check(ctx);
  }
}
