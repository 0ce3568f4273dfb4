// No output ever holds a secret. Fake secrets of many providers are generated at run time with sample() (never
// committed), planted in the files where they show up in real projects, quoted inside code that code rules report,
// and the tree is scanned with every output: text, JSON, SARIF (stdout and files), stderr, FLOWGUARD_DEBUG=1,
// the Action's outputs/summary/log, and every file flowguard leaves behind (cache, reports). A leak is the raw
// value or any 12-character slice of its random part. Detection is asserted only for the secret rules that exist,
// on their own examples.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { scanText } from '../../src/index.js';
import { scan } from '../../src/pipeline/scan.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { toText } from '../../src/report/text.js';
import { sample } from '../../src/rule.js';
import { tmpTree } from '../helpers/tmp.js';
import { distDir, runDist } from './helpers.js';

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0234567';

interface Planted {
  kind: string;
  /** Fixed, public part (a provider prefix): not secret by itself. */
  prefix: string;
  /** The random part. */
  body: string;
}

const s = (kind: string, prefix: string, len: number, alphabet?: string, suffix = ''): Planted => ({
  kind,
  prefix,
  body: sample(`${kind}:`, len, alphabet).slice(kind.length + 1) + suffix,
});

const SECRETS: Planted[] = [
  s('aws-access-key', 'AKIA', 16, UPPER_NUM),
  s('aws-secret-key', '', 40, B64),
  s('github-pat', 'ghp_', 36),
  s('github-oauth', 'gho_', 36),
  s('github-app', 'ghs_', 36),
  s('github-fine-grained', 'github_pat_', 82, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'),
  s('gitlab', 'glpat-', 20),
  s('npm', 'npm_', 36),
  s('slack-bot', 'xoxb-', 50, '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'),
  s('slack-webhook', 'https://hooks.slack.com/services/T', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/'),
  s('stripe', 'sk_live_', 24),
  s('stripe-restricted', 'rk_live_', 24),
  s('google-api', 'AIza', 35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
  s('openai', 'sk-proj-', 48),
  s('anthropic', 'sk-ant-api03-', 93, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 'AA'),
  s('sendgrid', 'SG.', 66, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
  s('twilio', 'SK', 32, HEX),
  s('mailgun', 'key-', 32, HEX),
  s('digitalocean', 'dop_v1_', 64, HEX),
  s('shopify', 'shpat_', 32, HEX),
  s('huggingface', 'hf_', 34),
  s('telegram', '123456789:AA', 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
  s('jwt', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
  s('azure-storage', 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=', 86, B64, '=='),
  s('db-password', 'postgres://app:', 24, undefined, '@db.internal.example:5432/app'),
  s('generic-password', '', 28),
];
const PEM_BODY = sample('pem:', 64 * 12, B64).slice(4);
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY.match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`;

const raw = (p: Planted): string => p.prefix + p.body;

function fixture(): string {
  const v = Object.fromEntries(SECRETS.map((p) => [p.kind, raw(p)]));
  const env = SECRETS.map((p) => `${p.kind.toUpperCase().replace(/-/g, '_')}=${raw(p)}`).join('\n');
  const code = [
    `const awsKey = '${v['aws-access-key']}';`,
    `const awsSecret = "${v['aws-secret-key']}";`,
    `const client = new Client({ token: '${v['github-pat']}', stripe: '${v.stripe}' });`,
    `export const OPENAI_API_KEY = '${v.openai}';`,
    `const password = '${v['generic-password']}';`,
    // Code-rule findings quote their argument: a secret inside it must not ride along into the message.
    `eval('${v.anthropic}' + process.argv[2]);`,
    `setTimeout("fetch('https://api.example.com?key=${v['google-api']}')", 10);`,
    `new Function('${v.sendgrid}', process.argv[3]);`,
    `eval(\`${v['slack-bot']}\${process.argv[4]}\`);`,
  ].join('\n');
  return tmpTree({
    '.env': `${env}\n`,
    '.env.production': `DATABASE_URL=${v['db-password']}\nJWT=${v.jwt}\n`,
    'src/config.js': `${code}\n`,
    'src/keys.ts': `export const keys = ${JSON.stringify(v, null, 2)};\n`,
    '.npmrc': `//registry.npmjs.org/:_authToken=${v.npm}\n`,
    'config/settings.json': JSON.stringify({ azure: v['azure-storage'], hf: v.huggingface, telegram: v.telegram }, null, 2),
    'docker-compose.yml': `services:\n  app:\n    environment:\n      - GITLAB_TOKEN=${v.gitlab}\n      - SHOPIFY=${v.shopify}\n      - DO=${v.digitalocean}\n`,
    '.mcp.json': JSON.stringify(
      {
        mcpServers: {
          gh: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: v['github-fine-grained'] } },
        },
      },
      null,
      2,
    ),
    '.claude/settings.json': JSON.stringify({ env: { ANTHROPIC_API_KEY: v.anthropic, SLACK: v['slack-webhook'] } }, null, 2),
    id_rsa: PEM,
    'README.md': `Use the token ${v['github-oauth']} and ${v['github-app']} and ${v.twilio} and ${v.mailgun} and ${v['stripe-restricted']}.\n`,
    'broken.json': `${v['github-pat']} {`,
    // A suppression comment quoting a secret: its finding (if any) must still not print it.
    'src/suppressed.js': `const t = '${v.npm}'; // flowguard-ignore secret/* -- fixture\n`,
  });
}

/** Every raw value and every 12-character slice of every random part. */
function needles(): string[] {
  const out = new Set<string>();
  for (const p of SECRETS) {
    out.add(raw(p));
    for (let i = 0; i + 12 <= p.body.length; i++) out.add(p.body.slice(i, i + 12));
  }
  for (let i = 0; i + 12 <= PEM_BODY.length; i += 3) out.add(PEM_BODY.slice(i, i + 12));
  return [...out];
}

function leaks(where: string, text: string): string[] {
  // `::add-mask::VALUE` is how the Action tells the runner to mask a value; the runner never prints it.
  const visible = text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const found = needles().filter((n) => visible.includes(n));
  return found.length ? [`${where}: ${found.length} slice(s), e.g. ${found[0]!.slice(0, 4)}…`] : [];
}

function filesUnder(dir: string, skip: Set<string> = new Set()): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip.has(p)) continue;
    if (e.isDirectory()) out.push(...filesUnder(p, skip));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

describe('no secret leaks', () => {
  const root = fixture();
  const planted = new Set(filesUnder(root));

  it('library: the ScanResult and every reporter', async () => {
    const result = await scan({ root });
    // `rules` is rule metadata (examples are built with the same deterministic sample() as this test), not scan output.
    const { rules: _rules, ...output } = result;
    const problems = [
      ...leaks('ScanResult', JSON.stringify(output)),
      ...leaks('json', toJson(result)),
      ...leaks('sarif', toSarif(result)),
      ...leaks('text', toText(result, { showSuppressed: true })),
    ];
    expect(problems).toEqual([]);
  });

  it('CLI: every format to stdout and to files, stderr, FLOWGUARD_DEBUG=1, every type, and no leftover file holds a secret', () => {
    const home = tmpTree();
    const out = tmpTree();
    const problems: string[] = [];
    const env = { HOME: home, XDG_CACHE_HOME: path.join(home, '.cache'), TMPDIR: home, FLOWGUARD_DEBUG: '1' };
    for (const type of ['comprehensive', 'secrets', 'static', 'config']) {
      for (const format of ['text', 'json', 'sarif']) {
        const r = runDist(['scan', '.', '--type', type, '--format', format], { cwd: root, env });
        expect(r.signal).toBeNull();
        problems.push(...leaks(`${type}/${format} stdout`, r.stdout), ...leaks(`${type}/${format} stderr`, r.stderr));
      }
      const files = runDist(
        [
          'scan',
          '.',
          '--type',
          type,
          '--format',
          'json',
          '--output',
          path.join(out, `${type}.json`),
          '--format',
          'sarif',
          '--output',
          path.join(out, `${type}.sarif`),
          '--format',
          'text',
          '--output',
          path.join(out, `${type}.txt`),
        ],
        { cwd: root, env },
      );
      problems.push(...leaks(`${type} files run stderr`, files.stderr));
    }
    // Profile report and baseline, when those features exist (a usage error until then is fine: it prints nothing).
    for (const args of [
      ['scan', '.', '--profile', 'production', '--profile-output', path.join(out, 'profile.json')],
      ['profile', 'validate', '.', '--profile', 'enterprise', '--output', path.join(out, 'profile2.json')],
      ['baseline', 'create', '.', '--output', path.join(out, 'baseline.json')],
      ['scan', '.', '--baseline', path.join(out, 'baseline.json'), '--format', 'sarif'],
      ['explain', 'secret/does-not-exist'],
    ]) {
      const r = runDist(args, { cwd: root, env });
      problems.push(...leaks(`${args.slice(0, 2).join(' ')} stdout`, r.stdout), ...leaks(`${args.slice(0, 2).join(' ')} stderr`, r.stderr));
    }
    // Whatever flowguard wrote: reports, a cache in the tree, in HOME or XDG_CACHE_HOME.
    for (const f of [...filesUnder(out), ...filesUnder(home), ...filesUnder(root).filter((f) => !planted.has(f))])
      problems.push(...leaks(path.basename(f), fs.readFileSync(f, 'latin1')));
    expect(problems).toEqual([]);
  });

  it('GitHub Action (dist/index.js): outputs, job summary, SARIF file and log', () => {
    const ws = fs.mkdtempSync(path.join(path.dirname(root), 'flowguard-ws-'));
    fs.cpSync(root, ws, { recursive: true });
    const outFile = path.join(ws, '..', `${path.basename(ws)}-output.txt`);
    const summary = path.join(ws, '..', `${path.basename(ws)}-summary.md`);
    fs.writeFileSync(outFile, '');
    fs.writeFileSync(summary, '');
    const r = spawnSync(process.execPath, [path.join(distDir, 'index.js')], {
      cwd: ws,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: outFile,
        GITHUB_STEP_SUMMARY: summary,
        INPUT_PATH: '.',
        INPUT_TYPE: 'comprehensive',
        'INPUT_FAIL-ON': 'high',
        INPUT_ANNOTATIONS: 'true',
        FLOWGUARD_DEBUG: '1',
        RUNNER_DEBUG: '1',
      },
      timeout: 120_000,
    });
    expect(r.signal).toBeNull();
    const problems = [
      ...leaks('action stdout', r.stdout),
      ...leaks('action stderr', r.stderr),
      ...leaks('GITHUB_OUTPUT', fs.readFileSync(outFile, 'utf8')),
      ...leaks('job summary', fs.readFileSync(summary, 'utf8')),
    ];
    for (const f of filesUnder(ws).filter((f) => !fs.existsSync(path.join(root, path.relative(ws, f)))))
      problems.push(...leaks(path.relative(ws, f), fs.readFileSync(f, 'latin1')));
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(outFile, { force: true });
    fs.rmSync(summary, { force: true });
    expect(problems).toEqual([]);
  });

  it('the planted secrets are seen when secret rules exist (at least one provider format is detected)', async () => {
    const result = await scan({ root, type: 'secrets' });
    const secretRules = rules.filter((r) => r.id.startsWith('secret/'));
    if (secretRules.length) expect(result.findings.filter((f) => f.ruleId.startsWith('secret/')).length).toBeGreaterThan(0);
  });

  // Each registered secret rule's own bad examples hold the exact format it detects: scanned through the whole
  // pipeline and every reporter, the rule must find it and no output may hold its token-like text.
  const secretRules = rules.filter((r) => r.id.startsWith('secret/'));
  it('every registered secret rule finds its bad examples and no reporter prints them', async () => {
    const problems: string[] = [];
    for (const rule of secretRules) {
      for (const [i, ex] of rule.examples.bad.entries()) {
        if (ex.todo) continue;
        const result = await scanText(ex.code, {
          ...(ex.path ? { path: ex.path } : { path: 'example.txt' }),
          ...(ex.files ? { files: ex.files } : {}),
          type: 'comprehensive',
        });
        if (!result.findings.some((f) => f.ruleId === rule.id)) problems.push(`${rule.id} example ${i}: not found`);
        const tokens = (ex.code.match(/[A-Za-z0-9_\-+/=]{16,}/g) ?? []).filter((t) => /\d/.test(t) && /[A-Za-z]/.test(t));
        const windows = tokens.flatMap((t) => Array.from({ length: Math.max(0, t.length - 12 + 1 - 4) }, (_, k) => t.slice(k + 4, k + 16)));
        for (const [name, out] of [
          ['json', toJson(result)],
          ['sarif', toSarif(result)],
          ['text', toText(result, { showSuppressed: true })],
        ] as const) {
          const hit = windows.find((w) => out.includes(w));
          if (hit) problems.push(`${rule.id} example ${i}: ${name} holds part of the secret`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
