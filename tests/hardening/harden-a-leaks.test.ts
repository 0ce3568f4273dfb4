// Issue 23, "never leak" and "never hang": a found secret quoted by another rule (message, flow label), in a
// suppression reason, in a file's name; config errors quoting a value; fingerprints that would confirm a guessed
// password; `::` workflow commands and Markdown in scanned names; a FIFO or a device named as config or baseline.
// Every attack runs the built CLI (dist/cli.js) as a real process, except the Markdown summary (a pure function).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGithubSummary } from '../../src/report/github.js';
import type { Finding, ScanResult } from '../../src/core/types.js';
import { expectCleanExit, runDist } from './helpers.js';

// Low-entropy on purpose: the generic token scrubber would not catch it, only the secret rule's own finding does.
const PASSWORD = ['correct', 'horse', 'battery'].join('-');
const URL_WITH = `postgres://admin:${PASSWORD}@db.internal:5432/app`;

function tmp(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

function leakTree(): string {
  const root = tmp('flowguard-leak-');
  fs.writeFileSync(path.join(root, '.env'), `DATABASE_URL=${URL_WITH}\n`);
  // Another rule quotes the URL (command injection: the command text holds the password).
  fs.writeFileSync(
    path.join(root, 'dump.js'),
    `const { execSync } = require('child_process');\nconst cmd = '${`pg_dump ${URL_WITH} -t `}' + process.argv[2];\nexecSync(cmd);\nexecSync(\`psql ${URL_WITH} -c \${process.argv[3]}\`);\n`,
  );
  // A suppression whose reason repeats the password.
  fs.writeFileSync(path.join(root, 'quiet.js'), `eval(process.argv[2]); // flowguard-ignore code/eval-injection -- old db pw ${PASSWORD} rotated\n`);
  // A file whose name holds the password.
  fs.mkdirSync(path.join(root, 'dumps'));
  fs.writeFileSync(path.join(root, 'dumps', `${PASSWORD}.js`), 'eval(process.argv[2]);\n');
  fs.writeFileSync(path.join(root, 'dumps', `${PASSWORD}-broken.js`), 'function (\n');
  return root;
}

function scanAll(root: string): string[] {
  const outs: string[] = [];
  for (const format of ['text', 'json', 'sarif']) {
    const r = runDist(['scan', root, '--format', format, '--fail-on', 'none', '--no-cache']);
    expect(r.signal).toBeNull();
    expect(r.status, r.stderr).toBe(0);
    outs.push(r.stdout, r.stderr);
  }
  return outs;
}

describe('harden-a: a found secret is masked in every output of every rule', () => {
  it("another rule's message and flow labels, a suppression justification, file paths: never the password", () => {
    const root = leakTree();
    const outs = scanAll(root);
    for (const out of outs) expect(out.includes(PASSWORD), out.slice(0, 2000)).toBe(false);
    const sarif = JSON.parse(runDist(['scan', root, '--format', 'sarif', '--fail-on', 'none', '--no-cache']).stdout) as {
      runs: {
        results: {
          ruleId: string;
          message: { text: string };
          suppressions?: { justification?: string }[];
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results;
    // The attacks were real: the secret was found, another rule quoted the command, the suppression was read,
    // the file with the password in its name was reported (under its masked name).
    expect(results.some((r) => r.ruleId.startsWith('secret/'))).toBe(true);
    expect(results.some((r) => r.ruleId === 'code/command-injection' && r.message.text.includes('corr****'))).toBe(true);
    expect(results.some((r) => r.suppressions?.[0]?.justification?.includes('corr****'))).toBe(true);
    expect(results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'dumps/corr****.js')).toBe(true);
  });

  it('the cache replays masked findings and still masks a password found in a cached file', () => {
    const root = leakTree();
    const cache = tmp('flowguard-leak-cache-');
    const env = { FLOWGUARD_CACHE_DIR: cache };
    const first = runDist(['scan', root, '--format', 'json', '--fail-on', 'none'], { env });
    // Only the quoting file changes: .env (where the password is found) is replayed from the cache.
    fs.appendFileSync(path.join(root, 'dump.js'), `execSync('mysqldump ${URL_WITH} ' + process.argv[4]);\n`);
    const second = runDist(['scan', root, '--format', 'json', '--fail-on', 'none'], { env });
    for (const r of [first, second]) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.includes(PASSWORD)).toBe(false);
    }
    expect(second.stdout).toContain('mysqldump');
    for (const f of fs.readdirSync(cache, { recursive: true }) as string[]) {
      const p = path.join(cache, f);
      // The cache, on this machine, names files as the tree does (its lookups are by path); no value elsewhere.
      if (fs.lstatSync(p).isFile())
        expect(
          fs
            .readFileSync(p, 'utf8')
            .replace(/"file":"dumps\/[^"]*"/g, '')
            .includes(PASSWORD),
          f,
        ).toBe(false);
    }
  });

  it("a secret's fingerprint is not a hash of its value: rule, file and masked form only", () => {
    const fp = (password: string): string => {
      const root = tmp('flowguard-fp-');
      fs.writeFileSync(path.join(root, '.env'), `DATABASE_URL=postgres://admin:${password}@db.internal:5432/app\n`);
      const r = runDist(['scan', root, '--format', 'sarif', '--type', 'secrets', '--fail-on', 'none', '--no-cache']);
      const res = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] }).runs[0]!.results.filter(
        (x) => x.ruleId.startsWith('secret/'),
      );
      expect(res.length).toBeGreaterThan(0);
      return res[0]!.partialFingerprints['flowguard/v1']!;
    };
    const a = fp(PASSWORD);
    // Another password with the same first four characters, at the same place: the same fingerprint, so a guess
    // list run against the fingerprint confirms nothing.
    expect(fp('corrugated-iron-roof')).toBe(a);
    // And not the old public-salt hash of the value.
    const salted = createHash('sha256').update('flowguard/v1/secret-fingerprint').update('\0').update(PASSWORD).digest('hex').slice(0, 32);
    expect(a).not.toContain(salted);
  });

  it('config errors show a value by a short prefix only (an invalid secrets.allow regex, a severity, a key)', () => {
    const token = ['sk', 'live', 'A1b2C3d4E5f6G7h8I9j0K1l2'].join('_');
    const cases = [
      `secrets:\n  allow: ["(${token}"]\n`,
      `failOn: ${token}\n`,
      `rules:\n  code/eval-injection: ${token}\n`,
      `${token}: 1\n`,
      `rules:\n  ${token}: off\n`,
    ];
    for (const text of cases) {
      const root = tmp('flowguard-cfg-');
      fs.writeFileSync(path.join(root, 'flowguard.config.yaml'), text);
      const r = runDist(['scan', root, '--format', 'json']);
      expectCleanExit(r, 2);
      expect(r.stderr).toMatch(/flowguard\.config\.yaml/);
      expect(r.stderr.includes(token.slice(0, 10)), r.stderr).toBe(false);
      expect(r.stdout).toBe('');
    }
  });
});

describe('harden-a: scanned names cannot forge workflow commands or Markdown', () => {
  it('a file named ::stop-commands:: prints no workflow command in the text report', () => {
    if (process.platform === 'win32') return;
    const root = tmp('flowguard-cmd-');
    for (const name of ['::stop-commands::pwned', '::warning file=x.js::forged', '##[error]forged', '  ::add-mask::x']) {
      fs.mkdirSync(path.join(root, name));
      fs.writeFileSync(path.join(root, name, 'a.js'), 'eval(process.argv[2]);\n');
    }
    const r = runDist(['scan', root, '--fail-on', 'none', '--no-cache']);
    expect(r.status, r.stderr).toBe(0);
    const lines = (r.stdout + r.stderr).split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    expect(lines.filter((l) => l.includes('##['))).toEqual([]);
    expect(r.stdout).toContain('stop-commands');
  });

  it('file names, rule ids and messages cannot open links, images, code spans or HTML in the job summary', () => {
    const evil = 'x`](https://evil.example/a) ![p](https://evil.example/p.png) <img src=x>`.js';
    const f: Finding = {
      ruleId: 'code/eval-injection',
      severity: 'high',
      file: evil,
      line: 1,
      column: 1,
      message: 'see [here](https://evil.example/m) **now** `code` @octocat www.evil.example',
      fingerprint: 'f',
      suppressed: false,
    };
    const result = {
      root: '/r',
      type: 'comprehensive',
      findings: [f],
      errors: [{ file: evil, message: 'x' }],
      skipped: [{ file: `a)${evil}`, reason: '![i](https://evil.example/s)' }],
      rules: [],
      stats: { files: 1, parsed: 1, skipped: 1, durationMs: 0 },
    } as unknown as ScanResult;
    for (const links of [undefined, { server: 'https://github.com', repository: 'o/r', sha: 'abc' }]) {
      const md = toGithubSummary(result, { failOn: 'high', failed: true, ...(links ? { links } : {}) });
      // What renders as Markdown: the text outside code spans (a code span shows its content literally).
      const prose = md.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, 'CODE');
      // No unescaped link or image to the attacker's host, no raw HTML tag.
      expect(prose).not.toMatch(/(?<!\\)\]\((?:https:\/\/)?evil/);
      expect(prose).not.toMatch(/(?<!\\)!\[/);
      expect(prose).not.toContain('<img');
      expect(prose).not.toMatch(/(?<!\\)@octocat/);
      expect(prose).not.toMatch(/(?<!\\)\*\*now/);
      // Every code span holds the whole name: the fence is longer than any backtick run in it.
      expect(md).toContain('``x`](https://evil.example/a)');
      if (links) expect(md).toContain('](https://github.com/o/r/blob/abc/x%60%5D%28https%3A//evil.example/a%29%20%21%5Bp%5D');
    }
  });
});

describe('harden-a: a config or baseline that is a FIFO or a device never hangs the scan', () => {
  it('baseline: a FIFO, /dev/zero, /dev/urandom, a directory; --config a FIFO or /dev/zero: one line, exit 2', () => {
    if (process.platform === 'win32') return;
    const root = tmp('flowguard-fifo-');
    fs.writeFileSync(path.join(root, 'a.js'), 'eval(process.argv[2]);\n');
    expect(spawnSync('mkfifo', [path.join(root, 'pipe')]).status).toBe(0);
    fs.mkdirSync(path.join(root, 'dir'));
    const runs: [string[], string | undefined, RegExp][] = [
      [['scan', root], 'baseline: pipe\n', /the baseline is a FIFO/],
      [['scan', root], 'baseline: /dev/zero\n', /the baseline is a device/],
      [['scan', root], 'baseline: /dev/urandom\n', /the baseline is a device/],
      [['scan', root], 'baseline: dir\n', /the baseline is a directory/],
      [['scan', root, '--baseline', path.join(root, 'pipe')], undefined, /the baseline is a FIFO/],
      [['scan', root, '--config', path.join(root, 'pipe')], undefined, /the config is a FIFO/],
      [['scan', root, '--config', '/dev/zero'], undefined, /the config is a device/],
    ];
    for (const [args, config, message] of runs) {
      if (config === undefined) fs.rmSync(path.join(root, 'flowguard.config.yaml'), { force: true });
      else fs.writeFileSync(path.join(root, 'flowguard.config.yaml'), config);
      const r = runDist([...args, '--no-cache'], { killAfterMs: 30_000, maxOldSpaceMb: 256 });
      expectCleanExit(r, 2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('a config or baseline past its size cap is refused, not read whole', () => {
    const root = tmp('flowguard-big-');
    fs.writeFileSync(path.join(root, 'a.js'), 'eval(process.argv[2]);\n');
    fs.writeFileSync(path.join(root, 'flowguard.config.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = runDist(['scan', root, '--no-cache'], { killAfterMs: 30_000 });
    expectCleanExit(r, 2);
    expect(r.stderr).toMatch(/the config is larger than 1 MiB; not read/);
  });
});
