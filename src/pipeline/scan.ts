// The pipeline: discover → read → analyzers → normalise → suppress → sort. Every surface calls scan().
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules as registry } from '../../rules/index.js';
import { runCodeRules } from '../analyzers/code/run.js';
import { PackageGraph } from '../analyzers/taint/modgraph.js';
import { isCodeFile, isNodeScript } from '../analyzers/code/parse.js';
import type { CodeRule, ConfigRule, Rule, SecretHit, Severity, SourceFile, TextRule } from '../rule.js';
import { categoryOf } from '../rule.js';
import { applyInlineSuppressions } from '../suppress/inline.js';
import { applyBaseline, loadBaseline } from '../suppress/baseline.js';
import type { FailOn, ScanType } from '../core/config.js';
import type { ActiveRule, ScanOptions, ScanResult } from '../core/types.js';
import { discover, formatBytes, type DiscoveredFile, type Discovery } from '../core/discover.js';
import type { ScanError, SkippedFile } from '../core/errors.js';
import { compareFindings, maskSecrets, scrubTokens, SEVERITY_RANK } from '../core/finding.js';
import { binaryReason, decode, readHead, readInsideRoot, textName } from '../core/read.js';
import { FindingSink } from '../core/report-context.js';
import { runProjectRules } from '../analyzers/project/run.js';
import { SNIFF_BYTES, skipReason } from '../core/skip.js';
import { runProfileStep } from '../profile/step.js';
import type { ProfileReport } from '../profile/types.js';
import { createHash, stopwatch } from '../core/lazy.js';
import { CACHE_FOLDER, defaultCacheDir, ScanCache, type CacheEntry } from '../core/cache.js';
import { userCacheDir } from '../core/compile-cache.js';
import { assignShards, shardOfPath, type Shard, type Sniff } from '../core/shard.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const TYPE_CATEGORIES: Record<ScanType, readonly string[]> = {
  static: ['code', 'path'],
  secrets: ['secret'],
  config: ['agent', 'profile'],
  comprehensive: ['code', 'path', 'secret', 'agent', 'profile'],
};

/** Rules that run for every scan type (they police flowguard's own directives). */
const ALWAYS_ON = new Set(['code/suppression-without-reason']);

export function selectRules(
  type: ScanType,
  overrides: Record<string, Severity | 'off'> = {},
  only?: readonly string[],
  all: readonly Rule[] = registry,
): ActiveRule[] {
  const cats = TYPE_CATEGORIES[type];
  const out: ActiveRule[] = [];
  for (const rule of all) {
    if (only) {
      if (!only.includes(rule.id)) continue;
    } else if (!cats.includes(categoryOf(rule.id)) && !ALWAYS_ON.has(rule.id)) continue;
    const o = overrides[rule.id];
    if (o === 'off') continue;
    out.push({ rule, severity: o ?? rule.severity });
  }
  return out.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
}

function emptyDiscovery(root: string): Discovery {
  return { root, files: [], all: [], skipped: [], errors: [], isGitIgnored: () => false, isExcluded: () => false };
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const elapsed = stopwatch();
  const root = path.resolve(options.root);
  const type = options.type ?? 'comprehensive';
  const active = selectRules(type, options.ruleOverrides, options.only);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const sink = new FindingSink(options);

  let disc: Discovery;
  let rootReal = root;
  const contents = options.contents;
  if (contents) {
    disc = emptyDiscovery(root);
    for (const [p, text] of [...contents].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      disc.files.push({ path: p, abs: path.join(root, p), size: Buffer.byteLength(text), mode: 0o644 });
      disc.all.push({ path: p, mode: 0o644, size: Buffer.byteLength(text), isDirectory: false });
    }
  } else {
    rootReal = realpathOr(root);
    disc = discover({
      root,
      ...(options.paths ? { paths: options.paths } : {}),
      exclude: [...(options.exclude ?? []), `/${CACHE_FOLDER}/`],
      maxFileSize,
      gitignore: options.gitignore !== false,
    });
  }
  const allFiles = disc.files;
  if (options.shard && options.shard.count > 1) {
    const inMemory = contents;
    const sniff = (f: DiscoveredFile): string | undefined => {
      if (inMemory) return inMemory.get(f.path)?.slice(0, SNIFF_BYTES);
      const head = readHead(f.abs, rootReal, SNIFF_BYTES);
      const decoded = head && decode(head);
      return decoded?.kind === 'text' ? decoded.text : undefined;
    };
    disc = shardOf(disc, options.shard, options.noSkip === true, sniff);
  }
  const cache = options.cache
    ? ScanCache.open(
        typeof options.cache === 'string' ? path.resolve(options.cache) : defaultCacheDir(root),
        {
          rules: active,
          options: { noSkip: options.noSkip === true, maxFileSize, secretsAllow: options.secretsAllow ?? [], type },
        },
        root,
        options.cacheKeyDir ?? userCacheDir(),
      )
    : undefined;
  // With a secret callback (the Action masks found values), files with findings are re-analysed so it is called.
  const needsSecrets = typeof (options as { onSecret?: unknown }).onSecret === 'function';

  const codeRules = active.filter((a): a is ActiveRule & { rule: CodeRule } => a.rule.kind === 'code');
  // code/unanalysed-code speaks of files the skip policy leaves unparsed: with --no-skip every file is parsed.
  const textRules = active.filter(
    (a): a is ActiveRule & { rule: TextRule | ConfigRule } =>
      (a.rule.kind === 'text' || a.rule.kind === 'config') && !(options.noSkip && a.rule.id === 'code/unanalysed-code'),
  );
  const projectRules = active.filter((a) => a.rule.kind === 'project');
  // The package's module graph, for dataflow across files: other files are read and parsed only when a query
  // crosses into them (and read once for the cache key, which hashes the files a finding may depend on).
  const graph = codeRules.length ? packageGraph(allFiles, rootReal, maxFileSize, contents) : undefined;
  const digests = new Map<string, string>();
  const digestOf = (f: string): string => {
    let d = digests.get(f);
    if (d === undefined) {
      const t = graph?.host.read(f);
      d = t === undefined ? '-' : createHash('sha256').update(t).digest('hex');
      digests.set(f, d);
    }
    return d;
  };
  const errors: ScanError[] = [...disc.errors];
  const skipped: SkippedFile[] = [...disc.skipped];
  let parsed = 0;
  let done = 0;

  for (const file of disc.files) {
    done++;
    options.onProgress?.(done, disc.files.length);
    let text: string;
    let buf: Buffer | undefined;
    if (!contents) {
      const read = readInsideRoot(
        file.abs,
        rootReal,
        maxFileSize,
        file.ino !== undefined && file.dev !== undefined ? { dev: file.dev, ino: file.ino } : undefined,
      );
      if (!read.ok) {
        if (read.reason === 'too-large') skipped.push({ file: file.path, reason: `larger than the ${formatBytes(maxFileSize)} size cap` });
        else errors.push({ file: file.path, message: READ_FAILURE[read.reason] ?? `cannot read file: ${read.reason === 'error' ? read.code : 'error'}` });
        continue;
      }
      buf = read.buf;
    }
    let cacheKey: string | undefined;
    if (cache) {
      cacheKey = cache.key(
        file.path,
        buf ?? Buffer.from(contents?.get(file.path) ?? ''),
        graph && isCodeFile(file.path) ? graph.graph.neighbourhoodHash(file.path, digestOf) : '',
      );
      const hit = cache.get(cacheKey, file.path, (entry) => !(needsSecrets && entry.findings.length));
      if (hit === 'unused')
        cacheKey = undefined; // re-analysed for the secret callback only: the entry stands
      else if (hit) {
        replay(file.path, hit, buf, contents?.get(file.path));
        // The cache holds no raw secret: the text rules run again, into a sink that is thrown away, only to know
        // the values to mask wherever else they appear.
        if (hit.secrets) recollectSecrets(file.path, buf, contents?.get(file.path));
        continue;
      }
    }
    if (buf) {
      const decoded = decode(buf);
      if (decoded.kind === 'binary') {
        // Never silently: a binary skip of a file named like source or config is reported (and cached so).
        if (textName(file.path)) {
          skipped.push({ file: file.path, reason: `not scanned: binary content (${binaryReason(buf)})` });
          if (cache && cacheKey) cache.set(cacheKey, file.path, { findings: [], errors: [], skipped: skipped.slice(-1), parsed: false, directive: false });
        }
        continue;
      }
      text = decoded.text;
    } else text = contents?.get(file.path) ?? '';
    const source: SourceFile = { path: file.path, text };
    const mark = { findings: sink.all().length, errors: errors.length, skipped: skipped.length, parsed, secrets: sink.secretReports };
    const fileFindings = sink.forFile(source);

    if (textRules.length) {
      try {
        runTextRules(textRules, source, fileFindings);
      } catch (error) {
        errors.push({ file: file.path, message: `text rules failed: ${oneLine(error)}` });
      }
    }
    const lower = codeRules.some((a) => a.rule.keywords) ? text.toLowerCase() : '';
    const fileCodeRules = codeRules.filter((a) => !a.rule.keywords || a.rule.keywords.some((k) => lower.includes(k)));
    if (fileCodeRules.length && (isCodeFile(file.path) || isNodeScript(file.path, text))) {
      const reason = options.noSkip ? undefined : skipReason(file.path, text);
      if (reason) skipped.push({ file: file.path, reason: `not parsed: ${reason}; text rules only` });
      else {
        const res = runCodeRules(fileCodeRules, source, fileFindings, graph?.graph);
        if (res.error) errors.push({ file: file.path, message: res.error });
        else parsed++;
      }
    }
    fileFindings.finish();
    if (cache && cacheKey) {
      cache.set(cacheKey, file.path, {
        findings: sink.all().slice(mark.findings),
        errors: errors.slice(mark.errors),
        skipped: skipped.slice(mark.skipped),
        parsed: parsed > mark.parsed,
        directive: sink.texts.has(file.path),
        ...(sink.secretReports > mark.secrets ? { secrets: true } : {}),
      });
    }
  }

  function recollectSecrets(file: string, bytes: Buffer | undefined, inMemory: string | undefined): void {
    const decoded = bytes ? decode(bytes) : undefined;
    const text = decoded ? (decoded.kind === 'text' ? decoded.text : undefined) : inMemory;
    if (text === undefined || !textRules.length) return;
    const scratch = new FindingSink({ ...(options.secretsAllow ? { secretsAllow: options.secretsAllow } : {}) });
    try {
      runTextRules(textRules, { path: file, text }, scratch.forFile({ path: file, text }));
    } catch {
      /* reported when the entry was written */
    }
    for (const s of scratch.secrets) sink.secrets.add(s);
  }

  function replay(file: string, entry: CacheEntry, bytes: Buffer | undefined, inMemory: string | undefined): void {
    for (const f of entry.findings) sink.push(f);
    errors.push(...entry.errors);
    skipped.push(...entry.skipped);
    if (entry.parsed) parsed++;
    if (entry.directive) {
      const decoded = bytes ? decode(bytes) : undefined;
      const text = decoded ? (decoded.kind === 'text' ? decoded.text : undefined) : inMemory;
      if (text !== undefined) sink.texts.set(file, text);
    }
  }

  // Combination rules (agent/toxic-*) ask what the secret rules find in a file, whatever the scan type: a scratch run of
  // the secret rules, the same in every shard; what it finds is masked like any other secret.
  const secretRules = selectRules('secrets', options.ruleOverrides).filter(
    (a): a is ActiveRule & { rule: TextRule | ConfigRule } => a.rule.kind === 'text' || a.rule.kind === 'config',
  );
  const secretScan = (file: string, text: string): SecretHit[] => {
    const scratch = new FindingSink({ ...(options.secretsAllow ? { secretsAllow: options.secretsAllow } : {}) });
    const source = { path: file, text };
    runTextRules(secretRules, source, scratch.forFile(source));
    for (const s of scratch.secrets) sink.secrets.add(s);
    return scratch
      .all()
      .map((f) => ({ ruleId: f.ruleId, line: f.line ?? 1, column: f.column ?? 1, endLine: f.endLine ?? f.line ?? 1, endColumn: f.endColumn ?? f.column ?? 1 }));
  };

  if (projectRules.length && (!options.shard || options.shard.index === 1)) {
    try {
      runProjectRules(projectRules, disc, sink, contents, secretScan);
    } catch (error) {
      errors.push({ file: '.', message: `project rules failed: ${oneLine(error)}` });
    }
  }

  // A found secret is masked wherever else it appears (another rule's message, a flow label), before the cache
  // stores any of it; paths are masked at the end (inline suppressions and the cache look files up by path).
  maskSecrets([sink.all(), errors, skipped], sink.secrets, ['file']);
  await cache?.flush();
  const findings = sink.all();
  skipped.push(...sink.overflow());
  applyInlineSuppressions(findings, sink.texts);

  // Security profiles: the requested one and every profile a config declares; adds profile/* findings.
  let profile: ProfileReport | undefined;
  if (options.profile || active.some((a) => a.rule.id.startsWith('profile/'))) {
    try {
      profile = await runProfileStep({ options, disc, sink, active, ...(contents ? { contents } : {}), rescan: scan });
      applyInlineSuppressions(findings, sink.texts);
    } catch (error) {
      errors.push({ file: '.', message: `security profile failed: ${oneLine(error)}` });
    }
  }
  if (options.baseline !== undefined) applyBaseline(findings, loadBaseline(options.baseline, path.relative(root, options.baseline) || options.baseline));
  for (const f of findings) if (f.suppression?.justification) f.suppression.justification = scrubTokens(f.suppression.justification);
  maskSecrets([findings, errors, skipped, profile], sink.secrets);
  findings.sort(compareFindings);
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.message < b.message ? -1 : 1));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    root,
    type,
    findings,
    errors,
    skipped,
    rules: active,
    stats: { files: disc.files.length, parsed, skipped: skipped.length, durationMs: elapsed() },
    ...(profile ? { profile } : {}),
    ...(cache ? { cache: { dir: cache.dir, hits: cache.hits, misses: cache.misses } } : {}),
  };
}

/** This shard's share of a discovery: its files (balanced by weight), and the skips and errors of its paths. */
function shardOf(disc: Discovery, shard: Shard, noSkip: boolean, sniff: Sniff): Discovery {
  const owner = assignShards(disc.files, shard.count, noSkip, sniff);
  const mine = (p: string): boolean => (owner.get(p) ?? shardOfPath(p, shard.count)) === shard.index;
  return {
    ...disc,
    files: disc.files.filter((f) => mine(f.path)),
    skipped: disc.skipped.filter((s) => mine(s.file)),
    errors: disc.errors.filter((e) => mine(e.file)),
  };
}

/** The module graph over the scan's code files, reading them inside the root as the pipeline does. */
function packageGraph(
  files: readonly DiscoveredFile[],
  rootReal: string,
  maxFileSize: number,
  contents: ReadonlyMap<string, string> | undefined,
): { graph: PackageGraph; host: { read(f: string): string | undefined } } {
  const byPath = new Map<string, DiscoveredFile>();
  for (const f of files) if (isCodeFile(f.path)) byPath.set(f.path, f);
  const read = (p: string): string | undefined => {
    if (contents) return byPath.has(p) ? contents.get(p) : undefined;
    const f = byPath.get(p);
    if (!f) return undefined;
    const r = readInsideRoot(f.abs, rootReal, maxFileSize, f.ino !== undefined && f.dev !== undefined ? { dev: f.dev, ino: f.ino } : undefined);
    if (!r.ok) return undefined;
    const d = decode(r.buf);
    return d.kind === 'text' ? d.text : undefined;
  };
  const manifests = files.filter((f) => f.path === 'package.json' || f.path.endsWith('/package.json'));
  const readManifest = (p: string): string | undefined => {
    if (contents) return contents.get(p);
    const f = manifests.find((x) => x.path === p);
    const r = f && readInsideRoot(f.abs, rootReal, maxFileSize, f.ino !== undefined && f.dev !== undefined ? { dev: f.dev, ino: f.ino } : undefined);
    return r && r.ok ? r.buf.toString('utf8') : undefined;
  };
  const host = { files: [...byPath.keys()], read, manifests: manifests.map((f) => f.path), readManifest };
  return { graph: new PackageGraph(host), host };
}

function runTextRules(rules: readonly (ActiveRule & { rule: TextRule | ConfigRule })[], source: SourceFile, sink: ReturnType<FindingSink['forFile']>): void {
  let lower: string | undefined;
  for (const a of rules) {
    const rule = a.rule;
    if (rule.files && !rule.files(source.path)) continue;
    if (rule.kind === 'text' && rule.keywords.length) {
      lower ??= source.text.toLowerCase();
      if (!rule.keywords.some((k) => lower!.includes(k))) continue;
    }
    rule.check(sink.context(a));
  }
}

const READ_FAILURE: Record<string, string> = {
  outside: 'cannot read file: it now leads outside the scan root',
  'not-a-file': 'cannot read file: no longer a regular file',
};

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'error';
}

/** True when a finding counts against `--fail-on`: not suppressed, not unchanged from the baseline, severe enough. */
export function breaches(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const floor = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && f.baselineState !== 'unchanged' && SEVERITY_RANK[f.severity] >= floor);
}
