import {
  type CodeContext,
  constValue,
  defineRule,
  functionName,
  identifierWords,
  isFunctionNode,
  type Node,
  propertyName,
  type TSESTree,
  unwrap,
} from '../../src/kit.js';

/** Words that name a secret: a value called so exists to be unguessable. */
const SECRET_WORDS = new Set([
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
  'credential',
  'credentials',
  'verification',
  'invite',
  'signature',
  'iv',
]);
/** Words of an id that is a secret only once it leaves the process (`sessionId` sent as a cookie): in-process session and agent ids are labels. */
const HANDLE_WORDS = new Set(['session', 'sessionid', 'sid', 'auth']);
/** A nonce is a secret only in crypto or CSP code; elsewhere (`refreshNonce`, a cache buster) it is a counter. */
const NONCE_CONTEXT = /nonce-|Content-Security-Policy|\boauth|openid|createCipheriv|\bhmac|\bsignature|\bjwt\b|webcrypto|subtle\./i;
/** Verbs of a function whose result is the random value (`generatePassword`, `createToken`, `newSessionId`). */
const MAKER_WORDS = new Set(['generate', 'gen', 'create', 'make', 'new', 'random', 'rand', 'build', 'issue', 'mint']);

/** `key` alone is everywhere (React keys, cache keys); only these compounds are secrets. */
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'auth', 'encryption', 'signing', 'session', 'reset']);

type Need = 'secret' | 'handle' | 'id' | undefined;

/** What a name says the value is: a secret (report), a handle such as a session id (report once it is sent or stored outside the process), an id (report once it is put in a URL). */
function need(name: string | undefined): Need {
  if (!name) return undefined;
  const words = identifierWords(name);
  let out: Need;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SECRET_WORDS.has(w)) return 'secret';
    if ((w === 'key' || w === 'code' || w === 'id') && i > 0 && (KEY_QUALIFIERS.has(words[i - 1]!) || words[i - 1] === 'verify') && words[i - 1] !== 'session')
      return 'secret';
    if (w === 'key' && i > 0 && words[i - 1] === 'session') return 'secret';
    if (w === 'reset' && (words[i + 1] === 'code' || words[i + 1] === 'link')) return 'secret';
    if (HANDLE_WORDS.has(w)) out = 'handle';
    else if (!out && /^(id|uid|uuid|guid)$/.test(w) && i === words.length - 1) out = 'id';
  }
  return out;
}

/** Calls that send a value out of the process or store it: a cookie or header, a redirect, web storage, a database row, a message. */
const EXIT_CALLS = new Set([
  'cookie',
  'setCookie',
  'setHeader',
  'writeHead',
  'redirect',
  'setItem',
  'postMessage',
  'insert',
  'insertOne',
  'insertMany',
  'hset',
  'setex',
  'sendMessage',
  'publish',
]);

/** Where a random value lands: the variable, member or property it is stored in, or the function that returns it. */
function destination(ctx: CodeContext, call: Node): { name?: string; fn?: Node; sent?: boolean; owner?: string } {
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
      case 'Property': {
        if (p.value !== n) return {};
        // `const session = { id: … }`: the object's name qualifies the property's
        const d = ctx.resolver.parent(ctx.resolver.parent(p) ?? p);
        const owner = d?.type === 'VariableDeclarator' && d.id.type === 'Identifier' ? d.id.name : undefined;
        return { name: propertyName(p) ?? '', fn: p, ...(owner ? { owner } : {}) };
      }
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
          const label = p.arguments
            .map((a) => constValue(a as Node, ctx.resolver))
            .find((v): v is string => typeof v === 'string' && need(v) !== undefined && need(v) !== 'id');
          if (label) return { name: label, fn: p, sent: true };
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
    'nonce or salt made from it can be predicted. It is reported when the value is a secret by what it is stored',
    'in (`resetToken`, `password`, `apiKey`, `generatePassword()`, a CSP nonce), and an id only once it has to be',
    'unguessable: a session or auth id when it is sent or stored outside the process (a response, a cookie or',
    'header, a redirect, web storage, a database row), any id when it is put in a URL (`https://…/${id}`,',
    '`?token=${id}`). In-process session and agent labels, shuffles, jitter, sampling, random array picks, UI',
    'refresh nonces and React keys are not.',
    '',
    'Severity is medium: exploiting it needs a few observed values, but then it leads to account takeover.',
    '',
    '**Fix:** use `crypto.randomBytes(32).toString("hex")`, `crypto.randomUUID()`, `crypto.randomInt()` or',
    '`crypto.getRandomValues()` in the browser.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const randoms: TSESTree.CallExpression[] = [];
    const calls: TSESTree.CallExpression[] = [];
    const urls: TSESTree.TemplateLiteral[] = [];
    const exits: Node[] = [];
    /** The id leaves the process: a response, a cookie or header, a redirect, web storage, a database row, a message to another process. */
    const sentOrStored = (names: string[]): boolean => {
      const re = new RegExp(`\\b(${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})\\b`);
      return exits.some((x) => re.test(ctx.text(x)));
    };
    /** The id is put in a URL: after `https://…` or as a query parameter (`?sid=${id}`). */
    const inUrl = (names: string[]): boolean => {
      const re = new RegExp(`^(${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})$`);
      return urls.some((t) =>
        t.expressions.some((e, i) => {
          const u = unwrap(e);
          const name = u?.type === 'Identifier' ? u.name : u?.type === 'MemberExpression' ? propertyName(u) : undefined;
          const before = t.quasis
            .slice(0, i + 1)
            .map((q) => q.value.cooked ?? '')
            .join('');
          return !!name && re.test(name) && (/https?:\/\//.test(before) || /[?&#][\w.-]+=$/.test(before));
        }),
      );
    };
    /** Where the results of a maker function go: `this.sessionId = this.generateSessionId()`. */
    const namesFromCalls = (fn: string): string[] =>
      calls.flatMap((c) => {
        const callee = unwrap(c.callee);
        const name = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' ? propertyName(callee) : undefined;
        if (name !== fn) return [];
        const d = destination(ctx, c);
        return d.name ? [d.name] : [];
      });
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (ctx.resolver.canonical(node.callee) === 'Math.random') randoms.push(node);
        else calls.push(node);
        const callee = unwrap(node.callee);
        const prop = callee?.type === 'MemberExpression' ? propertyName(callee) : callee?.type === 'Identifier' ? callee.name : undefined;
        const obj = callee?.type === 'MemberExpression' ? ctx.text(callee.object) : '';
        if (
          (prop && EXIT_CALLS.has(prop)) ||
          (prop && /^(json|send|end|write|set|status)$/.test(prop) && /^(res|response|reply|ctx|c|ctx\.response)$/.test(obj)) ||
          /^(fetch|axios(\.\w+)?)$/.test(ctx.resolver.canonical(node.callee) ?? '')
        )
          exits.push(...(node.arguments as Node[]));
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        // document.cookie = …, location.href = …, res.statusCode…: only the cookie and the location leave the page
        if (/^(document\.cookie|(window\.)?location(\.href)?)$/.test(ctx.text(node.left))) exits.push(node.right);
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral) {
        if (node.expressions.length) urls.push(node);
      },
      'Program:exit'() {
        for (const node of randoms) {
          const dest = destination(ctx, node);
          let name = dest.name;
          const nonce = (n: string | undefined): boolean => !!n && identifierWords(n).includes('nonce') && NONCE_CONTEXT.test(ctx.file.text);
          let kind: Need = need(dest.owner && name ? dest.owner + name.charAt(0).toUpperCase() + name.slice(1) : name) ?? (nonce(name) ? 'secret' : undefined);
          let names = [name, dest.owner].filter((x): x is string => !!x);
          if (!kind) {
            // the function's own name counts only when it makes the value (`generatePassword`), not when it merely uses
            // randomness somewhere (a random array index in `sessionTips()`)
            const fn = enclosingFunctionName(ctx, node);
            name = fn && identifierWords(fn).some((w) => MAKER_WORDS.has(w)) ? fn : undefined;
            kind = need(name) ?? (nonce(name) ? 'secret' : undefined);
            if (name) names = [name, ...namesFromCalls(name)];
          }
          if (!kind || !name) continue;
          if (kind === 'handle' && !dest.sent && !sentOrStored(names) && !inUrl(names)) continue;
          if (kind === 'id' && !inUrl(names)) continue;
          ctx.report(
            node,
            `\`Math.random()\` makes \`${name}\`, which must be unpredictable${kind === 'secret' ? '' : kind === 'id' ? ' once it is put in a URL' : ' once it leaves the process'}.`,
          );
        }
      },
    };
  },
  examples: {
    bad: [
      { code: 'const resetToken = Math.random().toString(36).slice(2);' },
      {
        code: "function generatePassword(len = 12) {\n  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';\n  let out = '';\n  for (let i = 0; i < len; i++) out += chars[Math.floor(Math.random() * chars.length)];\n  return out;\n}",
        line: 4,
      },
      {
        code: "const sessionId = Array.from({ length: 16 }, () => Math.floor(Math.random() * 16).toString(16)).join('');\nres.cookie('sid', sessionId, { httpOnly: true });",
        line: 1,
        note: 'a session id sent as a cookie',
      },
      {
        code: "function newSessionId() {\n  return Math.random().toString(36).slice(2);\n}\napp.post('/login', (req, res) => {\n  const sid = newSessionId();\n  res.cookie('sid', sid);\n});",
        line: 2,
        note: 'a maker function whose result its caller sends',
      },
      {
        code: 'const id = Math.random().toString(36).slice(2);\nres.json({ link: `https://files.example.com/share?id=${id}` });',
        line: 1,
        note: 'an id put in a share URL',
      },
      { code: 'user.apiKey = `key_${Math.random().toString(36).substring(2)}`;' },
      { code: 'res.json({ csrfToken: Math.random().toString(16).slice(2) });' },
      { code: 'const rand = window.Math.random;\nconst token = String(rand());', line: 2, note: 'an alias of Math.random' },
      { code: "res.cookie('sessionId', Math.random().toString(36).slice(2), { httpOnly: true });", note: 'the cookie name says what it is' },
      {
        code: "const nonce = Math.random().toString(36).slice(2);\nres.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);",
        note: 'a CSP nonce',
      },
    ],
    good: [
      { code: 'const delay = Math.floor(Math.random() * 1000);', note: 'jitter' },
      { code: 'items.sort(() => Math.random() - 0.5);', note: 'shuffle' },
      { code: '<li key={Math.random()}>{x}</li>', path: 'list.tsx', note: 'React key' },
      { code: "import { randomBytes } from 'crypto';\nconst token = randomBytes(32).toString('hex');", note: 'crypto' },
      { code: 'const cacheKey = `k${Math.random()}`;', note: 'cache key' },
      { code: "localStorage.setItem('theme-seed', String(Math.random()));", note: 'a non-secret storage key' },
      { code: 'const [nonce, setNonce] = useState(0);\nconst refresh = () => setNonce(Math.random());', path: 'panel.tsx', note: 'a UI refresh nonce' },
      {
        code: "const TIPS = ['a', 'b', 'c'];\nexport function sessionTip() {\n  return TIPS[Math.floor(Math.random() * TIPS.length)];\n}",
        note: 'a random array index in a function that only mentions a session',
      },
      {
        code: 'const ids = await listSessions();\nconst randomSessionId = ids[Math.floor(Math.random() * ids.length)];',
        note: 'picks an existing element; the random index is not a secret',
      },
      {
        code: 'const sessionId = `session-${Date.now()}-${Math.random().toString(36).slice(2)}`;\nthis.executions.set(`${sessionId}:hook`, 1);',
        note: 'an in-process session label that never leaves the process (claude-flow hook-safety)',
      },
      { code: 'const agent = { id: `agent_${Math.random().toString(36).slice(2, 9)}`, name };\nagents.set(agent.id, agent);', note: 'an in-process id' },
      { code: 'function random() { return 4; }\nconst Math = { random };\nconst token = Math.random();', note: 'a local Math' },
    ],
  },
});
