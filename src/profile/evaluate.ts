// Evaluates one security profile against a project: each control (rules/profile/<id>.ts) reads the resolved config,
// the tree (modes, .gitignore, memory.db header) or the agent/* findings through the evaluator below. Never reads
// .env or memory.db content.
import * as path from 'node:path';
import { rules as registry } from '../../rules/index.js';
import type { ProfileName } from '../core/config.js';
import { LineIndex } from '../core/lines.js';
import { isMap, isSeq, normKey, type CNode } from '../analyzers/config/tree.js';
import {
  durationOf,
  isControlRule,
  noConfig,
  sub,
  truthy,
  show,
  type ControlDefinition,
  type Found,
  type ProfileEvaluator,
  type ProjectView,
  type ValueCheck,
} from './control.js';
import { CONTROL_IDS, loadProfile } from './load.js';
import { findProfileConfigs, resolveConfig, type ConfigSource } from './resolve.js';
import { isUnknown, partialReason } from './static-eval.js';
import type { ControlResult, ControlSpec, Evidence, ProfileReport } from './types.js';
import { formatDuration, parseDuration } from './units.js';

export type { ProjectView } from './control.js';

/** Source offsets of evidence inside the config (kept apart: the report schema has lines only). */
export const evidenceOffset = new WeakMap<Evidence, readonly [number, number]>();

/** Breadth-first search for the first key matching an alias, skipping `profiles` subtrees of other profiles. */
function find(root: CNode | undefined, aliases: string[], skipProfiles = true): Found | undefined {
  if (!root) return undefined;
  const wanted = new Set(aliases.map(normKey));
  let level: CNode[] = [root];
  for (let depth = 0; depth < 12 && level.length; depth++) {
    const next: CNode[] = [];
    for (const n of level) {
      if (isMap(n)) {
        for (const e of n.entries) if (wanted.has(normKey(e.key))) return { node: e.value, key: e.key, keyRange: e.keyRange };
        for (const e of n.entries) if (!(skipProfiles && normKey(e.key) === 'profiles')) next.push(e.value);
      } else if (isSeq(n)) next.push(...n.items);
    }
    level = next;
  }
  return undefined;
}

/** End of the token at `offset` (to the end of the line at most), for a finding's range. */
function valueEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? text.length : nl;
  const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|[^,}\]\s]+)/.exec(text.slice(offset, lineEnd));
  return offset + (m ? m[0].length : Math.max(1, lineEnd - offset));
}

/** The controls, from the rule registry, by id. */
let controls: Map<string, ControlDefinition> | undefined;
function controlsById(): Map<string, ControlDefinition> {
  controls ??= new Map(registry.filter(isControlRule).map((r) => [r.control.id, r.control]));
  return controls;
}

class Evaluator implements ProfileEvaluator {
  private readonly lines = new Map<string, LineIndex>();
  readonly results: ControlResult[] = [];

  constructor(
    readonly profile: ProfileName,
    readonly spec: Record<string, ControlSpec>,
    readonly config: ConfigSource | undefined,
    readonly view: ProjectView,
  ) {}

  lineOf(file: string, text: string, offset: number): number {
    let li = this.lines.get(file);
    if (!li) {
      li = new LineIndex(text);
      this.lines.set(file, li);
    }
    return li.position(offset).line;
  }

  /** Evidence at a node of the resolved config (or line 1 when the key is missing). */
  at(offset: number | undefined, message: string): Evidence {
    const c = this.config!;
    const ev: Evidence = { file: c.file, line: offset === undefined ? 1 : this.lineOf(c.file, c.text, offset), message };
    if (offset !== undefined) evidenceOffset.set(ev, [offset, valueEnd(c.text, offset)]);
    return ev;
  }

  /** Look a key up in the profile's subtree first, then in the rest of the file. */
  find(...aliases: string[]): Found | undefined {
    const c = this.config;
    if (!c) return undefined;
    return find(c.node, aliases) ?? (c.node !== c.root ? find(c.root, aliases) : undefined);
  }

  push(id: string, status: ControlResult['status'], required: string, actual: string, evidence: Evidence[] = []): void {
    this.results.push({ id, status, required, actual, evidence });
  }

  /** A config control: handles off / no config / missing / unknown, then calls `check` on the found value. */
  configControl(id: string, required: string, locate: () => Found | undefined, check: (f: Found) => ValueCheck): void {
    const spec = this.spec[id]!;
    if (spec.mode === 'off') return this.push(id, 'not-applicable', `not required by ${this.profile}`, 'not checked');
    if (!this.config) return this.push(id, spec.mode === 'required' ? 'unknown' : 'not-applicable', required, noConfig(this.profile), []);
    const f = locate();
    if (!f) {
      const partial = partialReason(this.config.node) ?? partialReason(this.config.root);
      if (partial && spec.mode === 'required')
        return this.push(id, 'unknown', required, 'unknown', [
          this.at(undefined, `${id}: not found, but part of the config cannot be read statically (${partial}).`),
        ]);
      if (spec.mode === 'required')
        return this.push(id, 'fail', required, 'not set', [this.at(undefined, `${id}: required setting is missing from the config.`)]);
      return this.push(id, 'not-applicable', required, 'not set');
    }
    if (isUnknown(f.node))
      return this.push(id, 'unknown', required, 'unknown', [
        this.at(f.node.range[0], `${id}: value cannot be read statically (${(f.node as { unknown: string }).unknown}).`),
      ]);
    const r = check(f);
    if (r.ok === undefined) return this.push(id, 'unknown', required, r.actual, [this.at(r.offset ?? f.node.range[0], r.message)]);
    if (r.ok) return this.push(id, 'pass', required, r.actual, [this.at(r.offset ?? f.keyRange[0], r.message)]);
    return this.push(id, 'fail', required, r.actual, [this.at(r.offset ?? f.node.range[0], r.message)]);
  }

  maxDuration(id: string, aliases: string[], nested: [string[], string[]] | undefined): void {
    const max = parseDuration(this.spec[id]!.max)!;
    const required = `<= ${formatDuration(max)}`;
    this.configControl(
      id,
      required,
      () => {
        let f = this.find(...aliases);
        if (!f && nested) {
          for (const p of nested[0]) {
            const parent = this.find(p);
            if (parent && isMap(parent.node)) f = sub(parent.node, ...nested[1]);
            if (f) break;
          }
        }
        if (f && isMap(f.node)) f = sub(f.node, 'interval', 'period', 'every', 'maxAge', 'ttl', 'expiry', 'value', 'duration') ?? f;
        return f;
      },
      (f) => {
        const secs = durationOf(f);
        if (secs === undefined) return { ok: undefined, actual: show(f.node), message: `${id}: \`${show(f.node)}\` is not a duration.` };
        const actual = formatDuration(secs);
        return { ok: secs <= max, actual, message: secs <= max ? `${f.key} is ${actual}.` : `${f.key} is ${actual}, more than ${formatDuration(max)}.` };
      },
    );
  }

  booleanTrue(id: string, aliases: string[], label: string, inner = ['enabled', 'required', 'enforced', 'enforce']): void {
    this.configControl(
      id,
      'true',
      () => {
        const f = this.find(...aliases);
        if (f && isMap(f.node)) return sub(f.node, ...inner) ?? { ...f, node: f.node };
        return f;
      },
      (f) => {
        if (isMap(f.node)) return { ok: false, actual: 'not enabled', message: `${label} is configured but not enabled.` };
        const t = truthy(f.node);
        if (t === undefined) return { ok: undefined, actual: show(f.node), message: `${f.key} is \`${show(f.node)}\`, not a boolean.` };
        return { ok: t, actual: String(t), message: t ? `${label} is on.` : `${f.key} is ${show(f.node)}: ${label} is off.` };
      },
    );
  }

  run(): void {
    const byId = controlsById();
    for (const id of CONTROL_IDS) byId.get(id)!.evaluate(this);
  }
}

/** Evaluate profile `name` against the project. */
export function evaluateProfile(
  name: ProfileName,
  view: ProjectView,
  configs = findProfileConfigs({ files: view.files.filter((f) => !view.isGitIgnored(f.path, f.isDirectory)), readText: view.readText }),
): ProfileReport {
  const spec = loadProfile(name);
  const config = resolveConfig(configs, name);
  const ev = new Evaluator(name, spec.controls, config, view);
  ev.run();
  const order = new Map<string, number>(CONTROL_IDS.map((id, i) => [id, i]));
  const controls = ev.results.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const failing = controls.filter((c) => c.status === 'fail').map((c) => c.id);
  return {
    schemaVersion: 1,
    profile: name,
    project: path.basename(view.root),
    verdict: failing.length ? 'fail' : 'pass',
    failing_controls: failing,
    controls,
    configFiles: config ? [config.file] : [],
  };
}
