// No output format ever holds a raw secret: secrets of every detector, generated at run time, scanned through the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors, secretSample } from '../../rules/secret/index.js';
import { pemBody } from '../../src/analyzers/secrets/validators.js';
import { scan } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

/** The strings that must never appear: each sample, and for PEM keys every body line. */
function needles(value: string): string[] {
  if (value.includes('PRIVATE KEY')) return pemBody(value).body.match(/.{1,48}/g) ?? [];
  return [value];
}

describe('redaction', () => {
  const files: Record<string, string> = {};
  const values: string[] = [];
  for (const d of detectors) {
    for (const seed of [101, 102]) {
      const v = secretSample(d.id, seed);
      values.push(
        ...needles(v)
          .map((n) => n.replace(/\\n/g, '\n'))
          .flatMap((n) => n.split('\n'))
          .filter((n) => n.length >= 8),
      );
      const name = `${d.id}-${seed}`;
      if (d.id === 'gcp-service-account-key') files[`${name}.json`] = `{\n  "type": "service_account",\n  "private_key": "${v}\\n"\n}\n`;
      else if (d.id === 'private-key') files[`${name}.pem`] = `${v}\n`;
      else if (d.id === 'aws-secret-access-key')
        files[`${name}.env`] = `AWS_ACCESS_KEY_ID=${secretSample('aws-access-key-id', seed)}\nAWS_SECRET_ACCESS_KEY=${v}\n`;
      else if (d.id === 'twilio-api-key') files[`${name}.env`] = `TWILIO_API_KEY=${v}\n`;
      else if (d.id === 'authorization-header') files[`${name}.sh`] = `curl -H "Authorization: Bearer ${v}" https://api.internal\n`;
      else if (d.id === 'npm-legacy-token') files[`${name}.npmrc`] = `//registry.npmjs.org/:_authToken=${v}\n`;
      else if (d.id === 'discord-bot-token') files[`${name}.env`] = `DISCORD_BOT_TOKEN=${v}\n`;
      else files[`${name}.env`] = `${d.name ?? 'SECRET'}=${v}\n`;
    }
  }

  it('finds a secret in every generated file and prints none in text, JSON or SARIF', async () => {
    const dir = tmpTree(files);
    const r = await runCli(
      ['scan', '.', '--type', 'secrets', '--format', 'sarif', '--output', 'out.sarif', '--format', 'json', '--output', 'out.json', '--format', 'text'],
      dir,
    );
    expect(r.code).toBe(1);
    const outputs = [r.stdout, r.stderr, fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'), fs.readFileSync(path.join(dir, 'out.json'), 'utf8')];
    const json = JSON.parse(outputs[3]!) as { findings: { file: string; properties?: Record<string, unknown> }[] };
    const flagged = new Set(json.findings.map((f) => f.file));
    expect(Object.keys(files).filter((f) => !flagged.has(f))).toEqual([]);
    for (const out of outputs) for (const v of values) expect(out.includes(v), `leaked a ${v.length}-character value`).toBe(false);
    expect(json.findings.some((f) => f.properties?.validated === true)).toBe(true);
  });

  it('hands every raw value to onSecret before reporting it, and keeps the fingerprint when the secret moves', async () => {
    const v = secretSample('github-pat', 5);
    const seen: string[] = [];
    const a = await scan({ root: '/virtual', type: 'secrets', contents: new Map([['a.env', `GITHUB_TOKEN=${v}\n`]]), onSecret: (s) => seen.push(s) });
    const b = await scan({ root: '/virtual', type: 'secrets', contents: new Map([['a.env', `# moved\n\nX=1\nGITHUB_TOKEN=${v}\n`]]) });
    expect(seen).toEqual([v]);
    expect(a.findings[0]?.line).toBe(1);
    expect(b.findings[0]?.line).toBe(4);
    expect(b.findings[0]?.fingerprint).toBe(a.findings[0]?.fingerprint);
    expect(a.findings[0]?.message).toContain('ghp_****');
  });
});
