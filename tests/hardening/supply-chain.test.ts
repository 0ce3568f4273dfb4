// Supply chain: dependencies pinned to exact versions and locked with registry integrity hashes; no install
// scripts of our own; the bundles make no network call except through the GitHub API client the Action needs
// for `only-changed` (dist/cli.js: none at all). `npm audit --omit=dev` runs in .ci/run (it needs the registry).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers.js';

const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; resolved?: string; integrity?: string; link?: boolean; dev?: boolean }>;
};

describe('dependencies', () => {
  it('are pinned to exact registry versions in package.json', () => {
    const loose: string[] = [];
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const [name, spec] of Object.entries(pkg[field] ?? {})) if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(spec)) loose.push(`${field}.${name}: ${spec}`);
    }
    expect(loose).toEqual([]);
  });

  it('are locked: every package with an sha512 integrity hash, from the npm registry, direct ones at the pinned version', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const bad: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (where === '' || entry.link) continue;
      // `resolved` may be omitted (npm's omit-lockfile-registry-resolved); when present it must be the registry.
      if (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')) bad.push(`${where}: resolved ${entry.resolved}`);
      if (!entry.integrity?.startsWith('sha512-')) bad.push(`${where}: integrity ${entry.integrity}`);
    }
    for (const field of ['dependencies', 'devDependencies']) {
      for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
        if (lock.packages[`node_modules/${name}`]?.version !== spec)
          bad.push(`${name}: locked ${lock.packages[`node_modules/${name}`]?.version}, pinned ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('flowguard itself runs no install script', () => {
    const scripts = pkg.scripts ?? {};
    expect(Object.keys(scripts).filter((s) => /^(pre|post)?install$|^prepare$|^prepublish$/.test(s))).toEqual([]);
  });
});

// esbuild marks every bundled module with a `// <path>` line; split on them to know whose code holds what.
function sections(bundle: string): { owner: string; code: string }[] {
  const out: { owner: string; code: string }[] = [];
  let owner = '(prelude)';
  let buf: string[] = [];
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:node_modules\/(?:@[^/]+\/)?[^/]+)|src|rules|scripts|types)\//.exec(line);
    if (m) {
      out.push({ owner, code: buf.join('\n') });
      owner = m[1]!.replace(/^node_modules\//, '');
      buf = [];
    } else buf.push(line);
  }
  out.push({ owner, code: buf.join('\n') });
  return out;
}

const NETWORK = [
  /require\("(?:node:)?(?:http|https|http2|net|tls|dgram|dns)"\)/,
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bnew WebSocket\b/,
  /\bimport\("(?:node:)?(?:http|https|net)"\)/,
];
// The GitHub API client (for the Action's `only-changed`) and the HTTP stack under it.
const GITHUB_CLIENT = new Set(['@actions/http-client', '@actions/core', '@actions/github', 'undici', 'tunnel', 'universal-user-agent', 'before-after-hook']);

/** Code without the contents of string and template literals: rule examples and help quote `fetch(`, `new WebSocket`. */
function withoutStrings(code: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) {
        quote = '';
        out += ch;
      }
    } else {
      if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      out += ch;
    }
  }
  return out;
}

function networkUsers(file: string): string[] {
  const bundle = fs.readFileSync(path.join(repo, 'dist', file), 'utf8');
  const users = new Set<string>();
  for (const s of sections(bundle)) {
    const code = s.owner === 'rules' ? withoutStrings(s.code) : s.code;
    if (NETWORK.some((re) => re.test(code))) users.add(s.owner);
  }
  return [...users].sort();
}

describe('bundles make no network calls but the GitHub API', () => {
  it('dist/cli.js and dist/parser.js: no network API anywhere (the CLI is offline)', () => {
    expect(networkUsers('cli.js')).toEqual([]);
    expect(networkUsers('parser.js')).toEqual([]);
  });

  it('dist/index.js: network APIs only inside the GitHub API client stack, none in flowguard code', () => {
    const users = networkUsers('index.js');
    expect(users.filter((u) => !GITHUB_CLIENT.has(u) && !u.startsWith('@octokit/'))).toEqual([]);
  });

  it('flowguard code names no host but documentation, schema and the GitHub API', () => {
    const allowed =
      /^(github\.com|api\.github\.com|docs\.github\.com|json\.schemastore\.org|docs\.oasis-open\.org|raw\.githubusercontent\.com|cwe\.mitre\.org|owasp\.org|git-scm\.com|www\.npmjs\.com|nodejs\.org|developer\.mozilla\.org|example\.com|[a-z0-9.-]*\.?example\.(com|net|org)|[a-z0-9.-]*\.example|localhost|127(\.\d+){3}|10(\.\d+){3}|192\.168(\.\d+){2})$/;
    // Reserved example domains (RFC 2606) and loopback/private addresses appear only in rule examples: no real endpoint.
    const hosts = new Set<string>();
    for (const file of ['cli.js', 'index.js']) {
      const bundle = fs.readFileSync(path.join(repo, 'dist', file), 'utf8');
      // Rule data (detector patterns, examples) names provider hosts as strings to match, never to contact.
      for (const s of sections(bundle).filter((x) => x.owner === 'src' || x.owner === 'rules'))
        for (const m of (s.owner === 'rules' ? withoutStrings(s.code) : s.code).matchAll(/https?:\/\/([a-zA-Z0-9.-]+)/g)) hosts.add(m[1]!.toLowerCase());
    }
    expect([...hosts].filter((h) => !allowed.test(h))).toEqual([]);
  });
});
