// GitHub workflow views for the agent/* rules: triggers, which steps run a coding agent and where their prompt is,
// and which `${{ … }}` expressions carry text that someone outside the repository wrote.
import { at, get, isMap, isScalar, isSeq, str, type CNode, type Range } from './tree.js';

export interface Trigger {
  name: string;
  /** Activity types (`types:`), undefined when every type fires. */
  types: string[] | undefined;
  range: Range;
}

/** The events of a workflow's `on:` (string, list or map form). */
export function workflowTriggers(root: CNode | undefined): Trigger[] {
  const on = get(root, 'on', 'true');
  if (isScalar(on) && typeof on.value === 'string') return [{ name: on.value, types: undefined, range: on.range }];
  if (isSeq(on)) return on.items.flatMap((i) => (isScalar(i) && typeof i.value === 'string' ? [{ name: i.value, types: undefined, range: i.range }] : []));
  if (!isMap(on)) return [];
  return on.entries.map((e) => {
    const t = get(e.value, 'types');
    const types = isSeq(t)
      ? t.items.flatMap((i) => (isScalar(i) ? [String(i.value)] : []))
      : isScalar(t) && typeof t.value === 'string'
        ? [t.value]
        : undefined;
    return { name: e.key, types, range: e.keyRange };
  });
}

/**
 * Event payload text that the author of an issue, comment, pull request, review or discussion controls, and the
 * events (any GitHub user can fire them on a public repository) that carry it. `push` is absent: pushers have write access.
 * Pull request text counts only on `pull_request_target`: on `pull_request` and the review events a fork's pull request
 * runs without secrets and with a read-only token, and a same-repository pull request is a writer's.
 */
export const UNTRUSTED_TEXT: { entity: string; re: RegExp; events: string[] }[] = [
  { entity: 'issue', re: /\bgithub\.event\.issue\.(title|body)\b/, events: ['issues', 'issue_comment'] },
  {
    entity: 'comment',
    re: /\bgithub\.event\.comment\.body\b/,
    events: ['issue_comment', 'pull_request_review_comment', 'discussion_comment', 'commit_comment'],
  },
  {
    entity: 'pull_request',
    re: /\bgithub\.event\.pull_request\.(title|body|head\.ref|head\.label|head\.repo\.(default_branch|description|homepage))\b/,
    events: ['pull_request_target'],
  },
  { entity: 'pull_request', re: /\bgithub\.head_ref\b/, events: ['pull_request_target'] },
  { entity: 'review', re: /\bgithub\.event\.review\.body\b/, events: ['pull_request_review'] },
  { entity: 'discussion', re: /\bgithub\.event\.discussion\.(title|body)\b/, events: ['discussion', 'discussion_comment'] },
  { entity: 'answer', re: /\bgithub\.event\.answer\.body\b/, events: ['discussion'] },
  {
    entity: 'workflow_run',
    re: /\bgithub\.event\.workflow_run\.(head_branch|display_title|head_commit\.(message|author\.(name|email))|pull_requests\[\d+\]\.head\.ref)\b/,
    events: ['workflow_run'],
  },
];

/** Events any GitHub user can fire that carry untrusted text. */
export const UNTRUSTED_EVENTS = [...new Set(UNTRUSTED_TEXT.flatMap((u) => u.events))];

/** The workflow's triggers that deliver `entity`'s text (`event` = the whole payload: every untrusted trigger). */
export const carriers = (entity: string, triggers: Trigger[]): Trigger[] =>
  triggers.filter((t) =>
    entity === 'event' ? UNTRUSTED_EVENTS.includes(t.name) : UNTRUSTED_TEXT.some((u) => u.entity === entity && u.events.includes(t.name)),
  );

/**
 * Whether the author of `entity`'s text is always the actor of the event, for the events this workflow listens to.
 * Agents that refuse actors without write access (claude-code-action, codex-action) are then only driven by writers' text.
 */
export function authorIsActor(entity: string, triggers: Trigger[]): boolean {
  if (entity === 'event') return false;
  const within = (t: Trigger, ok: string[]): boolean => t.types === undefined || t.types.every((x) => ok.includes(x));
  for (const t of carriers(entity, triggers)) {
    let same = false;
    if (entity === 'comment') same = /comment$/.test(t.name) && within(t, ['created', 'edited']);
    else if (entity === 'review') same = t.name === 'pull_request_review' && within(t, ['submitted', 'edited']);
    else if (entity === 'issue') same = t.name === 'issues' && t.types !== undefined && within(t, ['opened', 'edited']);
    else if (entity === 'pull_request')
      same = t.name === 'pull_request_target' && within(t, ['opened', 'edited', 'synchronize', 'reopened', 'ready_for_review']);
    else if (entity === 'discussion' || entity === 'answer') same = t.name === 'discussion' && t.types !== undefined && within(t, ['created', 'edited']);
    else if (entity === 'workflow_run') same = true;
    if (!same) return false;
  }
  return true;
}

export interface UntrustedHit {
  range: Range;
  ref: string;
  entity: string;
  /** The env variable the text went through. */
  viaEnv?: string;
  /** The earlier step whose output carries the text. */
  viaStep?: string;
}
type Carried = Map<string, { entity: string; ref: string }>;

/** Untrusted `${{ … }}` references inside a source range: direct, through `env.NAME`, or through `steps.ID.outputs.*`. */
export function untrustedExpressions(text: string, range: Range, envNames: Carried, stepOutputs: Carried = new Map()): UntrustedHit[] {
  const out: UntrustedHit[] = [];
  const src = text.slice(range[0], range[1]);
  for (const m of src.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expr = m[1]!;
    const r: Range = [range[0] + m.index, range[0] + m.index + m[0].length];
    const direct = untrustedIn(expr);
    if (direct) {
      out.push({ range: r, ...direct });
      continue;
    }
    const env = /\benv\.([A-Za-z_][\w-]*)/.exec(expr);
    const hit = env && envNames.get(env[1]!);
    if (hit) {
      out.push({ range: r, ...hit, viaEnv: env[1]! });
      continue;
    }
    const step = /\bsteps\.([\w-]+)\.outputs\b/.exec(expr);
    const carried = step && stepOutputs.get(step[1]!);
    if (carried) out.push({ range: r, ...carried, viaStep: step[1]! });
  }
  return out;
}

/** Steps (by `id`) of one job whose `run`, `with` or `env` take untrusted text in: their outputs may carry it on. */
export function taintedSteps(text: string, steps: CNode[], outerEnv: Carried): Carried {
  const out: Carried = new Map();
  for (const s of steps) {
    const id = str(get(s, 'id'));
    if (!id) continue;
    const env = new Map([...outerEnv, ...untrustedEnv(text, get(s, 'env'))]);
    const hits = untrustedExpressions(text, s.range, new Map(), out);
    const run = str(get(s, 'run')) ?? '';
    const viaEnv = [...env].find(([name]) => new RegExp(`\\$\\{?${name}\\b`).test(run));
    const first = hits[0] ?? (viaEnv ? { ...viaEnv[1] } : undefined);
    if (first) out.set(id, { entity: first.entity, ref: first.ref });
  }
  return out;
}

/** The first untrusted context reference in an expression body. Guards such as `contains(x, '@claude')` do not pass text on. */
export function untrustedIn(expr: string): { ref: string; entity: string } | undefined {
  // `contains(github.event.comment.body, '@claude')`, `startsWith(...)` and comparisons yield booleans, not the text.
  const lit = `('[^']*'|"[^"]*"|\\d+|true|false|null)`;
  const e = expr
    .replace(/\b(contains|startsWith|endsWith)\s*\((?:[^()]|\([^()]*\))*\)/g, 'false')
    .replace(new RegExp(`[\\w.\\[\\]*-]+\\s*(==|!=)\\s*${lit}`, 'g'), 'false')
    .replace(new RegExp(`${lit}\\s*(==|!=)\\s*[\\w.\\[\\]*-]+`, 'g'), 'false');
  const whole = /\btoJSON\s*\(\s*github\.event(?:\.(issue|comment|pull_request|review|discussion))?\s*\)/.exec(e);
  if (whole) return { ref: whole[0], entity: whole[1] ?? 'event' };
  for (const u of UNTRUSTED_TEXT) {
    const m = u.re.exec(e);
    if (m) return { ref: m[0], entity: u.entity };
  }
  return undefined;
}

export interface AgentStepInfo {
  /** `anthropics/claude-code-action`, `claude` (CLI), … */
  agent: string;
  kind: 'action' | 'cli';
  /** The action refuses actors without write access (unless a wildcard allow list is set). */
  actorCheck: boolean;
  /** `allowed_non_write_users: "*"`, `allow-users: "*"`: anyone passes the check. */
  anyActor: boolean;
  /** Scalar inputs that become prompt text (or `run:` for CLI calls). */
  prompts: CNode[];
}

const ACTIONS: { re: RegExp; agent: string; actorCheck: boolean; prompts: string[]; anyActor: string[] }[] = [
  {
    re: /^[\w.-]+\/claude-code-action(@|$)/i,
    agent: 'claude-code-action',
    actorCheck: true,
    prompts: ['prompt', 'direct_prompt', 'override_prompt', 'custom_instructions', 'claude_args'],
    anyActor: ['allowed_non_write_users'],
  },
  {
    re: /^[\w.-]+\/claude-code-base-action(@|$)/i,
    agent: 'claude-code-base-action',
    actorCheck: false,
    prompts: ['prompt', 'system_prompt', 'append_system_prompt', 'claude_args'],
    anyActor: [],
  },
  { re: /^openai\/codex-action(@|$)/i, agent: 'openai/codex-action', actorCheck: true, prompts: ['prompt', 'codex-args'], anyActor: ['allow-users'] },
  {
    re: /^google-github-actions\/run-gemini-cli(@|$)|^google-gemini\/gemini-cli-action(@|$)/i,
    agent: 'run-gemini-cli',
    actorCheck: false,
    prompts: ['prompt'],
    anyActor: [],
  },
  {
    re: /^[\w.-]+\/[\w.-]*(claude|codex|gemini|opencode|cursor|aider|goose|qwen|copilot-agent|amp-)[\w.-]*(\/[\w./-]+)?(@|$)/i,
    agent: '',
    actorCheck: false,
    prompts: ['prompt', 'instructions', 'task', 'message', 'direct_prompt', 'custom_instructions'],
    anyActor: [],
  },
];

/** Agent CLIs in `run:` scripts that take a prompt argument. */
export const AGENT_CLI =
  /(?:^|[\s;&|(`$"'])((?:npx\s+(?:-y\s+)?@anthropic-ai\/claude-code\S*|claude)\s+(?:[^\n]*\s)?(?:-p|--print)\b|(?:npx\s+(?:-y\s+)?@openai\/codex\S*|codex)\s+(?:e\b|(?:[^\n]*\s)?exec\b)|(?:npx\s+(?:-y\s+)?@google\/gemini-cli\S*|gemini)\s+(?:[^\n]*\s)?(?:-p|--prompt|-i|--prompt-interactive)\b|cursor-agent\b|aider\s+(?:[^\n]*\s)?(?:-m|--message)\b|opencode\s+run\b|qwen\s+(?:[^\n]*\s)?(?:-p|--prompt)\b|copilot\s+(?:[^\n]*\s)?(?:-p|--prompt)\b|goose\s+run\b|amp\s+(?:[^\n]*\s)?(?:-x|--execute)\b)/m;

export function agentStepInfo(step: CNode): AgentStepInfo | undefined {
  const uses = str(get(step, 'uses'))?.trim();
  const w = get(step, 'with');
  if (uses) {
    for (const a of ACTIONS) {
      if (!a.re.test(uses)) continue;
      const prompts = a.prompts.map((k) => get(w, k)).filter((n): n is CNode => isScalar(n) && typeof n.value === 'string');
      if (!a.agent && !prompts.length) return undefined;
      const anyActor = a.anyActor.some(
        (k) =>
          str(get(w, k))
            ?.split(',')
            .some((s) => s.trim() === '*') ?? false,
      );
      return { agent: uses.replace(/@.*$/, ''), kind: 'action', actorCheck: a.actorCheck, anyActor, prompts };
    }
    return undefined;
  }
  const run = get(step, 'run');
  const script = str(run);
  if (!script) return undefined;
  const m = AGENT_CLI.exec(script);
  if (!m) return undefined;
  const agent = /codex/.test(m[1]!) ? 'codex' : /gemini/.test(m[1]!) ? 'gemini' : /claude/.test(m[1]!) ? 'claude' : m[1]!.split(/\s+/)[0]!;
  return { agent, kind: 'cli', actorCheck: false, anyActor: false, prompts: [run!] };
}

/** `env:` names (workflow, job, step) whose value holds untrusted event text. */
export function untrustedEnv(text: string, ...envs: (CNode | undefined)[]): Map<string, { entity: string; ref: string }> {
  const out = new Map<string, { entity: string; ref: string }>();
  for (const env of envs) {
    if (!isMap(env)) continue;
    for (const e of env.entries) {
      if (!isScalar(e.value) || typeof e.value.value !== 'string') continue;
      for (const m of e.value.value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        const hit = untrustedIn(m[1]!);
        if (hit) out.set(e.key, hit);
      }
    }
  }
  void text;
  return out;
}

/** The token permissions a job runs with: its own `permissions:`, else the workflow's; undefined = repository default. */
export function jobPermissions(root: CNode | undefined, job: CNode): { node: CNode; write: string[] } | undefined {
  const p = get(job, 'permissions') ?? get(root, 'permissions');
  if (!p) return undefined;
  if (isScalar(p)) return { node: p, write: p.value === 'write-all' ? ['write-all'] : [] };
  if (!isMap(p)) return { node: p, write: [] };
  return { node: p, write: p.entries.filter((e) => str(e.value) === 'write').map((e) => e.key) };
}

/** Names of the repository secrets a job's text references (GITHUB_TOKEN excluded: the permissions say what it can do). */
export function jobSecrets(text: string, job: CNode, root: CNode | undefined): string[] {
  const names = new Set<string>();
  const ranges = [job.range, get(root, 'env')?.range].filter((r): r is Range => !!r);
  for (const r of ranges)
    for (const m of text.slice(r[0], r[1]).matchAll(/\bsecrets\.([A-Za-z_][\w]*)|\bsecrets\[['"]([\w-]+)['"]\]/g)) names.add(m[1] ?? m[2]!);
  names.delete('GITHUB_TOKEN');
  if (/^\s*inherit\s*$/.test(str(get(job, 'secrets')) ?? '')) names.add('inherit');
  return [...names].sort();
}

/** `if:` conditions on the job and the step that require a trusted author association for `entity`. */
export function associationGated(entity: string, ...conds: (CNode | undefined)[]): boolean {
  for (const c of conds) {
    const s = isScalar(c) ? String(c.value) : '';
    if (!s) continue;
    const mentions =
      new RegExp(`github\\.event\\.${entity}\\.author_association`).test(s) ||
      (entity === 'comment' && /github\.event\.(comment|review|issue)\.author_association/.test(s) && /\|\|/.test(s));
    if (mentions && /['"](OWNER|MEMBER|COLLABORATOR)['"]/.test(s) && !/!=\s*['"](OWNER|MEMBER|COLLABORATOR)/.test(s)) return true;
    if (/github\.(actor|triggering_actor|event\.sender\.login)\s*==\s*['"][\w-]+['"]/.test(s) && entity === 'comment') return true;
  }
  return false;
}

export const jobIf = (job: CNode): CNode | undefined => get(job, 'if');
export const workflowEnv = (root: CNode | undefined): CNode | undefined => at(root, 'env');

/** Flags and inputs that turn an agent's own approval prompts or sandbox off. */
const BYPASS =
  /--dangerously-skip-permissions\b|--allow-dangerously-skip-permissions\b|--permission-mode[=\s]+["']?bypassPermissions\b|--dangerously-bypass-approvals-and-sandbox\b|--full-auto\b|--sandbox[=\s]+["']?danger-full-access\b|--yolo\b|--approval-mode[=\s]+["']?yolo\b|(?<=cursor-agent[^\n]*)--force\b|--yes-always\b/;

/** What a hijacked agent step can do beyond answering: approvals off, or any shell command. */
export function stepPowers(text: string, step: CNode): { bypass?: { range: Range; label: string }; bash?: { range: Range; label: string } } {
  const out: { bypass?: { range: Range; label: string }; bash?: { range: Range; label: string } } = {};
  const src = text.slice(step.range[0], step.range[1]);
  const b = BYPASS.exec(src);
  if (b) out.bypass = { range: [step.range[0] + b.index, step.range[0] + b.index + b[0].length], label: b[0] };
  const w = get(step, 'with');
  for (const [key, bad] of [
    ['sandbox', /^danger-full-access$/],
    ['safety-strategy', /^unsafe$/],
    ['permission_mode', /^bypassPermissions$/],
  ] as const) {
    const n = get(w, key);
    if (!out.bypass && n && bad.test(str(n) ?? '')) out.bypass = { range: n.range, label: `${key}: ${str(n)}` };
  }
  // Unscoped Bash in an allow list: `allowed_tools: "Bash,Read"`, `--allowedTools "Bash"`, `--allowed-tools Bash(*)`.
  const lists: { value: string; start: number }[] = [];
  const at0 = get(w, 'allowed_tools');
  if (isScalar(at0) && typeof at0.value === 'string') lists.push({ value: text.slice(at0.range[0], at0.range[1]), start: at0.range[0] });
  for (const m of src.matchAll(/--(?:allowedTools|allowed-tools)(?:=|\s+)("[^"]*"|'[^']*'|\S+)/g))
    lists.push({ value: m[1]!, start: step.range[0] + m.index + m[0].length - m[1]!.length });
  for (const l of lists) {
    const m = /(?:^|[\s,"'=[])(Bash(?:\(\s*[*:]*\s*\))?)(?=$|[\s,"'\]])/.exec(l.value);
    if (m) {
      const i = m.index + m[0].length - m[1]!.length;
      out.bash = { range: [l.start + i, l.start + i + m[1]!.length], label: m[1]! };
      break;
    }
  }
  return out;
}
