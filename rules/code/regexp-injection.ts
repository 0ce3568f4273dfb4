import {
  calleeName,
  type CodeContext,
  constValue,
  declaredType,
  defineRule,
  describe,
  dynamicParts,
  graded,
  type Grading,
  identifierWords,
  isCallTo,
  isNumeric,
  isRequestValue,
  isTrusted,
  type Node,
  numericName,
  propertyName,
  type TSESTree,
  unwrap,
  worstProvenance,
} from '../../src/kit.js';

/** Denial of service or a bypassed filter, not code execution: the rule's severity whatever the source. */
const GRADING: Grading = { severity: 'medium' };

const ESCAPER = /escape|quote|sanitiz/i;
/** Names that say the value is meant to be a pattern (a configured regex, another regex's source), not text. */
const PATTERN_WORDS = new Set(['pattern', 'patterns', 'regex', 'regexp', 'regexes', 're', 'source', 'glob', 'matcher', 'rx']);

function meantAsPattern(name: string | undefined): boolean {
  if (!name) return false;
  const words = identifierWords(name);
  return words.some((w) => PATTERN_WORDS.has(w));
}

/** A value that is already a RegExp (a literal, `new RegExp`, `x.source`) or escaped text. */
function isSafe(ctx: CodeContext, node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 5) return false;
  if (isRequestValue(n, ctx.resolver, ctx.text)) return false;
  if (isNumeric(n, ctx.resolver)) return true;
  if (isCallTo(n, ctx.resolver, ESCAPER)) return true;
  if (n.type === 'Identifier') {
    if (numericName(n.name)) return true;
    // a local named as a pattern (`const ignorePattern = …`, `const timeRegex = …`) holds a regex by design,
    // unless it is lifted straight from a parameter (`const { pattern } = args`): then the caller chooses it
    const b = ctx.resolver.binding(n);
    if (b && b.kind !== 'param' && meantAsPattern(n.name)) {
      const init = unwrap(b.init);
      const base = init?.type === 'MemberExpression' ? unwrap(init.object) : init;
      const lifted = base?.type === 'Identifier' && ctx.resolver.binding(base)?.kind === 'param';
      if (!lifted) return true;
    }
  }
  if (n.type === 'MemberExpression') {
    const prop = propertyName(n) ?? '';
    if (prop === 'source' || numericName(prop)) return true;
    // a pattern the program's own configuration supplies (`options.ignorePattern`, `context.options[0].regex`) is
    // meant as a regex; a tool argument or request field named `pattern` is not trusted that way
    if (
      meantAsPattern(prop) &&
      /(^|\.)(options|opts|config|cfg|settings|conf|defaults)(\.|\[|$)|^(first|rule|user|parsed|merged|default|my)?(options?|opts|config|settings|params)$/i.test(
        ctx.text(n.object).replace(/\s+/g, ''),
      )
    )
      return true;
  }
  if (n.type === 'CallExpression' && meantAsPattern(calleeName(n))) return true;
  switch (n.type) {
    case 'Literal':
      return 'regex' in n && !!n.regex;
    case 'MemberExpression':
      return propertyName(n) === 'source';
    case 'NewExpression':
      return ctx.resolver.canonical(n.callee) === 'RegExp';
    case 'CallExpression': {
      const callee = unwrap(n.callee);
      // `s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`: the usual inline escape.
      if (callee?.type === 'MemberExpression' && (propertyName(callee) === 'replace' || propertyName(callee) === 'replaceAll')) {
        const [pattern, replacement] = n.arguments;
        const r = unwrap(pattern);
        const rep = unwrap(replacement);
        if (rep?.type === 'Literal' && typeof rep.value === 'string' && /^\\+\$&$/.test(rep.value)) return true;
        if (
          r?.type === 'Literal' &&
          'regex' in r &&
          r.regex &&
          new Set(r.regex.pattern.replace(/[^.*+?^${}()|[\]\\]/g, '')).size >= 5 &&
          rep?.type === 'Literal' &&
          typeof rep.value === 'string' &&
          rep.value.includes('$&')
        )
          return true;
        return isSafe(ctx, callee.object, depth + 1);
      }
      if (callee?.type === 'MemberExpression' && /^(slice|substring|substr|trim|toLowerCase|toUpperCase|concat)$/.test(propertyName(callee) ?? '')) {
        return (
          isSafe(ctx, callee.object, depth + 1) &&
          n.arguments.every(
            (a) => a.type !== 'SpreadElement' && (constValue(a, ctx.resolver) !== undefined || isNumeric(a, ctx.resolver) || isSafe(ctx, a, depth + 1)),
          )
        );
      }
      if (callee?.type === 'MemberExpression' && propertyName(callee) === 'join') {
        const from = unwrap(callee.object);
        // Array.from(keys, escapeRegExp).join('|')
        if (
          from?.type === 'CallExpression' &&
          ctx.resolver.canonical(from.callee) === 'Array.from' &&
          from.arguments[1] &&
          from.arguments[1].type !== 'SpreadElement' &&
          isCallToFn(ctx, from.arguments[1])
        )
          return true;
        const o = unwrap(callee.object);
        if (
          o?.type === 'ArrayExpression' &&
          o.elements.every((e) => !!e && e.type !== 'SpreadElement' && (constValue(e, ctx.resolver) !== undefined || isSafe(ctx, e, depth + 1)))
        )
          return true;
        if (o?.type === 'Identifier') {
          const ob = ctx.resolver.binding(o);
          const arr = unwrap(ob?.init);
          if (
            ob &&
            ob.writes === 0 &&
            arr?.type === 'ArrayExpression' &&
            arr.elements.every((e) => !!e && e.type !== 'SpreadElement' && constValue(e, ctx.resolver) !== undefined)
          )
            return true;
        }
        if (o?.type === 'CallExpression') {
          const m = unwrap(o.callee);
          if (m?.type === 'MemberExpression' && propertyName(m) === 'map') {
            const f = o.arguments[0];
            if (f && f.type !== 'SpreadElement' && isCallToFn(ctx, f)) return true;
          }
        }
      }
      return false;
    }
    case 'Identifier': {
      if (declaredType(n, ctx.resolver) === 'number') return true;
      const b = ctx.resolver.binding(n);
      if (b?.id.typeAnnotation?.typeAnnotation.type === 'TSTypeReference') {
        const t = b.id.typeAnnotation.typeAnnotation.typeName;
        if (t.type === 'Identifier' && t.name === 'RegExp') return true;
      }
      if (b && b.init && !b.path && b.writes === 0) return isSafe(ctx, b.init, depth + 1);
      return false;
    }
    default:
      return false;
  }
}

/** `arr.map(escapeRegExp)` or `arr.map((s) => escapeRegExp(s))`. */
function isCallToFn(ctx: CodeContext, f: Node): boolean {
  const n = unwrap(f);
  if (n?.type === 'Identifier' || n?.type === 'MemberExpression') {
    const name = n.type === 'Identifier' ? n.name : propertyName(n);
    return !!name && ESCAPER.test(name);
  }
  if (n?.type === 'ArrowFunctionExpression' && n.body.type !== 'BlockStatement') return isSafe(ctx, n.body);
  return false;
}

export default defineRule({
  id: 'code/regexp-injection',
  title: 'Regular expression built from a runtime value',
  severity: GRADING.severity,
  cwe: ['CWE-1333', 'CWE-625'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    '`new RegExp(x)` compiles `x` as a pattern. When `x` comes from data, a value like `(a+)+$` makes matching',
    'take exponential time (ReDoS: one request stalls the event loop), and metacharacters in what was meant',
    'as plain text change what the check accepts (`.` matches anything, `|` adds alternatives). Patterns',
    'that are constant, already RegExp objects (`re.source`, a literal), numbers, or passed through an',
    'escape function (`escapeRegExp`, `escape-string-regexp`, `.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&")`) are',
    'not reported.',
    '',
    'The usual impact is denial of service or a bypassed filter, not code execution: medium when an untrusted source',
    'or a parameter of an exported function reaches the pattern, low for a value of unknown origin. Patterns',
    'built from a constant table (`Object.keys(ESCAPES).join("|")`, a constant list) are not reported.',
    '',
    '**Fix:** escape the text before building the pattern (`escapeStringRegexp(name)`), or avoid the',
    'regular expression (`str.includes(name)`, `startsWith`).',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      if (ctx.resolver.canonical(node.callee) !== 'RegExp') return;
      const pattern = node.arguments[0];
      if (!pattern || pattern.type === 'SpreadElement') return;
      const parts = dynamicParts(pattern, ctx.resolver).filter((p) => !isSafe(ctx, p) && !isTrusted(p, ctx.resolver));
      if (!parts.length) return;
      const { provenance: p, part } = worstProvenance(ctx, parts);
      const options = graded(p, GRADING);
      if (options) ctx.report(node, `\`RegExp\` compiles a pattern built from ${describe(ctx, part ?? parts[0]!)}.`, options);
    };
    return { CallExpression: check, NewExpression: check };
  },
  examples: {
    bad: [
      { code: 'function bad(name) {\n  const reg = new RegExp("\\\\w+" + name);\n  return reg.exec(input);\n}', line: 2 },
      { code: 'const re = new RegExp(req.query.filter, "i");' },
      { code: 'const matcher = RegExp(`^${prefix}-\\\\d+$`);' },
      { code: 'const re = new globalThis.RegExp(search);' },
      {
        code: 'export function grepTool(args: { pattern: string; path: string }) {\n  return new RegExp(args.pattern, "m");\n}',
        line: 2,
        note: 'an agent tool argument',
      },
      { code: 'export function grep(args) {\n  const { pattern } = args;\n  return new RegExp(pattern);\n}', line: 3, note: 'lifted from a parameter' },
      {
        code: 'export function find(lines: string[], pattern: string) {\n  const re = new RegExp(pattern);\n  return lines.filter((l) => re.test(l));\n}',
        line: 2,
        note: 'a parameter, whatever its name',
      },
    ],
    good: [
      { code: 'const reg = new RegExp("\\\\w+");', note: 'constant' },
      { code: 'const exp = /a.*/;\nconst reg = new RegExp(exp);', note: 'already a RegExp' },
      { code: 'const re = new RegExp(other.source, "g");', note: 'source of another RegExp' },
      {
        code: 'export function create(context) {\n  const firstOption = context.options[0] || {};\n  return new RegExp(firstOption.varsIgnorePattern, "u");\n}',
        note: "a pattern from the rule's own options object",
      },
      { code: 'const ignorePattern = options.ignorePattern;\nconst re = new RegExp(ignorePattern, "u");', note: 'a configured pattern' },
      { code: 'const timeRegex = buildTimeRegex(precision);\nconst re = new RegExp(`^${timeRegex}$`);', note: 'a local built as a pattern' },
      { code: "import escapeStringRegexp from 'escape-string-regexp';\nconst re = new RegExp(`^${escapeStringRegexp(name)}$`);", note: 'escaped' },
      { code: "const safe = term.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nconst re = new RegExp(safe, 'gi');", note: 'escaped inline' },
      { code: 'function chunks(width: number) {\n  return new RegExp(`.{1,${width}}`, "g");\n}', note: 'a number' },
      {
        code: "const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };\nexport function esc(s) {\n  return s.replace(new RegExp(Object.keys(ESC).join('|'), 'g'), (c) => ESC[c]);\n}",
        note: 'the keys of a constant escape map',
      },
      {
        code: "const TABLE = { num: '\\\\d+', word: '\\\\w+' };\nexport function build() {\n  const out = [];\n  for (const k in TABLE) out.push(new RegExp(TABLE[k]));\n  return out;\n}",
        note: 'patterns from a constant table',
      },
      {
        code: "const RULES = [{ name: 'a', re: 'a+b' }, { name: 'b', re: 'c?d' }];\nexport const compiled = RULES.map((r) => new RegExp(r.re, 'g'));",
        note: 'a constant list of patterns',
      },
      { code: 'const words = keys.map(escapeRegExp).join("|");\nconst re = new RegExp(`\\\\b(${words})\\\\b`);', note: 'each alternative escaped' },
    ],
  },
});
