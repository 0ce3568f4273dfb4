import { type CodeContext, constValue, defineRule, type Node, propertyName, type TSESTree, unwrap } from '../../src/kit.js';

const ENV_KEY = 'NODE_TLS_REJECT_UNAUTHORIZED';

function isFalse(ctx: CodeContext, node: Node): boolean {
  const v = constValue(node, ctx.resolver);
  return v === false || v === 0;
}

function isZero(ctx: CodeContext, node: Node): boolean {
  const v = constValue(node, ctx.resolver);
  return v === '0' || v === 0 || v === false;
}

/** `() => undefined`, `() => {}`, `function () { return; }`: a host check that never objects. */
function acceptsAnyHost(node: Node): boolean {
  const f = unwrap(node);
  if (f?.type !== 'ArrowFunctionExpression' && f?.type !== 'FunctionExpression') return false;
  if (f.body.type !== 'BlockStatement') {
    const b = unwrap(f.body);
    return (
      (b?.type === 'Identifier' && b.name === 'undefined') ||
      (b?.type === 'Literal' && b.value === null) ||
      (b?.type === 'UnaryExpression' && b.operator === 'void')
    );
  }
  return f.body.body.every((s) => s.type === 'ReturnStatement' && !s.argument) || f.body.body.length === 0;
}

/** From the start of the statement holding `node` to the end of `node`, so the finding opens where the call or declaration does. */
function statementSpan(ctx: CodeContext, node: Node): { range: readonly [number, number] } {
  let n: Node = node;
  let p = ctx.resolver.parent(n);
  while (p && !/Statement$|Declaration$/.test(n.type) && p.type !== 'Program') {
    n = p;
    p = ctx.resolver.parent(n);
  }
  return { range: [Math.min(n.range[0], node.range[0]), node.range[1]] };
}

/** A test file talks to its own local server with a self-signed certificate: an audit note (low), not a gate failure. */
const TEST_FILE = /(^|\/)(tests?|__tests__|spec|e2e)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;
function inTest(ctx: { file: { path: string } }): { severity?: 'low' } {
  return TEST_FILE.test(ctx.file.path) ? { severity: 'low' } : {};
}

export default defineRule({
  id: 'code/tls-verification-disabled',
  title: 'TLS certificate verification turned off',
  severity: 'high',
  cwe: ['CWE-295'],
  confidence: 'high',
  status: 'experimental',
  help: [
    '`rejectUnauthorized: false` (and `strictSSL: false` in `request`-style clients, or a `checkServerIdentity`',
    'that never objects) makes a TLS client accept',
    'any certificate, and `NODE_TLS_REJECT_UNAUTHORIZED=0` does it for every connection of the process. Anyone',
    'on the network path (a cafe Wi-Fi, a compromised proxy) can then read and change the traffic, including',
    'the API keys sent with it. Agents add it to "fix" a self-signed certificate error; it stays in production.',
    '',
    'Severity is high: it silently removes the confidentiality and integrity of every request that passes.',
    '',
    '**Fix:** keep verification on. For a private CA pass its certificate (`ca: fs.readFileSync("ca.pem")` or',
    '`NODE_EXTRA_CA_CERTS`); in tests, start the server with a certificate the client trusts.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    Property(node: TSESTree.Property) {
      if (node.kind !== 'init' || node.value.type === 'AssignmentPattern') return;
      const p = ctx.resolver.parent(node);
      if (p?.type !== 'ObjectExpression') return;
      const key = propertyName(node);
      if ((key === 'rejectUnauthorized' || key === 'strictSSL') && isFalse(ctx, node.value)) {
        ctx.report(statementSpan(ctx, node), `\`${key}: false\` accepts any TLS certificate.`, { key: ctx.text(node), ...inTest(ctx) });
      } else if (key === 'checkServerIdentity' && acceptsAnyHost(node.value)) {
        ctx.report(statementSpan(ctx, node), '`checkServerIdentity` accepts any host name.', { key: ctx.text(node), ...inTest(ctx) });
      } else if (key === ENV_KEY && isZero(ctx, node.value)) {
        ctx.report(statementSpan(ctx, node), `\`${ENV_KEY}\` set to \`0\` turns off certificate checks for the whole process.`, {
          key: ctx.text(node),
          ...inTest(ctx),
        });
      }
    },
    AssignmentExpression(node: TSESTree.AssignmentExpression) {
      if (node.operator !== '=') return;
      const left = unwrap(node.left);
      if (left?.type !== 'MemberExpression') return;
      const prop = propertyName(left);
      if ((prop === 'rejectUnauthorized' || prop === 'strictSSL') && isFalse(ctx, node.right)) {
        ctx.report(node, `\`${prop} = false\` accepts any TLS certificate.`, inTest(ctx));
      } else if (prop === ENV_KEY && ctx.resolver.canonical(left.object) === 'process.env' && isZero(ctx, node.right)) {
        ctx.report(node, `\`${ENV_KEY}\` set to \`0\` turns off certificate checks for the whole process.`, inTest(ctx));
      }
    },
  }),
  examples: {
    bad: [
      { code: "import https from 'https';\nconst agent = new https.Agent({ rejectUnauthorized: false });", line: 2 },
      { code: 'const res = await axios.get(url, { httpsAgent: new Agent({ keepAlive: true, rejectUnauthorized: false }) });' },
      {
        code: "const req = https.request({\n  host: 'internal.example',\n  port: 443,\n  rejectUnauthorized: false,\n});",
        line: 1,
        note: 'reported where the call starts',
      },
      { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';" },
      { code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;" },
      { code: "const tls = require('tls');\nconst opts = {};\nopts.rejectUnauthorized = false;\ntls.connect(443, host, opts);", line: 3 },
      { code: 'request({ url, strictSSL: false }, cb);' },
      { code: 'tls.connect({ host, port: 443, checkServerIdentity: () => undefined });' },
      { code: "spawn('node', ['job.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });" },
    ],
    good: [
      { code: 'const agent = new https.Agent({ rejectUnauthorized: true });', note: 'verification on' },
      { code: "const agent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });", note: 'computed, not a constant off' },
      { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';", note: 'turned on' },
      { code: "const ca = fs.readFileSync('ca.pem');\nconst agent = new https.Agent({ ca });", note: 'private CA' },
      { code: 'if (opts.rejectUnauthorized === false) warn();', note: 'a comparison, not a setting' },
      { code: 'tls.connect({ host, checkServerIdentity: (h, cert) => tls.checkServerIdentity(pinnedHost, cert) });', note: 'a real check' },
    ],
  },
});
