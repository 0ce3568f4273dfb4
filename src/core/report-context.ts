// Turns rule reports into normalised findings: positions, severity, redaction, fingerprints.
import type { ActiveRule } from './types.js';
import type { FlowStep, ReportOptions, SourceFile, Target, TextContext } from '../rule.js';
import { fingerprint, redact, scrubTokens, secretKey } from './finding.js';
import type { Finding, FlowLocation } from './types.js';
import { LineIndex } from './lines.js';
import { coveringDirective, parseDirectives, type Directive } from '../suppress/inline.js';

export interface SinkOptions {
  secretsAllow?: string[];
  /** Called with each raw secret before its finding exists (the Action masks it with core.setSecret). */
  onSecret?: (raw: string) => void;
}

/** Collects findings for one scan. */
export class FindingSink {
  private readonly findings: Finding[] = [];
  /** File texts, kept for inline suppressions (only of files that produced a finding or a directive). */
  readonly texts = new Map<string, string>();
  private readonly allow: RegExp[];
  /** Every raw secret value reported in this scan, to mask wherever else it appears (`maskSecrets`); never output. */
  readonly secrets = new Set<string>();
  /** Secret reports so far (a file's entry that found one is re-analysed on a cache hit, to know its values). */
  secretReports = 0;
  readonly onSecret: ((raw: string) => void) | undefined;

  constructor(options: SinkOptions = {}) {
    // flowguard-ignore code/regexp-injection -- the user's secrets.allow regexes, validated when the config loads
    this.allow = (options.secretsAllow ?? []).map((s) => new RegExp(s));
    this.onSecret = options.onSecret;
  }

  all(): Finding[] {
    return this.findings;
  }

  // A hostile file can hold a million reportable lines; past this many findings of one rule in one file the rest
  // are counted, not kept (memory, report size, and GitHub's SARIF upload limits stay bounded).
  static readonly MAX_PER_RULE_AND_FILE = 1000;
  private readonly counts = new Map<string, number>();

  /**
   * Count a finding of `ruleId` in `file`; false once the cap is passed. Suppressed findings (an inline directive
   * covers them) count apart, under their own cap: a thousand suppressed findings never push out a reported one.
   */
  admit(file: string, ruleId: string, suppressed = false): boolean {
    const k = `${file}\0${ruleId}${suppressed ? '\0suppressed' : ''}`;
    const n = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, n);
    return n <= FindingSink.MAX_PER_RULE_AND_FILE;
  }

  /** One note per (file, rule) whose findings passed the cap. */
  overflow(): { file: string; reason: string }[] {
    const out: { file: string; reason: string }[] = [];
    for (const [k, n] of this.counts) {
      if (n <= FindingSink.MAX_PER_RULE_AND_FILE) continue;
      const [file, ruleId, suppressed] = k.split('\0') as [string, string, string | undefined];
      const what = suppressed ? 'more suppressed findings not listed' : 'more findings not reported';
      out.push({
        file,
        reason: `capped: ${ruleId}: ${n - FindingSink.MAX_PER_RULE_AND_FILE} ${what} (at most ${FindingSink.MAX_PER_RULE_AND_FILE} per rule and file)`,
      });
    }
    return out;
  }

  /** True when a config `secrets.allow` regex matches the value. */
  allowed(secret: string): boolean {
    return this.allow.some((re) => re.test(secret));
  }

  forFile(file: SourceFile): FileSink {
    return new FileSink(this, file);
  }

  push(f: Finding, text?: string): void {
    this.findings.push(f);
    if (text !== undefined && !this.texts.has(f.file)) this.texts.set(f.file, text);
  }
}

export class FileSink {
  private lines: LineIndex | undefined;
  private readonly occurrences = new Map<string, number>();
  private readonly parsedCache = new Map<string, unknown>();
  private dirs: Directive[] | undefined;
  /** The file holds the suppression marker (looked up once, not per finding: a flood of findings stays linear). */
  private readonly marked: boolean;

  constructor(
    private readonly sink: FindingSink,
    readonly file: SourceFile,
  ) {
    this.marked = file.text.includes('flowguard-ignore');
    if (this.marked) sink.texts.set(file.path, file.text);
  }

  /** The file's inline directives (parsed once, only for a file holding the marker). */
  private directives(): Directive[] {
    this.dirs ??= this.marked ? parseDirectives(this.file.text, this.file.path) : [];
    return this.dirs;
  }

  get index(): LineIndex {
    this.lines ??= new LineIndex(this.file.text);
    return this.lines;
  }

  /** A rule context (report + lazily parsed views) for one rule on this file. */
  context(active: ActiveRule): TextContext {
    return {
      file: this.file,
      report: (target, message, options) => this.report(active, target, message, options),
      parsed: <T>(key: string, parse: (text: string) => T): T => {
        if (!this.parsedCache.has(key)) this.parsedCache.set(key, parse(this.file.text));
        return this.parsedCache.get(key) as T;
      },
    };
  }

  report(active: ActiveRule, target: Target | { line: number; column?: number }, message: string, options: ReportOptions = {}): void {
    let msg = message;
    let key: string;
    if (options.secret !== undefined) {
      const secret = options.secret;
      if (this.sink.allowed(secret)) return;
      this.sink.onSecret?.(secret);
      this.sink.secrets.add(secret);
      this.sink.secretReports++;
      const masked = redact(secret);
      msg = msg.split('{secret}').join(masked);
      // Defence in depth: whatever a rule wrote, the raw value never leaves in a message.
      if (secret.length >= 4) msg = msg.split(secret).join(masked);
      key = secretKey(secret);
    } else key = options.key ?? '';

    msg = scrubTokens(msg);
    const finding: Finding = {
      ruleId: active.rule.id,
      severity: options.severity && active.severity === active.rule.severity ? options.severity : active.severity,
      file: this.file.path,
      message: msg,
      fingerprint: '',
      suppressed: false,
    };
    let range: readonly [number, number] | undefined;
    if (target && 'range' in target && target.range) range = target.range;
    if (range) {
      const start = this.index.position(range[0]);
      const end = this.index.position(Math.max(range[0], range[1]));
      finding.line = start.line;
      finding.column = start.column;
      finding.endLine = end.line;
      finding.endColumn = end.column;
      if (!key) key = this.file.text.slice(range[0], Math.min(range[1], range[0] + 300));
    } else if (target && 'line' in target) {
      finding.line = target.line;
      finding.column = target.column ?? 1;
      finding.endLine = target.line;
      finding.endColumn = (target.column ?? 1) + Math.max(0, this.index.lineText(target.line).length - (target.column ?? 1) + 1);
      if (!key) key = this.index.lineText(target.line).trim();
    }
    const covered =
      finding.line !== undefined && this.directives().length > 0 && coveringDirective(this.directives(), finding.line, finding.ruleId) !== undefined;
    if (!this.sink.admit(this.file.path, active.rule.id, covered)) return;
    if (!key) key = msg;
    const occ = `${finding.ruleId}\0${key}`;
    const n = this.occurrences.get(occ) ?? 0;
    this.occurrences.set(occ, n + 1);
    finding.fingerprint = fingerprint(finding.ruleId, finding.file, key, n);
    if (options.flow && options.flow.length) finding.flow = options.flow.map((s) => this.flowLocation(s));
    if (options.related && options.related.length) finding.related = options.related.map((s) => this.flowLocation(s));
    if (options.properties)
      finding.properties = Object.fromEntries(Object.entries(options.properties).map(([k, v]) => [k, typeof v === 'string' ? scrubTokens(v) : v]));
    this.sink.push(finding, this.marked ? this.file.text : undefined);
  }

  private flowLocation(step: FlowStep): FlowLocation {
    if (step.file && step.file !== this.file.path && step.at) {
      const { line, column, endLine, endColumn } = step.at;
      return { line, column, endLine, endColumn, label: scrubTokens(step.label), message: scrubTokens(step.message ?? step.label), file: step.file };
    }
    const s = this.index.position(step.range[0]);
    const e = this.index.position(Math.max(step.range[0], step.range[1]));
    return {
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      label: scrubTokens(step.label),
      message: scrubTokens(step.message ?? step.label),
    };
  }

  finish(): void {
    this.parsedCache.clear();
  }
}
