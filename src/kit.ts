// The rule kit: the only project module a file under rules/ imports (tests/rules.meta.test.ts checks it).
// Everything a rule author needs is named here; engines change behind it without touching the rules.
// Read this file top to bottom to know what exists.

// ── The rule contract ───────────────────────────────────────────────────────────────────────────
export { defineRule, sample, SEVERITIES } from './rule.js';
export type {
  BaseContext,
  Category,
  CodeContext,
  CodeRule,
  Confidence,
  ConfigRule,
  Example,
  FlowStep,
  Handler,
  Node,
  NodeOf,
  NodeType,
  ProjectContext,
  ProjectFile,
  ProjectRule,
  Provenance,
  ProvenanceKind,
  SinkKind,
  ReportOptions,
  Rule,
  SecretHit,
  Severity,
  SourceFile,
  Target,
  TextContext,
  TextRule,
  Visitor,
} from './rule.js';
/** The typescript-estree node types (`TSESTree.CallExpression`, …). */
export type { TSESTree } from '@typescript-eslint/types';

// ── Code: queries on the AST and its scopes (ctx.resolver) ──────────────────────────────────────
export type { Binding, BindingKind, Resolver } from './analyzers/code/resolve.js';
export { CHILD_KEYS, constValue, looseConstValue, normaliseModule, propertyName, unwrap } from './analyzers/code/resolve.js';
export {
  calleeName,
  declaredType,
  dynamicParts,
  enclosingFunction,
  endsInJump,
  forEachChild,
  fromParameter,
  functionName,
  holdsIfFalse,
  holdsIfTrue,
  identifierWords,
  isCallTo,
  isConstant,
  isFunctionNode,
  isNumeric,
  isNumericIndex,
  isOwnProcess,
  isRequestValue,
  isStringLike,
  isSymbolKey,
  isWithin,
  memberChain,
  numericName,
  objectLiteral,
  propertyValue,
} from './analyzers/code/query.js';
/** Shapes code/prototype-pollution asks about: key loops, fresh and prototype-free targets, constant keys, builtin extensions. */
export type { LoopKey } from './analyzers/code/pollution.js';
export {
  accessorShape,
  addTest,
  builtinPrototype,
  builtinSeverity,
  constantChoice,
  freshLocal,
  freshValue,
  loopHead,
  loopOver,
  paramIndexes,
  polyfill,
  prototypeFree,
  push,
  returnsNested,
} from './analyzers/code/pollution.js';
export type { GuardCall, PollutionFacts } from './analyzers/code/pollution-facts.js';
export { pollutionFacts } from './analyzers/code/pollution-facts.js';
export { guardName, pollutionGuards } from './analyzers/code/pollution-guards.js';
export type { HelperWalk } from './analyzers/code/pollution-walks.js';
export { helperWalk, reduceWalk, twoLevel } from './analyzers/code/pollution-walks.js';
/** The same-file call graph: what a callee stands for, who calls whom, cycles, the file's public functions. */
export type { CallEdge, CallGraph, CallLike } from './analyzers/code/callgraph.js';
export { callGraph, callSites } from './analyzers/code/callgraph.js';
/** A short one-line description of a node for messages: `req.query.expr`. */
export { describe } from './analyzers/code/describe.js';

// ── Dataflow: taint and provenance ──────────────────────────────────────────────────────────────
export type { TaintKind } from './analyzers/taint/index.js';
export { isLowTrustFlow, taintFor } from './analyzers/taint/index.js';
export { brokenPrefixCheck } from './analyzers/taint/broken.js';
/** Where a sink value comes from, graded (trusted constants and own-package facts, untrusted, library-input, unknown). */
export { isTrusted, PROVENANCE_RANK, provenanceOf, untrustedParts, worstProvenance } from './analyzers/code/provenance-local.js';

// ── Config files: which file is what ────────────────────────────────────────────────────────────
export {
  hasCommands,
  isAgentMarkdown,
  isClaudeFlowConfig,
  isClaudeSettings,
  isCodexConfig,
  isOpencodeConfig,
  isContinueConfig,
  isMcpConfig,
  isPackageJson,
  isProfileConfigPath,
  isShellLike,
  isSharedSettings,
  isSubagent,
  isWorkflow,
} from './analyzers/config/files.js';
export { asksForSqlcipher, isAgentMemory, isEnvFile, isMemoryDb, isPlainSqlite, isStageEnv, isStateDir, sqlcipherConfigs } from './analyzers/config/hygiene.js';

// ── Config files: the parsed tree (JSON/JSONC/YAML share one node shape) ─────────────────────────
export type { CNode, MapEntry, MapNode, Range, ScalarNode, SeqNode } from './analyzers/config/tree.js';
export { at, entry, get, isMap, isScalar, isSeq, listItems, normKey, plain, scalarText, splitList, str, walk } from './analyzers/config/tree.js';
export { tryParseJsonc } from './analyzers/config/jsonc.js';

// ── Config files: agent accessors (permissions, MCP servers, hooks, command lines, workflow steps) ─
export type { CommandLine, HookCommand, McpServer, Origin, Permission, WorkflowStep } from './analyzers/config/agent.js';
export { isDocFile, mcpAddCommands, type McpAddCommand } from './analyzers/config/mcp-add.js';
/** Download-and-run and unpinned installs in command text, and where each command line runs. */
export type { CommandSite, DownloadRun, UnpinnedInstall } from './analyzers/config/download.js';
export {
  commandSites,
  downloadGrade,
  downloadRun,
  hookScripts,
  isActionMetadata,
  logicalLines,
  oneUp,
  siteRange,
  unpinnedInstall,
} from './analyzers/config/download.js';
export { isFetchTool, isShellTool, listedTools, shellCapability, SHELL_SERVER_NAME } from './analyzers/config/mcp-tools.js';
/** GitHub workflows: triggers, agent steps and their prompts, untrusted `${{ github.event.… }}` text, token powers. */
export type { AgentStepInfo, Trigger, UntrustedHit } from './analyzers/config/workflow.js';
export {
  UNTRUSTED_EVENTS,
  agentStepInfo,
  associationGated,
  authorIsActor,
  carriers,
  jobPermissions,
  jobSecrets,
  stepPowers,
  taintedSteps,
  untrustedEnv,
  untrustedExpressions,
  untrustedIn,
  workflowTriggers,
} from './analyzers/config/workflow.js';
export {
  DOWNLOAD_EXEC,
  bashCommand,
  commandLines,
  doc,
  fileContext,
  shellEscape,
  stepIn,
  flowPermissionSites,
  frontmatter,
  hookCommands,
  isAgentStep,
  isInsecureUrl,
  isLoopbackHost,
  isPinnedSpec,
  isPlaceholder,
  isReference,
  isWildcard,
  json,
  launchLine,
  launcherPackage,
  literalSecret,
  matchRange,
  mcpServers,
  offNote,
  serverGrade,
  packageName,
  parsePermission,
  permissions,
  printedAt,
  toml,
  walkAll,
  workflowSteps,
  yaml,
} from './analyzers/config/agent.js';

// ── Text helpers ────────────────────────────────────────────────────────────────────────────────
export { LineIndex } from './core/lines.js';
export type { Directive } from './suppress/inline.js';
export { parseDirectives } from './suppress/inline.js';
export { CODE_EXECUTION, skipReason } from './core/skip.js';
export { isCodeFile, isNodeScript } from './analyzers/code/parse.js';

// ── Grading ─────────────────────────────────────────────────────────────────────────────────────
import { type ReportOptions, SEVERITIES as ORDER, type Provenance as P, type Severity as S } from './rule.js';

/**
 * The severity a finding gets from where its value comes from (INTERFACE.md "How code and path findings are
 * graded"): untrusted → `base`; library-input → `base` capped at `high`; unknown → `low` (`base` when that is lower); trusted → no finding.
 */
export function gradeFor(p: P, base: S): S | undefined {
  switch (p.kind) {
    case 'untrusted':
      return base;
    case 'library-input':
      return ORDER.indexOf(base) < ORDER.indexOf('high') ? 'high' : base;
    case 'unknown':
      return ORDER.indexOf(base) < ORDER.indexOf('low') ? 'low' : base;
    case 'trusted':
      return undefined;
  }
}

/** How a code or path rule grades its findings: its declared severity, and whether its sink runs code. */
export interface Grading {
  /** The rule's `severity` (metadata). */
  severity: S;
  /** The sink runs code (a shell, eval, a loaded module): an untrusted value reaching it is `critical`. */
  execution?: boolean;
}

const cap = (s: S, most: S): S => (ORDER.indexOf(s) < ORDER.indexOf(most) ? most : s);

/**
 * The one grading every code rule uses (INTERFACE.md "How code and path findings are graded"): untrusted → the
 * rule's severity (`critical` when the sink runs code); library input → the rule's severity capped at `high`;
 * unknown → capped at `low`; trusted → no finding.
 */
export function severityFor(p: P, g: Grading): S | undefined {
  switch (p.kind) {
    case 'untrusted':
      return g.execution ? 'critical' : g.severity;
    case 'library-input':
      return cap(g.severity, 'high');
    case 'unknown':
      return cap(g.severity, 'low');
    case 'trusted':
      return undefined;
  }
}

/** Report options of a graded finding (severity, the flow, `properties.provenance`), or undefined when it is no finding. */
export function graded(p: P, g: Grading): ReportOptions | undefined {
  const severity = severityFor(p, g);
  if (!severity) return undefined;
  return { severity, ...(p.flow ? { flow: p.flow } : {}), properties: { provenance: p.kind } };
}

// ── Security-profile controls (rules/profile/<id>.ts; thresholds in rules/profiles/*.yaml) ──────────
export { defineControl, durationOf, noConfig, profileExample, profileLineOf, profileYaml, show, sub, truthy } from './profile/control.js';
export type { ControlDefinition, ControlRule, Found, ProfileEvaluator, ProjectView, ValueCheck } from './profile/control.js';
export type { ControlResult, ControlSpec, Evidence } from './profile/types.js';
export { isUnknown } from './profile/static-eval.js';
export { formatDuration, parseCpu, parseDuration, parseSize } from './profile/units.js';
export { SEVERITY_RANK } from './core/finding.js';
