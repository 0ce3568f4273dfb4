// Each false-positive filter on its own, and the user-facing knobs (config secrets.allow, --exclude).
import { describe, expect, it } from 'vitest';
import { detectors, secretSample } from '../../rules/secret/index.js';
import { secretName } from '../../src/analyzers/secrets/engine.js';
import {
  decodedBase64,
  documentedExample,
  humanWords,
  isFixtureLike,
  isIntegrityHash,
  isLockfile,
  isPlaceholder,
  isReference,
  isTemplateEnv,
} from '../../src/analyzers/secrets/filters.js';
import { scan } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

describe('filters', () => {
  it.each([
    'xxxxxxxxxxxx',
    'your-api-key-here',
    '<token>',
    'changeme',
    'aaaaaaaaaaaa',
    '12345678',
    'abcdefghijkl',
    'abcabcabcabc',
    'REDACTED',
    'Password123!',
    'AIzaSyA-fake-key-for-tests',
    'not-a-real-token-1234',
    '****************',
    'sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx',
    'Ab3kQ9ABCDEFGHzz',
    'tok_9xQ01234567890',
  ])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it('reads a run of x as a placeholder only in one case', () => {
    expect(isPlaceholder('XXXX-XXXX-XXXX-1234')).toBe(true);
    // (a mixed-case run turns up in random base62 by chance: cohere-api-key's seed 1009 holds one)
    expect(isPlaceholder('Qm7xXXxRt2Lp9wVb4Nz8Kc3Hy6Fd')).toBe(false);
  });
  it('grades a value in Markdown held in a JSON string low, and reads notebook cells as code', async () => {
    const value = secretSample('generic-secret', 7);
    const findings = async (path: string, text: string) =>
      (await scan({ root: '/virtual', type: 'secrets', contents: new Map([[path, text]]) })).findings.map(
        (f) => `${f.ruleId}:${f.severity}:${f.line}:${f.column}`,
      );
    const doc = JSON.stringify({ content: `# Setup\n\n\`\`\`js\nconst password = '${value}';\n\`\`\`\n` });
    expect(await findings('dashboard/skills/setup.json', doc)).toEqual([`secret/generic-secret:low:1:${doc.indexOf(value) + 1}`]);
    expect(await findings('config/settings.json', JSON.stringify({ password: value }))).toEqual([
      `secret/generic-secret:high:1:${JSON.stringify({ password: value }).indexOf(value) + 1}`,
    ]);
    // A notebook: the assignment hides behind escaped quotes in the raw JSON.
    const nb = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', source: ['# Demo\n'] },
          { cell_type: 'code', source: ['import os\n', `api_key = "${value}"\n`, 'print(1)'] },
        ],
      },
      null,
      1,
    );
    expect(await findings('notebooks/demo.ipynb', nb)).toEqual([
      `secret/generic-secret:high:${nb.split('\n').findIndex((l) => l.includes(value)) + 1}:${
        nb
          .split('\n')
          .find((l) => l.includes(value))!
          .indexOf(value) + 1
      }`,
    ]);
    expect(await findings('notebooks/demo.ipynb', nb.replace(value, 'your-api-key-here'))).toEqual([]);
  });
  it.each([
    '${API_KEY}',
    '$API_KEY',
    '%API_KEY%',
    '${{ secrets.API_KEY }}',
    'process.env.API_KEY',
    'os.environ["API_KEY"]',
    '{{ .Values.apiKey }}',
    'vault:secret/data/app#key',
    'op://vault/item/field',
    'arn:aws:secretsmanager:x',
  ])('%s is a reference', (v) => {
    expect(isReference(v)).toBe(true);
  });
  it('keeps random values', () => {
    const v = secretSample('generic-secret', 3);
    expect(isPlaceholder(v) || isReference(v) || humanWords(v)).toBe(false);
    // No detector's own samples read as a typed alphabet run.
    for (const d of detectors.filter((x) => !['pem', 'pgp', 'putty'].includes(x.validator ?? '')))
      for (const seed of [0, 1, 2, 3]) expect(isPlaceholder(secretSample(d.id, seed)), d.id).toBe(false);
  });
  it('recognises word-built values, base64 of text, documented keys, hashes, lockfiles, fixtures and templates', () => {
    expect(humanWords('SuperSecret123!')).toBe(true);
    expect(humanWords('P@ssw0rd')).toBe(true);
    expect(decodedBase64('cGFzc3dvcmQxMjM=')).toBe('password123');
    expect(documentedExample('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isIntegrityHash('sha512-abc+/==')).toBe(true);
    expect(isLockfile('a/package-lock.json') && isLockfile('yarn.lock') && isLockfile('pnpm-lock.yaml')).toBe(true);
    expect(isFixtureLike('tests/fixtures/a.json') && isFixtureLike('src/a.spec.ts')).toBe(true);
    expect(isTemplateEnv('.env.example') && isTemplateEnv('config/.env.sample') && isTemplateEnv('.env.template')).toBe(true);
    expect(isTemplateEnv('.env') || isTemplateEnv('.env.production')).toBe(false);
  });
  it.each([
    ['DB_PASSWORD', true],
    ['apiKey', true],
    ['client_secret', true],
    ['x-api-key', true],
    ['_authToken', true],
    ['AUTH', true],
    ['passwordLength', false],
    ['tokenUrl', false],
    ['maxTokens', false],
    ['publicKey', false],
    ['mapboxPublicToken', false],
    ['author', false],
    ['monkey', false],
    ['secretName', false],
  ] as const)('secretName(%s) is %s', (name, expected) => {
    expect(secretName(name)).toBe(expected);
  });
});

describe('user knobs', () => {
  it('config secrets.allow and --exclude drop findings', async () => {
    const token = secretSample('stripe-secret-key', 9);
    const dir = tmpTree({ '.env': `STRIPE_SECRET_KEY=${token}\n`, '.env.example': `STRIPE_SECRET_KEY=${secretSample('stripe-secret-key', 10)}\n` });
    expect((await scan({ root: dir, type: 'secrets' })).findings.map((f) => f.file)).toEqual(['.env', '.env.example']);
    expect((await scan({ root: dir, type: 'secrets', secretsAllow: [`^${token.slice(0, 16)}`] })).findings.map((f) => f.file)).toEqual(['.env.example']);
    const r = await runCli(['scan', '.', '--type', 'secrets', '--exclude', '.env.example', '--format', 'json'], dir);
    expect((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['.env']);
  });
});

describe('authorization headers', () => {
  it('reports a basic-auth header only when the decoded password is random', async () => {
    const pair = (p: string) => Buffer.from(`deploy:${p}`).toString('base64');
    const strong = secretSample('generic-secret', 44);
    const run = async (p: string) =>
      (
        await scan({ root: '/virtual', type: 'secrets', contents: new Map([['call.sh', `curl -H "Authorization: Basic ${pair(p)}" https://api.internal\n`]]) })
      ).findings.map((f) => f.ruleId);
    expect(await run(strong)).toEqual(['secret/authorization-header']);
    expect(await run('password123')).toEqual([]);
  });
});

// Shapes measured as false alarms on real code (openai-agents-js, next-auth, openpgp@6.1.0 and openpgpjs, starlight).
describe('generic-secret on real-code shapes', () => {
  const run = async (file: string, code: string) =>
    (await scan({ root: '/virtual', type: 'secrets', contents: new Map([[file, code]]) })).findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
    }));
  const value = secretSample('generic-secret', 61);

  it.each([
    ['src/redact.ts', 'upper-snake constant name as the value', "const secret = 'SECRET_STRUCTURED_FINAL_OUTPUT_4207';\n"],
    ['config/auth.yaml', 'name in place of a value', 'clientSecret: AZURE_AD_B2C_CLIENT_SECRET\n'],
    ['docs/providers/okta.mdx', 'non-null reference', 'clientSecret: env.AUTH_OKTA_SECRET!,\n'],
    ['docs/global.html', 'type union', '<pre>{ privateKey:PrivateKey|Uint8Array|String, publicKey:PublicKey }</pre>\n'],
    ['docs/Packet.html', 'type name', '<p>Expected object of the form: { sessionKey: Uint8Array, sessionKeyAlgorithm: enums.symmetric }</p>\n'],
    ['src/sandbox.ts', 'absolute path', "const env = { GOOGLE_APPLICATION_CREDENTIALS: '/workspace/key.json' };\n"],
    ['config/ui.yaml', 'CJK prose', 'password_label: パスワードを入力してください\n'],
    ['docs/de/search.mdx', 'localised placeholder', "apiKey: 'DEINE_SUCHE_API_SCHLÜSSEL',\n"],
    ['src/locales/en.json', 'locale catalogue', '{ "secret": "Enter.your.SecretPhrase123" }\n'],
    ['dist/app.min.js.map', 'source map', `{"version":3,"sourcesContent":["apiSecret = ${value}\\n"]}\n`],
    ['appsettings.json', 'Key Vault reference', '{ "DbPassword": "@Microsoft.KeyVault(SecretUri=https://app.vault.azure.net/secrets/db/)" }\n'],
    ['template.yaml', 'CloudFormation reference', 'MasterUserPassword: resolve:secretsmanager:prod/db:SecretString:password\n'],
    ['serverless.yml', 'SSM reference', 'DB_PASSWORD: ${ssm:/prod/db/password}\n'],
    [
      'README.md',
      'badge token followed by another parameter',
      '[![cov](https://codecov.io/gh/o/r/branch/main/graph/badge.svg?token=mDP3mQJNnn&flag=unit)](https://codecov.io)\n',
    ],
    ['scripts/call.sh', 'constant name after Bearer', 'curl -H "Authorization: Bearer CONTEXT_SERVICE_API_KEY" https://api.internal\n'],
    [
      '.env.example',
      "Supabase's published local-development key",
      'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.dc_X5iR_VP_qT0zsiyj_I_OZ2T9FtRU2BBNWN8Bu4GE\n',
    ],
  ])('%s: no finding (%s)', async (file, _note, code) => {
    expect(await run(file, code)).toEqual([]);
  });

  it('still reports the same value in real source', async () => {
    expect((await run('src/config.ts', `export const config = { apiSecret: "${value}" };\n`)).map((f) => f.severity)).toEqual(['high']);
    expect((await run('config/app.yaml', `db_password: /${value}\n`)).map((f) => f.rule)).toEqual(['secret/generic-secret']);
  });

  it.each([
    ['tests/login.test.ts', 'in a test file'],
    ['README.md', 'in documentation'],
    ['docs/setup/install.md', 'in documentation'],
    ['examples/app/docker-compose.yml', 'in an example'],
  ])('grades a generic value in %s low and says why', async (file, reason) => {
    const found = await run(file, `password: "${value}"\n`);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['secret/generic-secret', 'low']]);
    expect(found[0]!.message).toContain(reason);
    expect(found[0]!.message).not.toContain(value);
  });

  it('keeps a provider token in a test file at its severity', async () => {
    const token = secretSample('github-pat', 62);
    const found = await run('tests/api.test.ts', `const token = '${token}';\n`);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['secret/github-pat', 'critical']]);
  });
});
