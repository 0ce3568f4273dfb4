// `flowguard fix`: the safe, mechanical rewrites of agent configs. Each fixer takes a file's text and returns the new
// text (or the same text when there is nothing to do), editing only the bytes it must: every other key, comment,
// order and indentation stays. Running a fixer on its own output changes nothing.
import { at, get, isMap, isScalar, isSeq, type CNode, type Range, type SeqNode } from '../analyzers/config/tree.js';
import { tryParseJsonc } from '../analyzers/config/jsonc.js';
import { parseFrontmatter, parseYaml } from '../analyzers/config/yaml.js';
import { isAgentMarkdown, isClaudeSettings, isWorkflow } from '../analyzers/config/files.js';
import { insertLast } from '../agent-time/init.js';
import { fileContext, launcherPackage, launchLine, mcpServers, packageName } from '../analyzers/config/agent.js';

export const ENV_DENY = ['Read(./.env)', 'Read(./.env.*)'];

const splice = (text: string, r: Range, by: string): string => `${text.slice(0, r[0])}${by}${text.slice(r[1])}`;

/** `permissions.deny` gains `Read(./.env)` and `Read(./.env.*)` (the parts missing), created where needed. */
export function addEnvDeny(text: string): string {
  const root = tryParseJsonc(text);
  if (!isMap(root)) return text;
  const perms = get(root, 'permissions');
  if (perms === undefined) return insertLast(text, root, 'permissions', { deny: ENV_DENY });
  if (!isMap(perms)) return text;
  const deny = get(perms, 'deny');
  if (deny === undefined) return insertLast(text, perms, 'deny', ENV_DENY);
  if (!isSeq(deny)) return text;
  let out = text;
  for (const rule of ENV_DENY) {
    const node = get(get(tryParseJsonc(out), 'permissions'), 'deny') as SeqNode;
    if (node.items.some((i) => isScalar(i) && i.value === rule)) continue;
    out = insertLast(out, node, undefined, rule);
  }
  return out;
}

/** `defaultMode`/`permissionMode: bypassPermissions` becomes `default` (JSON settings, YAML frontmatter). */
export function dropBypassMode(path: string, text: string): string {
  const sites: CNode[] = [];
  if (isClaudeSettings(path) || /\.json$/.test(path)) {
    const m = at(tryParseJsonc(text), 'permissions.defaultMode');
    if (isScalar(m) && m.value === 'bypassPermissions') sites.push(m);
  } else if (isAgentMarkdown(path)) {
    const m = get(parseFrontmatter(text)?.data, 'permissionMode');
    if (isScalar(m) && m.value === 'bypassPermissions') sites.push(m);
  } else if (/\.ya?ml$/.test(path)) {
    for (const key of ['defaultMode', 'permissionMode']) {
      const m = findKey(parseYaml(text), key);
      if (isScalar(m) && m.value === 'bypassPermissions') sites.push(m);
    }
  }
  let out = text;
  for (const s of sites.sort((a, b) => b.range[0] - a.range[0])) {
    const src = out.slice(s.range[0], s.range[1]);
    const q = /^["']/.test(src) ? src[0] : '';
    out = splice(out, s.range, `${q}default${q}`);
  }
  return out;
}

function findKey(node: CNode | undefined, key: string): CNode | undefined {
  if (isMap(node)) {
    for (const e of node.entries) {
      if (e.key === key) return e.value;
      const inner = findKey(e.value, key);
      if (inner) return inner;
    }
  } else if (isSeq(node))
    for (const i of node.items) {
      const inner = findKey(i, key);
      if (inner) return inner;
    }
  return undefined;
}

const FLAG = String.raw`(--(allow-)?dangerously-skip-permissions\b|--permission-mode[= ]+bypassPermissions\b)`;
const SKIP_FLAGS = new RegExp(FLAG, 'g');
// The flag and the blanks after it (at the start) or before it (elsewhere): the words around it stay one space apart.
const strip = (s: string): string => s.replace(new RegExp(`${FLAG}[ \\t]+`, 'g'), '').replace(new RegExp(`[ \\t]*${FLAG}`, 'g'), '');

/** A workflow's `claude_args` (and the v0 `claude_args`-like inputs) lose the permission-skip flags. */
export function dropSkipFlags(path: string, text: string): string {
  if (!isWorkflow(path)) return text;
  const jobs = get(parseYaml(text), 'jobs');
  const ranges: Range[] = [];
  for (const j of isMap(jobs) ? jobs.entries : []) {
    const steps = get(j.value, 'steps');
    for (const s of isSeq(steps) ? steps.items : []) {
      const args = get(get(s, 'with'), 'claude_args');
      if (isScalar(args) && typeof args.value === 'string' && SKIP_FLAGS.test(args.value)) ranges.push(args.range);
      SKIP_FLAGS.lastIndex = 0;
    }
  }
  let out = text;
  for (const r of ranges.sort((a, b) => b[0] - a[0])) out = splice(out, r, strip(out.slice(r[0], r[1])));
  return out;
}

/** `.gitignore` text with `entry` appended on its own line (unchanged when a line already says exactly that). */
export function addIgnore(text: string, entry: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines.includes(entry) || lines.includes(`/${entry}`)) return text;
  return `${text}${text && !text.endsWith('\n') ? '\n' : ''}${entry}\n`;
}

/** A unified diff of two texts (lines; 3 lines of context), `a/` and `b/` prefixed like git's. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const lines = (t: string): string[] => (t === '' ? [] : (t.endsWith('\n') ? t.slice(0, -1) : t).split('\n'));
  const a = lines(before);
  const b = lines(after);
  // LCS table on lines; agent configs are small, and a huge file falls back to one hunk.
  const ops: { kind: ' ' | '-' | '+'; line: string }[] = [];
  if (a.length * b.length > 4_000_000) {
    for (const l of a) ops.push({ kind: '-', line: l });
    for (const l of b) ops.push({ kind: '+', line: l });
  } else {
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        ops.push({ kind: ' ', line: a[i++]! });
        j++;
      } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]! });
      else ops.push({ kind: '+', line: b[j++]! });
    }
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - 3);
    let end = Math.min(ops.length, changed[k]! + 4);
    while (k + 1 < changed.length && changed[k + 1]! - 3 <= end) end = Math.min(ops.length, changed[++k]! + 4);
    k++;
    let aLine = 1;
    let bLine = 1;
    for (let t = 0; t < start; t++) {
      if (ops[t]!.kind !== '+') aLine++;
      if (ops[t]!.kind !== '-') bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
  }
  return `${out.join('\n')}\n`;
}

/** `npx -y pkg` (or `pkg@latest`) in a JSON MCP config becomes `pkg@x.y.z` when `versions` names the package. */
export function pinPackages(path: string, text: string, versions: ReadonlyMap<string, string>): string {
  if (!/\.jsonc?$/.test(path) || !versions.size) return text;
  const edits: { range: Range; to: string }[] = [];
  for (const s of mcpServers(fileContext(path, text))) {
    const l = launcherPackage(launchLine(s));
    if (!l || l.pinned || !l.pkg || l.launcher !== 'npx') continue;
    const name = packageName(l.pkg);
    const version = versions.get(name);
    const arg = s.args.find((a) => a.value === l.pkg);
    if (!version || !arg || !text.slice(arg.range[0], arg.range[1]).startsWith('"')) continue;
    edits.push({ range: arg.range, to: JSON.stringify(`${name}@${version}`) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.range[0] - a.range[0])) out = splice(out, e.range, e.to);
  return out;
}

/** Exact versions a repo names for packages: `package-lock.json` (v1–v3), then `--pin name@x.y.z` over them. */
export function lockedVersions(lock: string | undefined, pins: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const exact = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
  if (lock) {
    try {
      const j = JSON.parse(lock) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
      for (const [k, v] of Object.entries(j.packages ?? {})) {
        const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(k);
        if (m && !k.slice(0, -m[1]!.length - 'node_modules/'.length).includes('node_modules') && v.version && exact.test(v.version)) out.set(m[1]!, v.version);
      }
      for (const [k, v] of Object.entries(j.dependencies ?? {})) if (!out.has(k) && v.version && exact.test(v.version)) out.set(k, v.version);
    } catch {
      /* not a lockfile we can read: nothing pinned from it */
    }
  }
  for (const p of pins) {
    const at = p.lastIndexOf('@');
    if (at <= 0 || !exact.test(p.slice(at + 1))) throw new Error(`--pin needs NAME@X.Y.Z, got ${JSON.stringify(p)}`);
    out.set(p.slice(0, at), p.slice(at + 1));
  }
  return out;
}
