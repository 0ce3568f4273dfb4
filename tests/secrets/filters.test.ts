// Each false-positive filter on its own, and the user-facing knobs (config secrets.allow, --exclude).
import { describe, expect, it } from 'vitest';
import { secretSample } from '../../rules/secret/index.js';
import { secretName } from '../../src/analyzers/secrets/engine.js';
import { decodedBase64, documentedExample, humanWords, isFixtureLike, isIntegrityHash, isLockfile, isPlaceholder, isReference, isTemplateEnv } from '../../src/analyzers/secrets/filters.js';
import { scan } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

describe('filters', () => {
  it.each(['xxxxxxxxxxxx', 'your-api-key-here', '<token>', 'changeme', 'aaaaaaaaaaaa', '12345678', 'abcdefghijkl', 'abcabcabcabc', 'REDACTED', 'Password123!', 'AIzaSyA-fake-key-for-tests', 'not-a-real-token-1234', '****************'])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(['${API_KEY}', '$API_KEY', '%API_KEY%', '${{ secrets.API_KEY }}', 'process.env.API_KEY', 'os.environ["API_KEY"]', '{{ .Values.apiKey }}', 'vault:secret/data/app#key', 'op://vault/item/field', 'arn:aws:secretsmanager:x'])('%s is a reference', (v) => {
    expect(isReference(v)).toBe(true);
  });
  it('keeps random values', () => {
    const v = secretSample('generic-secret', 3);
    expect(isPlaceholder(v) || isReference(v) || humanWords(v)).toBe(false);
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
    const run = async (p: string) => (await scan({ root: '/virtual', type: 'secrets', contents: new Map([['call.sh', `curl -H "Authorization: Basic ${pair(p)}" https://api.internal\n`]]) })).findings.map((f) => f.ruleId);
    expect(await run(strong)).toEqual(['secret/authorization-header']);
    expect(await run('password123')).toEqual([]);
  });
});
