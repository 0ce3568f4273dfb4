import {
  type CodeContext,
  defineRule,
  describe,
  dynamicParts,
  graded,
  type Grading,
  isCallTo,
  isNumeric,
  isTrusted,
  type Node,
  propertyName,
  type TSESTree,
  unwrap,
  worstProvenance,
} from '../../src/kit.js';

/** Script in the page, not in the process: the rule's own severity even for an untrusted source. */
const GRADING: Grading = { severity: 'high' };

const HTML_PROPS = new Set(['innerHTML', 'outerHTML']);
const SANITIZER = /sanitiz|purify|escape|encode|^(DOMPurify\.sanitize|xss|filterXSS|he\.encode|sanitize-html)$/i;

/** Methods whose result is a formatted number or date: digits, separators and month names, never markup. */
const FORMATTERS = new Set([
  'toFixed',
  'toPrecision',
  'toExponential',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'toISOString',
  'toDateString',
  'toTimeString',
  'toUTCString',
  'toJSON',
]);

function isFormatted(ctx: CodeContext, node: Node): boolean {
  const n = unwrap(node);
  if (n?.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  if (callee?.type !== 'MemberExpression') return false;
  const m = propertyName(callee);
  if (m && FORMATTERS.has(m)) return true;
  // new Intl.NumberFormat(…).format(x), fmt.format(x) with fmt an Intl formatter
  if (m === 'format') {
    let o = unwrap(callee.object);
    if (o?.type === 'Identifier') {
      const b = ctx.resolver.binding(o);
      o = b && b.writes === 0 && !b.path ? unwrap(b.init) : undefined;
    }
    return o?.type === 'NewExpression' && /^Intl\.(NumberFormat|DateTimeFormat|RelativeTimeFormat|PluralRules)$/.test(ctx.resolver.canonical(o.callee) ?? '');
  }
  return false;
}

/** The pieces of markup that are neither constant, trusted, numeric, formatted, already-parsed DOM markup nor sanitised. */
function unsafeParts(ctx: CodeContext, node: Node): Node[] {
  const out: Node[] = [];
  for (const part of dynamicParts(node, ctx.resolver)) {
    if (isNumeric(part, ctx.resolver) || isFormatted(ctx, part)) continue;
    if (isCallTo(part, ctx.resolver, SANITIZER)) continue;
    const p = unwrap(part);
    if (p?.type === 'MemberExpression' && HTML_PROPS.has(propertyName(p) ?? '')) continue;
    if (isTrusted(part, ctx.resolver)) continue;
    out.push(part);
  }
  return out;
}

/** Graded by provenance: untrusted or library input high, unknown low, trusted none. */
function report(ctx: CodeContext, node: Node, value: Node, message: (part: Node) => string): void {
  const parts = unsafeParts(ctx, value);
  if (!parts.length) return;
  const { provenance: p, part } = worstProvenance(ctx, parts);
  const options = graded(p, GRADING);
  if (options) ctx.report(node, message(part ?? parts[0]!), options);
}

export default defineRule({
  id: 'code/unsafe-html',
  title: 'HTML built at runtime written into the page',
  severity: GRADING.severity,
  cwe: ['CWE-79'],
  confidence: 'high',
  status: 'experimental',
  help: [
    "Assigning to `innerHTML`/`outerHTML`, calling `insertAdjacentHTML` or `document.write`, and React's",
    '`dangerouslySetInnerHTML` parse the string',
    'as HTML: a value carrying `<img src=x onerror=…>` runs script in the page (DOM cross-site scripting).',
    'Only non-constant markup is reported; numbers and values passed through a sanitiser or escaper',
    '(`DOMPurify.sanitize`, `escapeHtml`) are accepted.',
    '',
    "Script in the page acts as the user (reads tokens, calls the API with the user's session). Graded by where the",
    'markup comes from: high for an untrusted source (request, URL, message) and for a parameter of an exported',
    'function, low for a value of unknown origin. Values from a static table in the file, formatted numbers and dates',
    '(`toFixed`, `toLocaleDateString`, `Intl.NumberFormat`) and `__dirname`-style constants are not reported.',
    '',
    '**Fix:** set `textContent` (or build nodes with `createElement`) for text; when markup is really needed,',
    'pass it through `DOMPurify.sanitize` first.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    AssignmentExpression(node: TSESTree.AssignmentExpression) {
      if (node.operator !== '=' && node.operator !== '+=') return;
      const left = unwrap(node.left);
      if (left?.type !== 'MemberExpression') return;
      const prop = propertyName(left);
      if (!prop || !HTML_PROPS.has(prop)) return;
      report(ctx, node, node.right, (part) => `\`${prop}\` is set to markup built from ${describe(ctx, part)}.`);
    },
    JSXAttribute(node: TSESTree.JSXAttribute) {
      if (node.name.type !== 'JSXIdentifier' || node.name.name !== 'dangerouslySetInnerHTML') return;
      const v = node.value?.type === 'JSXExpressionContainer' ? unwrap(node.value.expression) : undefined;
      const obj = v?.type === 'ObjectExpression' ? v : undefined;
      const html = obj?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyName(p) === '__html')?.value as Node | undefined;
      if (!html) return;
      report(ctx, node, html, (part) => `\`dangerouslySetInnerHTML\` renders markup built from ${describe(ctx, part)}.`);
    },
    CallExpression(node: TSESTree.CallExpression) {
      const callee = unwrap(node.callee);
      if (callee?.type !== 'MemberExpression') return;
      const prop = propertyName(callee);
      let arg: Node | undefined;
      let what: string;
      if (prop === 'insertAdjacentHTML') {
        arg = node.arguments[1];
        what = 'insertAdjacentHTML';
      } else if (prop === 'write' || prop === 'writeln') {
        const c = ctx.resolver.canonical(callee);
        if (c !== 'document.write' && c !== 'document.writeln') return;
        arg = node.arguments[0];
        what = c;
      } else return;
      if (!arg || arg.type === 'SpreadElement') return;
      report(ctx, node, arg, (part) => `\`${what}\` parses markup built from ${describe(ctx, part)}.`);
    },
  }),
  examples: {
    bad: [
      { code: "el.innerHTML = '<div>' + userInput + '</div>';" },
      { code: 'document.body.innerHTML = message;' },
      { code: 'const html = `<li>${item.name}</li>`;\nlist.innerHTML += html;', line: 2 },
      { code: 'node.outerHTML = template;' },
      { code: "panel.insertAdjacentHTML('beforeend', `<p>${comment.body}</p>`);" },
      { code: 'document.write(location.hash.slice(1));' },
      { code: 'window.document.writeln("<b>" + name + "</b>");' },
      { code: 'export const Comment = ({ body }) => <div dangerouslySetInnerHTML={{ __html: body }} />;', path: 'Comment.tsx' },
      {
        code: "const ICONS = { ok: '<b>ok</b>' };\nexport function setIcon(el, state, label) {\n  el.innerHTML = ICONS[state] + label;\n}",
        line: 3,
        note: 'a table value next to a caller-supplied label',
      },
    ],
    good: [
      {
        code: "const LABELS = { ok: '<b>OK</b>', bad: '<i>Bad</i>' };\nexport function show(el, status) {\n  el.innerHTML = LABELS[status];\n}",
        note: 'markup from a static in-file table',
      },
      { code: 'export function stamp(el, d) {\n  el.innerHTML = `<time>${new Date(d).toLocaleString()}</time>`;\n}', note: 'a formatted date' },
      { code: 'export function count(el, n) {\n  el.innerHTML = `<b>${n.toFixed(2)}</b> items`;\n}', note: 'a formatted number' },
      {
        code: "const ROWS = [{ name: 'A', v: 1 }, { name: 'B', v: 2 }];\nexport function table(el) {\n  el.innerHTML = ROWS.map((r) => `<tr><td>${r.name}</td><td>${r.v}</td></tr>`).join('');\n}",
        note: 'rows of a constant list',
      },
      { code: "el.innerHTML = '<div>loading</div>';", note: 'constant' },
      { code: 'const name = "<div>it\'s ok</div>";\nel.innerHTML = name;', note: 'constant through a const' },
      { code: 'el.innerHTML = DOMPurify.sanitize(html);', note: 'sanitised' },
      { code: 'el.innerHTML = `<span>${escapeHtml(user.name)}</span>`;', note: 'escaped' },
      { code: 'counter.innerHTML = `<b>${items.length}</b>`;', note: 'a number' },
      { code: 'el.textContent = userInput;', note: 'text, not markup' },
      { code: 'stream.write(chunk);', note: 'not document.write' },
      {
        code: 'export const Note = ({ body }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />;',
        path: 'Note.tsx',
        note: 'sanitised',
      },
      { code: 'const document = { write: (s) => s };\ndocument.write(x);', note: 'a local named document' },
      {
        code: 'const ICONS = { ok: \'<svg><path d="M0 0"/></svg>\', err: \'<svg><circle r="4"/></svg>\' };\nexport function setIcon(el, state) {\n  el.innerHTML = ICONS[state];\n}',
        note: 'a value from a static in-file table',
      },
      {
        code: 'export function showTotal(el, total, when) {\n  el.innerHTML = `<b>${total.toFixed(2)}</b> on ${when.toLocaleDateString()}`;\n}',
        note: 'a formatted number and date',
      },
      {
        code: "const fmt = new Intl.NumberFormat('en-US');\nexport const show = (el, n) => { el.innerHTML = '<i>' + fmt.format(n) + '</i>'; };",
        note: 'an Intl formatter',
      },
    ],
  },
});
