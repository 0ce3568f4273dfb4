// False-positive filters seen on real repositories: each value below was reported before its filter.
import { describe, expect, it } from 'vitest';
import { secretSample } from '../../rules/secret/index.js';
import { isPlaceholder } from '../../src/analyzers/secrets/filters.js';
import { scan } from '../../src/index.js';

async function findings(path: string, text: string): Promise<string[]> {
  return (await scan({ root: '/virtual', type: 'secrets', contents: new Map([[path, text]]) })).findings.map((f) => `${f.ruleId}:${f.line}`);
}

describe('placeholder and marker values', () => {
  it('x-oauth-basic is a fixed password marker; a real token in the user name is still found', async () => {
    const token = secretSample('github-pat', 11);
    expect(await findings('scripts/clone.sh', `git clone https://${token}:x-oauth-basic@github.com/acme/tools.git\n`)).toEqual(['secret/github-pat:1']);
    // (a user name that is no token: nothing)
    expect(await findings('scripts/clone.sh', 'git clone https://abc123def456ghi789jkl012mno345pqr678stu9:x-oauth-basic@github.com/acme/app.git\n')).toEqual(
      [],
    );
    // any other password there is still one
    expect(await findings('scripts/clone.sh', 'git clone https://deploy:Qm7Rt2Lp9wVb4Nz8Kc3H@github.com/acme/app.git\n')).toEqual(['secret/url-basic-auth:1']);
  });

  it("Flowise's _FLOWISE_BLANK_<uuid> marker is no secret", async () => {
    const marker = '_FLOWISE_BLANK_07167752-1a71-43b1-bf8f-4f32252165db';
    expect(isPlaceholder(marker)).toBe(true);
    expect(
      await findings('packages/server/src/utils/constants.ts', `export const REDACTED_CREDENTIAL_VALUE = '${marker}'\nconst apiKey = '${marker}'\n`),
    ).toEqual([]);
    // a bare UUID under a secret name is not a marker
    expect(isPlaceholder('07167752-1a71-43b1-bf8f-4f32252165db')).toBe(false);
  });

  it.each([
    'sk-my-openai-key-here-1234567890abcdef',
    'sk-your-openai-api-key',
    'sk-xxx123abc456def789ghi012jkl345mno678pqr901stu',
    'sk-myOpenAIKey1234567890abcdefghijklmnopqrstuv',
    'sk-proj-my-key-9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    'sk-proj-XXX9f8e7d6c5b4a39281706f5e4d3c2b1a0aa',
  ])('%s is an OpenAI-style placeholder', async (v) => {
    expect(isPlaceholder(v)).toBe(true);
    expect(await findings('.env', `OPENAI_API_KEY=${v}\n`)).toEqual([]);
  });

  it('real-shaped OpenAI keys stay found', async () => {
    for (const id of ['openai-api-key', 'openai-project-key'])
      expect(await findings('.env', `OPENAI_API_KEY=${secretSample(id, 3)}\n`)).toEqual([`secret/${id}:1`]);
    // a random legacy key that happens to start with "my" and a letter is no placeholder
    expect(isPlaceholder('sk-myQ7Rt2Lp9wVb4Nz8Kc3Hy6Fd1Gs5Jx0Ze4Wu7Ik2Oa9Tm3Bn')).toBe(false);
  });

  it('Mailgun `key-` inside a longer dashed value is not a Mailgun key', async () => {
    expect(await findings('.env', 'OPENAI_API_KEY=sk-proj-key-9f8e7d6c5b4a39281706f5e4d3c2b1a0\n')).toEqual([]);
    expect(await findings('.env', `MAILGUN_API_KEY=${secretSample('mailgun-api-key', 2)}\n`)).toEqual(['secret/mailgun-api-key:1']);
  });
});

describe('names that say credentials, values that are none', () => {
  it('a non-HTTP URL without credentials under an AUTH/CREDENTIALS name is no secret', async () => {
    expect(await findings('.env', 'REDIS_CREDENTIALS=redis://cache.internal:6379\nAUTH_SERVER=ldaps://ldap.internal:636/dc=acme\n')).toEqual([]);
    // (with a password in it, it is)
    expect(await findings('.env', 'REDIS_CREDENTIALS=rediss://:Qm7Rt2Lp9wVb4Nz8Kc3H@cache.internal:6380\n')).toEqual(['secret/database-url-password:1']);
  });
});
