import { type CodeContext, defineRule, describe, dynamicParts, isCallTo, isNumeric, type Node, propertyName, type TSESTree, unwrap } from '../../src/kit.js';

const HTML_PROPS = new Set(['innerHTML', 'outerHTML']);
const SANITIZER = /sanitiz|purify|escape|encode|^(DOMPurify\.sanitize|xss|filterXSS|he\.encode|sanitize-html)$/i;

/** The first piece of markup that is neither constant, numeric, already-parsed DOM markup nor sanitised. */
function unsafePart(ctx: CodeContext, node: Node): Node | undefined {
  for (const part of dynamicParts(node, ctx.resolver)) {
    if (isNumeric(part, ctx.resolver)) continue;
    if (isCallTo(part, ctx.resolver, SANITIZER)) continue;
    const p = unwrap(part);
    if (p?.type === 'MemberExpression' && HTML_PROPS.has(propertyName(p) ?? '')) continue;
    return part;
  }
  return undefined;
}

export default defineRule({
  id: 'code/unsafe-html',
  title: 'HTML built at runtime written into the page',
  severity: 'high',
  cwe: ['CWE-79'],
  confidence: 'high',
  status: 'experimental',
  help: [
    'Assigning to `innerHTML`/`outerHTML`, calling `insertAdjacentHTML` or `document.write`, and React\'s',
    '`dangerouslySetInnerHTML` parse the string',
    'as HTML: a value carrying `<img src=x onerror=…>` runs script in the page (DOM cross-site scripting).',
    'Only non-constant markup is reported; numbers and values passed through a sanitiser or escaper',
    '(`DOMPurify.sanitize`, `escapeHtml`) are accepted.',
    '',
    "Severity is high: script in the page acts as the user (reads tokens, calls the API with the user's session).",
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
      const part = unsafePart(ctx, node.right);
      if (!part) return;
      const flow = ctx.taint(part);
      ctx.report(node, `\`${prop}\` is set to markup built from ${describe(ctx, part)}.`, flow ? { flow, severity: 'critical' } : {});
    },
    JSXAttribute(node: TSESTree.JSXAttribute) {
      if (node.name.type !== 'JSXIdentifier' || node.name.name !== 'dangerouslySetInnerHTML') return;
      const v = node.value?.type === 'JSXExpressionContainer' ? unwrap(node.value.expression as Node) : undefined;
      const obj = v?.type === 'ObjectExpression' ? v : undefined;
      const html = obj?.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyName(p) === '__html')?.value as Node | undefined;
      if (!html) return;
      const part = unsafePart(ctx, html);
      if (!part) return;
      const flow = ctx.taint(part);
      ctx.report(node, `\`dangerouslySetInnerHTML\` renders markup built from ${describe(ctx, part)}.`, flow ? { flow, severity: 'critical' } : {});
    },
    CallExpression(node: TSESTree.CallExpression) {
      const callee = unwrap(node.callee);
      if (callee?.type !== 'MemberExpression') return;
      const prop = propertyName(callee);
      let arg: Node | undefined;
      let what: string;
      if (prop === 'insertAdjacentHTML') {
        arg = node.arguments[1] as Node | undefined;
        what = 'insertAdjacentHTML';
      } else if (prop === 'write' || prop === 'writeln') {
        const c = ctx.resolver.canonical(callee);
        if (c !== 'document.write' && c !== 'document.writeln') return;
        arg = node.arguments[0] as Node | undefined;
        what = c;
      } else return;
      if (!arg || arg.type === 'SpreadElement') return;
      const part = unsafePart(ctx, arg);
      if (!part) return;
      const flow = ctx.taint(part);
      ctx.report(node, `\`${what}\` parses markup built from ${describe(ctx, part)}.`, flow ? { flow, severity: 'critical' } : {});
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
    ],
    good: [
      { code: "el.innerHTML = '<div>loading</div>';", note: 'constant' },
      { code: "const name = \"<div>it's ok</div>\";\nel.innerHTML = name;", note: 'constant through a const' },
      { code: 'el.innerHTML = DOMPurify.sanitize(html);', note: 'sanitised' },
      { code: 'el.innerHTML = `<span>${escapeHtml(user.name)}</span>`;', note: 'escaped' },
      { code: 'counter.innerHTML = `<b>${items.length}</b>`;', note: 'a number' },
      { code: 'el.textContent = userInput;', note: 'text, not markup' },
      { code: 'stream.write(chunk);', note: 'not document.write' },
      { code: 'export const Note = ({ body }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />;', path: 'Note.tsx', note: 'sanitised' },
      { code: 'const document = { write: (s) => s };\ndocument.write(x);', note: 'a local named document' },
    ],
  },
});
