// The one provenance query rules ask (`ctx.provenance(node, sink)`): where the value at a sink comes from, graded
// as INTERFACE.md "How code and path findings are graded" says. The taint engine answers first (an untrusted source
// or a parameter of the package's public surface, across files when a package graph is linked); the same-file
// approximation (src/analyzers/code/provenance-local.ts) answers the rest (request values, trusted constants and
// own-package facts, a private helper graded by its callers).
import type { CodeContext, FlowStep, Node, Provenance, SinkKind } from '../../rule.js';
import { localProvenance } from '../code/provenance-local.js';
import { unwrap } from '../code/resolve.js';
import type { Taint, TaintEngine, TaintKind } from './engine.js';

/** The first step's message names the source kind (`command-line argument (low trust): …`). */
function originOf(steps: readonly FlowStep[]): string | undefined {
  const m = /^([^:(]+?)(?: \(low trust\))?:/.exec(steps[0]?.message ?? '');
  return m?.[1];
}

export function provenanceWith(ctx: CodeContext, engine: TaintEngine, node: Node, sink: SinkKind, isPublic: (t: Taint) => boolean): Provenance {
  const kind: TaintKind = sink === 'path' ? 'path' : 'generic';
  const t = engine.origin(node, kind);
  if (t?.origin === 'source') return withOrigin({ kind: 'untrusted', flow: engine.flowOf(t, node) }, originOf(t.steps));
  if (t?.origin === 'low') {
    // A command-line argument is untrusted input for code sinks (INTERFACE.md lists CLI arguments); a path named on
    // the command line is the file the user asked the tool to open, and the environment is a deployment setting.
    if (kind === 'generic' && /^command-line argument/.test(t.steps[0]?.message ?? ''))
      return { kind: 'untrusted', flow: engine.flowOf(t, node), origin: 'a command-line argument' };
    // A server's response is untrusted at a command or URL sink (issue 17); elsewhere (a page rendering its own JSON) unknown.
    if (sink === 'command' && /^network response/.test(t.steps[0]?.message ?? ''))
      return { kind: 'untrusted', flow: engine.flowOf(t, node), origin: 'a network response' };
    return { kind: 'unknown', origin: originOf(t.steps) ?? 'a low-trust input' };
  }
  if (t?.origin === 'param' && isPublic(t))
    return { kind: 'library-input', flow: engine.flowOf(t, node), origin: 'a parameter of an exported function', ...(t.below ? { below: true } : {}) };
  let local = localProvenance(ctx, node);
  // A parameter of a file the package's entry points never reach is no public API (scripts/, tools/).
  if (local.kind === 'library-input' && engine.link && !engine.link.onSurface(engine.link.path))
    local = { kind: 'unknown', origin: 'a parameter of a file off the public surface' };
  if (kind === 'path' && (local.kind === 'untrusted' || local.kind === 'library-input' || (local.kind === 'unknown' && mentionsInput(ctx, node, 0)))) {
    // The generic answer sees a source or a parameter that the path analysis does not: a path guard or sanitizer
    // (basename, a root-prefix check, an allowlist) stands between them and the sink.
    return { kind: 'trusted', origin: 'checked by a path guard' };
  }
  return local;
}

/** Some part of the value (following constant initialisers) is itself untrusted or library input. */
function mentionsInput(ctx: CodeContext, node: Node | null | undefined, depth: number): boolean {
  const n = unwrap(node);
  if (!n || depth > 6) return false;
  switch (n.type) {
    case 'Identifier': {
      const b = ctx.resolver.binding(n);
      if (!b) return false;
      if (b.kind === 'param') return leafIsInput(ctx, n);
      return (b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.writes === 0 && !!b.init && mentionsInput(ctx, b.init, depth + 1);
    }
    case 'MemberExpression':
      return leafIsInput(ctx, n) || mentionsInput(ctx, n.object, depth + 1);
    case 'CallExpression':
      return [n.callee, ...n.arguments].some((a) => mentionsInput(ctx, a, depth + 1));
    case 'TemplateLiteral':
      return n.expressions.some((e) => mentionsInput(ctx, e, depth + 1));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return mentionsInput(ctx, n.left, depth + 1) || mentionsInput(ctx, n.right, depth + 1);
    case 'ConditionalExpression':
      return mentionsInput(ctx, n.consequent, depth + 1) || mentionsInput(ctx, n.alternate, depth + 1);
    case 'AwaitExpression':
      return mentionsInput(ctx, n.argument, depth + 1);
    default:
      return false;
  }
}

function leafIsInput(ctx: CodeContext, leaf: Node): boolean {
  const k = localProvenance(ctx, leaf).kind;
  return k === 'untrusted' || k === 'library-input';
}

function withOrigin(p: Provenance, origin: string | undefined): Provenance {
  return origin ? { ...p, origin } : p;
}
