// The rule contract: every rule file default-exports defineRule({...}).
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from './analyzers/code/resolve.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export type Category = 'code' | 'path' | 'secret' | 'agent' | 'profile';
export type Confidence = 'high' | 'medium' | 'low';
export type Node = TSESTree.Node;

export interface Example {
  /** File content. */
  code: string;
  /** File path relative to the scan root (default depends on the rule kind, e.g. `example.ts`). */
  path?: string;
  /** Expected 1-based line of the single finding (bad examples only). */
  line?: number;
  /** Extra files of a small project (path → content), for config and project rules. */
  files?: Record<string, string>;
  /** File modes to set (path → octal mode), for project rules. */
  modes?: Record<string, number>;
  note?: string;
  /** A known gap: the assertion is inverted until the rule improves. */
  todo?: boolean;
}

/** One step of a dataflow (taint) explanation, from source to sink. */
export interface FlowStep {
  /** Offset range in the file of this step. */
  range: readonly [number, number];
  /** Short label, e.g. `req.query.file`, `name`, `fs.readFile`. */
  label: string;
  message?: string;
  /** Root-relative posix path when the step is in another file than the finding. */
  file?: string;
  /** With `file`: the step's own 1-based position in that file (the range is an offset there). */
  at?: { line: number; column: number; endLine: number; endColumn: number };
}

/** Where a value comes from, for grading (INTERFACE.md "How code and path findings are graded"; /work/notes/PROVENANCE.md). */
export type ProvenanceKind = 'untrusted' | 'library-input' | 'unknown' | 'trusted';
export interface Provenance {
  kind: ProvenanceKind;
  /** Source → sink steps when kind is untrusted or library-input. */
  flow?: FlowStep[];
  /** Short human description of the origin, e.g. "MCP tool argument `path`", "__dirname". */
  origin?: string;
  /** A path the code joined below a base of its own on the way (`path.join(root, value)`), so it means to keep it there. */
  below?: boolean;
}

export interface ReportOptions {
  /** The raw secret: never stored, only redacted into the message tail (and masked wherever else it appears); the fingerprint never hashes it. */
  secret?: string;
  /** Override the rule severity for this finding (e.g. a constant string timer is lower). */
  severity?: Severity;
  /** Dataflow from source to sink (SARIF codeFlows). */
  flow?: FlowStep[];
  /** The other places a finding rests on (SARIF relatedLocations): the parts of a toxic combination. */
  related?: FlowStep[];
  /** Stable text for the fingerprint; defaults to the normalised source text of the target. */
  key?: string;
  /** Extra SARIF result properties (never a secret). */
  properties?: Record<string, string | number | boolean>;
}

/** Where a finding points: an AST node, an offset range, or a whole file (`null`). */
export type Target = Node | { range: readonly [number, number] } | null;

export interface SourceFile {
  /** Path relative to the scan root, `/` separators. */
  path: string;
  /** Decoded text (BOM stripped). */
  text: string;
}

export interface BaseContext {
  readonly file: SourceFile;
  report(target: Target, message: string, options?: ReportOptions): void;
}

export interface CodeContext extends BaseContext {
  readonly ast: TSESTree.Program;
  readonly resolver: Resolver;
  /** Source text of a node (a plain function: rules pass `ctx.text` on as a callback). */
  readonly text: (node: Node) => string;
  /**
   * The dataflow from an untrusted source to `node`, if the taint analysis finds one
   * (undefined when the taint analysis is off or finds none).
   */
  taint(node: Node): FlowStep[] | undefined;
  /**
   * Where the value at a sink comes from, graded (INTERFACE.md "How code and path findings are graded"): untrusted
   * (a source reaches it, in this file or through the package's imports and calls), library-input (a parameter of
   * the package's public API), trusted (constants, own-package facts, or a guard the analysis recognises on the way)
   * or unknown. `sink: 'path'` honours path guards and sanitizers (basename, root-prefix checks); `sink: 'command'`
   * (a program launch, a URL handed to the OS) also counts a network response as untrusted.
   */
  readonly provenance: (node: Node, sink?: SinkKind) => Provenance;
}

/** What kind of sink a provenance query is for: `path` sinks honour path guards and sanitizers; `command` is a generic sink where a network response is untrusted. */
export type SinkKind = 'path' | 'generic' | 'command';

/** Every typescript-estree node type name (`'CallExpression'`, …). */
export type NodeType = TSESTree.Node['type'];
/** The node of one type: `NodeOf<'CallExpression'>` is `TSESTree.CallExpression`. */
export type NodeOf<K extends NodeType> = Extract<TSESTree.Node, { type: K }>;
/** A handler of one node type. */
export type Handler<K extends NodeType = NodeType> = (node: NodeOf<K>) => void;
/**
 * Node type → handler, called as the walk enters a node of that type, and `Type:exit` → handler, called as it
 * leaves it (as in eslint). Typed per key: a misspelt node type or a handler of the wrong node type does not compile.
 */
export type Visitor = { [K in NodeType]?: Handler<K> } & { [K in NodeType as `${K}:exit`]?: Handler<K> };

export interface TextContext extends BaseContext {
  /** Lazily parsed structured views of the file, shared by every rule (parsed at most once per key). */
  parsed<T>(key: string, parse: (text: string) => T): T;
}

export interface ProjectFile {
  path: string;
  /** lstat mode bits (`mode & 0o777`). */
  mode: number;
  size: number;
  isDirectory: boolean;
}

export interface ProjectContext {
  /** Every file and directory the discovery kept or saw under the root (gitignored ones excluded). */
  readonly files: readonly ProjectFile[];
  /** All paths present under the root, ignored ones included (so hygiene rules can see `.env`). */
  readonly allFiles: readonly ProjectFile[];
  /** True when `path` is matched by the project's .gitignore files. */
  isGitIgnored(path: string, isDirectory?: boolean): boolean;
  /** Whether git tracks the file: its mode then comes from git (644/755), not from this machine. Undefined outside a git work tree. */
  isGitTracked(path: string): boolean | undefined;
  /** Read a file under the root as text (undefined when missing or unreadable). Never follows symlinks out. */
  readText(path: string): string | undefined;
  /** Read the first bytes of a file. */
  readHead(path: string, bytes: number): Buffer | undefined;
  report(path: string, target: Target | { line: number; column?: number }, message: string, options?: ReportOptions): void;
  /** What the secret rules find in a file (any scan type, every shard alike); the secret itself is never given. */
  secretsIn(path: string): readonly SecretHit[];
}

/** One secret the secret rules found in a file: where, and which rule. */
export interface SecretHit {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface RuleBase {
  /** `<category>/<kebab-name>`; the file path under `rules/`. */
  id: string;
  /** Sentence case, no trailing period. */
  title: string;
  severity: Severity;
  /** e.g. `['CWE-95']`. */
  cwe: string[];
  confidence: Confidence;
  status?: 'experimental' | 'stable';
  /** Markdown: why it matters, then a `**Fix:**` paragraph. */
  help: string;
  examples: { bad: Example[]; good: Example[] };
}

export interface CodeRule extends RuleBase {
  kind: 'code';
  /** Optional prefilter: the file is parsed for this rule only when it contains one of these (case-insensitive). */
  keywords?: readonly string[];
  visit(ctx: CodeContext): Visitor;
}

export interface TextRule extends RuleBase {
  kind: 'text';
  /** Cheap prefilter: the rule runs only on files containing one of these (case-insensitive). Empty = every file. */
  keywords: string[];
  /** Which files (root-relative path) the rule applies to; default every text file. */
  files?: (path: string) => boolean;
  check(ctx: TextContext): void;
}

export interface ConfigRule extends RuleBase {
  kind: 'config';
  /** Which files (root-relative path) the rule reads. */
  files: (path: string) => boolean;
  check(ctx: TextContext): void;
}

export interface ProjectRule extends RuleBase {
  kind: 'project';
  check(ctx: ProjectContext): void;
}

export type Rule = CodeRule | TextRule | ConfigRule | ProjectRule;

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

export function categoryOf(id: string): Category {
  return id.slice(0, id.indexOf('/')) as Category;
}

/**
 * A deterministic pseudo-random token for examples and tests, so token-shaped strings never sit in the repo.
 * `sample('npm_', 36)` → `npm_` + 36 characters of [A-Za-z0-9], the same every run for the same arguments.
 */
export function sample(prefix: string, length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', seed = 0): string {
  let h = 2166136261 ^ seed;
  for (const ch of prefix + ':' + length + ':' + alphabet.length) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let out = '';
  for (let i = 0; i < length; i++) {
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
    out += alphabet[(h >>> 0) % alphabet.length];
  }
  return prefix + out;
}
