import {
  type Binding,
  type CodeContext,
  constValue,
  defineRule,
  enclosingFunction,
  functionName,
  type Node,
  propertyName,
  type TSESTree,
  unwrap,
} from '../../src/kit.js';

const WEAK_HASH = /^(md5|md4|md2|sha1|sha-1|rsa-md5|rsa-sha1|rsa-sha1-2|sha1withrsaencryption|md5withrsaencryption|ripemd|ripemd160)$/i;
const WEAK_CIPHER = /(^|-)ecb$|^(des|des-cbc|des-cfb|des-ofb|rc4|rc4-40|rc4-hmac-md5|rc2|rc2-cbc|rc2-40-cbc|rc2-64-cbc|bf|bf-cbc|bf-cfb|bf-ofb|blowfish)$/i;
/** What a hash protects when it must resist attackers: passwords (brute force) and signatures (collisions). */
const SENSITIVE = /pass(word|wd|phrase)?|pwd|^pw|secret|credential|signature|^sign|hmac/i;
const LIB_HASH = new Set(['md5', 'sha1', 'crypto-js.MD5', 'crypto-js.SHA1', 'crypto-js/md5', 'crypto-js/sha1', 'js-md5', 'blueimp-md5']);

function sensitiveName(name: string | undefined): boolean {
  return !!name && SENSITIVE.test(name.replace(/^[_$]+/, ''));
}

/** Identifier-ish names in an expression: `user.password` → `user`, `password`. */
function names(node: Node | undefined, out: string[] = [], depth = 0): string[] {
  const n = unwrap(node);
  if (!n || depth > 6) return out;
  if (n.type === 'Identifier') out.push(n.name);
  else if (n.type === 'MemberExpression') {
    names(n.object, out, depth + 1);
    const p = propertyName(n);
    if (p) out.push(p);
  } else if (n.type === 'CallExpression') {
    for (const a of n.arguments) names(a, out, depth + 1);
    names(n.callee, out, depth + 1);
  } else if (n.type === 'BinaryExpression') {
    names(n.left, out, depth + 1);
    names(n.right, out, depth + 1);
  } else if (n.type === 'TemplateLiteral') for (const e of n.expressions) names(e, out, depth + 1);
  return out;
}

/** Where the value of a hash chain ends up: the declared variable, assigned member or property. */
function targetName(ctx: CodeContext, node: Node): string | undefined {
  let n: Node = node;
  for (let i = 0; i < 12; i++) {
    const p = ctx.resolver.parent(n);
    if (!p) return undefined;
    if (p.type === 'VariableDeclarator') return p.id.type === 'Identifier' ? p.id.name : undefined;
    if (p.type === 'AssignmentExpression') {
      const l = unwrap(p.left);
      return l?.type === 'Identifier' ? l.name : l?.type === 'MemberExpression' ? propertyName(l) : undefined;
    }
    if (p.type === 'Property') return propertyName(p);
    if (p.type === 'CallExpression' && p.callee !== n) {
      const c = unwrap(p.callee);
      return c?.type === 'MemberExpression' ? propertyName(c) : c?.type === 'Identifier' ? c.name : undefined;
    }
    if (
      p.type !== 'MemberExpression' &&
      p.type !== 'CallExpression' &&
      p.type !== 'AwaitExpression' &&
      p.type !== 'ChainExpression' &&
      p.type !== 'TSAsExpression'
    )
      return undefined;
    n = p;
  }
  return undefined;
}

/** The `.update(x)` arguments chained on a `createHash()` call. */
function updateArgs(ctx: CodeContext, call: Node): Node[] {
  const out: Node[] = [];
  let n: Node = call;
  for (let i = 0; i < 6; i++) {
    const m = ctx.resolver.parent(n);
    if (m?.type !== 'MemberExpression' || m.object !== n) break;
    const c = ctx.resolver.parent(m);
    if (c?.type !== 'CallExpression') break;
    if (propertyName(m) === 'update' && c.arguments[0]) out.push(c.arguments[0]);
    n = c;
  }
  return out;
}

function inSensitiveUse(ctx: CodeContext, call: Node, data: Node[]): boolean {
  if (data.some((d) => names(d).some(sensitiveName))) return true;
  if (sensitiveName(targetName(ctx, call))) return true;
  const fn = enclosingFunction(ctx.resolver, call);
  return !!fn && sensitiveName(functionName(ctx.resolver, fn));
}

export default defineRule({
  id: 'code/weak-crypto',
  title: 'Broken hash or cipher protecting passwords, signatures or data',
  severity: 'medium',
  cwe: ['CWE-327', 'CWE-328', 'CWE-916'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    'MD5 and SHA-1 are fast and collision-broken: a leaked MD5/SHA-1 password table is cracked in hours on one',
    'GPU, and SHA-1 or MD5 signatures can be forged with chosen-prefix collisions. They are reported when they',
    'hash a password or secret or make a signature (the data, the result or the function is named so), or in',
    '`createSign`/`createVerify`; an MD5 of a file for a cache key or an ETag is fine and is not reported.',
    '`crypto.createCipher`/`createDecipher` derive the key with one MD5 round and use no IV (the same',
    'plaintext always gives the same ciphertext); ECB mode, DES, RC2, RC4 and Blowfish leak patterns or are',
    'broken. These are always reported.',
    '',
    'Severity is medium: exploiting it needs a second step (a leaked database, a captured ciphertext), but the',
    'damage then is complete.',
    '',
    '**Fix:** hash passwords with `crypto.scrypt`, argon2 or bcrypt; sign with SHA-256 or better; encrypt with',
    '`createCipheriv("aes-256-gcm", key, randomBytes(12))`.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    // `const h = createHash('md5'); h.update(password)`: the update may come in a later statement
    const pending: { node: TSESTree.CallExpression; alg: string; binding: Binding }[] = [];
    const updates = new Map<Binding, Node[]>();
    return {
      CallExpression(node: TSESTree.CallExpression) {
        const callee = unwrap(node.callee);
        if (callee?.type === 'MemberExpression' && propertyName(callee) === 'update' && node.arguments[0]) {
          const o = unwrap(callee.object);
          const b = o?.type === 'Identifier' ? ctx.resolver.binding(o) : undefined;
          if (b) updates.set(b, [...(updates.get(b) ?? []), node.arguments[0]]);
        }
        const name = ctx.resolver.canonical(node.callee);
        if (!name) return;
        const arg0 = node.arguments[0] as Node | undefined;
        switch (name) {
          case 'crypto.createCipher':
          case 'crypto.createDecipher':
            ctx.report(node, `\`${name}\` derives its key with MD5 and uses no IV.`);
            return;
          case 'crypto.createCipheriv':
          case 'crypto.createDecipheriv': {
            const alg = constValue(arg0, ctx.resolver);
            if (typeof alg === 'string' && WEAK_CIPHER.test(alg)) ctx.report(node, `\`${name}\` uses the weak cipher mode \`${alg}\`.`);
            return;
          }
          case 'crypto.createSign':
          case 'crypto.createVerify': {
            const alg = constValue(arg0, ctx.resolver);
            if (typeof alg === 'string' && WEAK_HASH.test(alg)) ctx.report(node, `\`${name}\` signs with the collision-broken hash \`${alg}\`.`);
            return;
          }
          case 'crypto.createHash': {
            const alg = constValue(arg0, ctx.resolver);
            if (typeof alg !== 'string' || !WEAK_HASH.test(alg)) return;
            if (inSensitiveUse(ctx, node, updateArgs(ctx, node))) ctx.report(node, `\`${alg}\` hashes a password, secret or signature.`);
            else {
              const p = ctx.resolver.parent(node);
              const b = p?.type === 'VariableDeclarator' && p.id.type === 'Identifier' ? ctx.resolver.binding(p.id) : undefined;
              if (b) pending.push({ node, alg, binding: b });
            }
            return;
          }
          default:
            if (LIB_HASH.has(name) && inSensitiveUse(ctx, node, node.arguments)) {
              ctx.report(node, `\`${name.replace(/^crypto-js\.?\/?/, '')}\` hashes a password, secret or signature.`);
            }
        }
      },
      'Program:exit'() {
        for (const p of pending) {
          const data = updates.get(p.binding) ?? [];
          if (data.some((d) => names(d).some(sensitiveName))) ctx.report(p.node, `\`${p.alg}\` hashes a password, secret or signature.`);
        }
      },
    };
  },
  examples: {
    bad: [
      { code: "const crypto = require('crypto');\nconst digest = crypto.createHash('md5').update(password).digest('hex');", line: 2 },
      {
        code: "import { createHash } from 'node:crypto';\nexport function hashPassword(pw: string) {\n  return createHash('sha1').update(pw).digest('hex');\n}",
        line: 3,
      },
      { code: "import crypto from 'crypto';\nconst signature = crypto.createHash('sha1').update(payload + key).digest('base64');", line: 2 },
      { code: "const crypto = require('crypto');\nconst cipher = crypto.createCipher('aes-256-cbc', key);", line: 2 },
      { code: "import { createCipheriv } from 'crypto';\nconst c = createCipheriv('aes-128-ecb', key, null);", line: 2 },
      { code: "const { createSign } = require('crypto');\nconst signer = createSign('RSA-SHA1');", line: 2 },
      { code: "import md5 from 'md5';\nuser.passwordHash = md5(req.body.password);", line: 2 },
      {
        code: "const crypto = require('crypto');\nconst h = crypto.createHash('sha1');\nh.update(user.password);\nconst stored = h.digest('hex');",
        line: 2,
        note: 'update in a later statement',
      },
    ],
    good: [
      { code: "import { createHash } from 'crypto';\nconst etag = createHash('md5').update(body).digest('hex');", note: 'cache key, not a secret' },
      { code: "import { createHash } from 'crypto';\nconst digest = createHash('sha256').update(password).digest('hex');", note: 'strong hash' },
      { code: "import { createCipheriv, randomBytes } from 'crypto';\nconst c = createCipheriv('aes-256-gcm', key, randomBytes(12));", note: 'modern cipher' },
      { code: "import { createSign } from 'crypto';\nconst s = createSign('SHA256');", note: 'strong signature hash' },
      { code: "const createHash = (alg) => alg;\ncreateHash('md5').update(password);", note: 'not the crypto module' },
    ],
  },
});
