import { type CodeContext, constValue, defineRule, functionName, identifierWords, isFunctionNode, type Node, propertyName, type TSESTree, unwrap } from '../../src/kit.js';

const SECURITY_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'salt',
  'otp',
  'totp',
  'csrf',
  'xsrf',
  'apikey',
  'session',
  'sessionid',
  'sid',
  'auth',
  'credential',
  'credentials',
  'verification',
  'invite',
  'signature',
  'iv',
]);
/** A nonce is a secret only in crypto or CSP code; elsewhere (`refreshNonce`, a cache buster) it is a counter. */
const NONCE_CONTEXT = /nonce-|Content-Security-Policy|\boauth|openid|createCipheriv|\bhmac|\bsignature|\bjwt\b|webcrypto|subtle\./i;
/** Verbs of a function whose result is the random value (`generatePassword`, `createToken`, `newSessionId`). */
const MAKER_WORDS = new Set(['generate', 'gen', 'create', 'make', 'new', 'random', 'rand', 'build', 'issue', 'mint']);

/** `key` alone is everywhere (React keys, cache keys); only these compounds are secrets. */
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'auth', 'encryption', 'signing', 'session', 'reset']);

function isSecurityName(name: string | undefined): boolean {
  if (!name) return false;
  const words = identifierWords(name);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SECURITY_WORDS.has(w)) return true;
    if ((w === 'key' || w === 'code' || w === 'id') && i > 0 && (KEY_QUALIFIERS.has(words[i - 1]!) || words[i - 1] === 'reset' || words[i - 1] === 'verify')) return true;
    if (w === 'reset' && (words[i + 1] === 'code' || words[i + 1] === 'link')) return true;
  }
  return false;
}

/** Where a random value lands: the variable, member or property it is stored in, or the function that returns it. */
function destination(ctx: CodeContext, call: Node): { name?: string; fn?: Node } {
  let n: Node = call;
  for (let i = 0; i < 20; i++) {
    const p = ctx.resolver.parent(n);
    if (!p) return {};
    switch (p.type) {
      case 'VariableDeclarator':
        return p.id.type === 'Identifier' ? { name: p.id.name, fn: p } : {};
      case 'AssignmentExpression': {
        const l = unwrap(p.left);
        const name = l?.type === 'Identifier' ? l.name : l?.type === 'MemberExpression' ? propertyName(l) : undefined;
        return name !== undefined ? { name, fn: p } : { fn: p };
      }
      case 'Property':
        if (p.value === n) return { name: propertyName(p) ?? '', fn: p };
        return {};
      case 'ReturnStatement':
        return { fn: p };
      case 'MemberExpression':
        // `items[Math.floor(Math.random() * items.length)]` picks an element: the pick is not the secret, unless it
        // indexes an alphabet the caller assembles a secret from (`chars[…]`)
        if (p.computed && p.property === n && !alphabet(ctx, p.object)) return {};
        n = p;
        continue;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        // a callback inside the expression (Array.from, map, replace): keep climbing to where the result lands
        const q = ctx.resolver.parent(p);
        if (q?.type === 'CallExpression' && q.callee !== p) {
          n = q;
          continue;
        }
        return { fn: p };
      }
      case 'CallExpression': {
        // res.cookie('sessionId', value), localStorage.setItem('authToken', value): the key names the value
        if (p.callee !== n) {
          const label = p.arguments.map((a) => constValue(a as Node, ctx.resolver)).find((v): v is string => typeof v === 'string' && isSecurityName(v));
          if (label) return { name: label, fn: p };
        }
        n = p;
        continue;
      }
      case 'ExpressionStatement':
      case 'BlockStatement':
      case 'IfStatement':
      case 'ForStatement':
      case 'WhileStatement':
        return { fn: p };
      default:
        n = p;
    }
  }
  return {};
}

/** A string of characters to draw from: a constant string, or a name that says so (`chars`, `alphabet`). */
function alphabet(ctx: CodeContext, node: Node): boolean {
  const n = unwrap(node);
  if (!n) return false;
  if (typeof constValue(n, ctx.resolver) === 'string') return true;
  const name = n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' ? propertyName(n) : undefined;
  return !!name && /char|alphabet|letter|digit|symbol|alnum|hex|base(32|36|58|62|64)|pool/i.test(name);
}

function enclosingFunctionName(ctx: CodeContext, node: Node): string | undefined {
  let n = ctx.resolver.parent(node);
  while (n) {
    if (isFunctionNode(n)) {
      const name = functionName(ctx.resolver, n);
      if (name) return name;
      const q = ctx.resolver.parent(n);
      // an anonymous callback: the function around the call it is passed to
      if (q?.type !== 'CallExpression') return undefined;
    }
    n = ctx.resolver.parent(n);
  }
  return undefined;
}

export default defineRule({
  id: 'code/insecure-randomness',
  title: 'Math.random used for a token, password or secret',
  severity: 'medium',
  cwe: ['CWE-338'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    '`Math.random()` is not a cryptographic generator: V8 uses xorshift128+, whose state can be recovered from a',
    'handful of outputs, after which every later value is known. A session id, reset token, password, API key,',
    'nonce or salt made from it can be predicted. It is reported only when the value lands in something named',
    'for that purpose (`resetToken`, `sessionId`, `password`, `generateApiKey()`); shuffles, jitter, sampling',
    'and React keys are not.',
    '',
    'Severity is medium: exploiting it needs a few observed values, but then it leads to account takeover.',
    '',
    '**Fix:** use `crypto.randomBytes(32).toString("hex")`, `crypto.randomUUID()`, `crypto.randomInt()` or',
    '`crypto.getRandomValues()` in the browser.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    CallExpression(node: TSESTree.CallExpression) {
      if (ctx.resolver.canonical(node.callee) !== 'Math.random') return;
      const dest = destination(ctx, node);
      let name = dest.name;
      const nonce = (n: string | undefined): boolean => !!n && identifierWords(n).includes('nonce') && NONCE_CONTEXT.test(ctx.file.text);
      if (!isSecurityName(name) && !nonce(name)) {
        // the function's own name counts only when it makes the value (`generatePassword`), not when it merely uses
        // randomness somewhere (a random array index in `sessionTips()`)
        const fn = enclosingFunctionName(ctx, node);
        name = fn && identifierWords(fn).some((w) => MAKER_WORDS.has(w)) ? fn : undefined;
      }
      if (!isSecurityName(name) && !nonce(name)) return;
      ctx.report(node, `\`Math.random()\` makes \`${name}\`, which must be unpredictable.`);
    },
  }),
  examples: {
    bad: [
      { code: 'const resetToken = Math.random().toString(36).slice(2);' },
      { code: "function generatePassword(len = 12) {\n  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';\n  let out = '';\n  for (let i = 0; i < len; i++) out += chars[Math.floor(Math.random() * chars.length)];\n  return out;\n}", line: 4 },
      { code: "const sessionId = Array.from({ length: 16 }, () => Math.floor(Math.random() * 16).toString(16)).join('');" },
      { code: 'user.apiKey = `key_${Math.random().toString(36).substring(2)}`;' },
      { code: 'res.json({ csrfToken: Math.random().toString(16).slice(2) });' },
      { code: 'const rand = window.Math.random;\nconst token = String(rand());', line: 2, note: 'an alias of Math.random' },
      { code: "res.cookie('sessionId', Math.random().toString(36).slice(2), { httpOnly: true });", note: 'the cookie name says what it is' },
      { code: "const nonce = Math.random().toString(36).slice(2);\nres.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);", note: 'a CSP nonce' },
    ],
    good: [
      { code: 'const delay = Math.floor(Math.random() * 1000);', note: 'jitter' },
      { code: 'items.sort(() => Math.random() - 0.5);', note: 'shuffle' },
      { code: '<li key={Math.random()}>{x}</li>', path: 'list.tsx', note: 'React key' },
      { code: "import { randomBytes } from 'crypto';\nconst token = randomBytes(32).toString('hex');", note: 'crypto' },
      { code: 'const cacheKey = `k${Math.random()}`;', note: 'cache key' },
      { code: "localStorage.setItem('theme-seed', String(Math.random()));", note: 'a non-secret storage key' },
      { code: 'const [nonce, setNonce] = useState(0);\nconst refresh = () => setNonce(Math.random());', path: 'panel.tsx', note: 'a UI refresh nonce' },
      { code: "const TIPS = ['a', 'b', 'c'];\nexport function sessionTip() {\n  return TIPS[Math.floor(Math.random() * TIPS.length)];\n}", note: 'a random array index in a function that only mentions a session' },
      { code: 'const ids = await listSessions();\nconst randomSessionId = ids[Math.floor(Math.random() * ids.length)];', note: 'picks an existing element; the random index is not a secret' },
      { code: 'function random() { return 4; }\nconst Math = { random };\nconst token = Math.random();', note: 'a local Math' },
    ],
  },
});
