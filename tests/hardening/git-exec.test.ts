// Every git call neutralises the scanned repository's config that can run a program: one hostile key per case, each
// with a control showing plain git does run it (so the case proves something), then flowguard's git-backed modes
// (`--git-history`, `--since`, `--staged`, `--changed-since`) must leave no marker. Ref arguments are validated.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSince, historyAdditions, stagedContents } from '../../src/pipeline/history.js';
import { tmpTree } from '../helpers/tmp.js';
import { runDist } from './helpers.js';

const markers = tmpTree();
const marker = (name: string): string => path.join(markers, name);
const script = (name: string): string => {
  const p = path.join(markers, '..', `${path.basename(markers)}-${name}.sh`);
  fs.writeFileSync(p, `#!/bin/sh\ntouch ${JSON.stringify(marker(name))}\ncat >/dev/null 2>&1\nexit 0\n`);
  fs.chmodSync(p, 0o755);
  return p;
};
const ran = (): string[] => fs.readdirSync(markers).sort();
const clear = (): void => {
  for (const f of fs.readdirSync(markers)) fs.rmSync(path.join(markers, f));
};

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** A repo of two commits, the second carrying a (fake) PGP signature, a staged change, and `*.js diff=evil filter=evil`. */
function repoWith(): { root: string; git: (...a: string[]) => string } {
  const root = tmpTree({ 'a.js': 'const a = 1;\n', '.gitattributes': '*.js diff=evil filter=evil\n' });
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
  };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8');
  git('init', '-q');
  git('-c', 'core.hooksPath=/dev/null', 'add', '-A');
  git('-c', 'core.hooksPath=/dev/null', 'commit', '-qm', 'one', '--no-verify');
  fs.writeFileSync(path.join(root, 'a.js'), 'const a = 1;\neval(process.argv[2]);\n');
  git('-c', 'core.hooksPath=/dev/null', 'commit', '-qam', 'two', '--no-verify');
  // Sign the second commit by hand: a gpgsig header is all `log --show-signature` needs to call gpg.program.
  const body = git('cat-file', 'commit', 'HEAD');
  const sig = 'gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n';
  const signed = body.replace(/^(committer .*\n)/m, `$1${sig}`);
  const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: root, env, input: signed }).toString().trim();
  git('update-ref', 'HEAD', sha);
  fs.writeFileSync(path.join(root, 'b.js'), 'eval(process.argv[3]);\n');
  git('-c', 'core.hooksPath=/dev/null', 'add', 'b.js');
  return { root, git };
}

interface Case {
  name: string;
  /** Hostile config written into .git/config (and files it includes). */
  setup: (root: string, git: (...a: string[]) => string) => void;
  /** Plain git command that does run the program (the control); undefined when only some modes would. */
  control?: string[];
}

const CASES: Case[] = [
  {
    name: 'log.showSignature + gpg.program',
    setup: (_r, git) => (git('config', 'log.showSignature', 'true'), git('config', 'gpg.program', script('gpg'))),
    control: ['log', '-1'],
  },
  {
    name: 'gpg.openpgp.program',
    setup: (_r, git) => (git('config', 'log.showSignature', 'true'), git('config', 'gpg.openpgp.program', script('gpg-openpgp'))),
    control: ['log', '-1'],
  },
  { name: 'diff.external', setup: (_r, git) => git('config', 'diff.external', script('diff-external')), control: ['log', '-1', '-p', '--ext-diff'] },
  { name: 'textconv', setup: (_r, git) => git('config', 'diff.evil.textconv', script('textconv')), control: ['log', '-1', '-p'] },
  { name: 'diff driver command', setup: (_r, git) => git('config', 'diff.evil.command', script('diff-command')), control: ['log', '-1', '-p', '--ext-diff'] },
  {
    name: 'clean/smudge/process filters',
    setup: (_r, git) => (
      git('config', 'filter.evil.clean', script('filter-clean')),
      git('config', 'filter.evil.smudge', script('filter-smudge')),
      git('config', 'filter.evil.process', script('filter-process'))
    ),
  },
  { name: 'core.fsmonitor', setup: (_r, git) => git('config', 'core.fsmonitor', script('fsmonitor')), control: ['status', '--porcelain'] },
  {
    name: 'core.pager and pager.<cmd>',
    setup: (_r, git) => (
      git('config', 'core.pager', script('pager')),
      git('config', 'pager.log', script('pager-log')),
      git('config', 'pager.diff', script('pager-diff'))
    ),
  },
  {
    name: 'core.hooksPath',
    setup: (root, git) => {
      const hooks = path.join(root, 'hooks');
      fs.mkdirSync(hooks, { recursive: true });
      for (const h of ['post-index-change', 'reference-transaction', 'post-checkout']) {
        fs.copyFileSync(script(`hook-${h}`), path.join(hooks, h));
        fs.chmodSync(path.join(hooks, h), 0o755);
      }
      git('config', 'core.hooksPath', hooks);
    },
  },
  {
    name: 'aliases',
    setup: (_r, git) => (
      git('config', 'alias.log', `!${script('alias-log')}`),
      git('config', 'alias.show', `!${script('alias-show')}`),
      git('config', 'alias.diff', `!${script('alias-diff')}`)
    ),
  },
  {
    name: 'include.path',
    setup: (root, git) => {
      fs.writeFileSync(
        path.join(root, 'inc.cfg'),
        `[log]\n\tshowSignature = true\n[gpg]\n\tprogram = ${script('gpg-include')}\n[diff]\n\texternal = ${script('diff-include')}\n`,
      );
      git('config', 'include.path', path.join(root, 'inc.cfg'));
    },
    control: ['log', '-1'],
  },
  {
    name: 'includeIf',
    setup: (root, git) => {
      fs.writeFileSync(path.join(root, 'incif.cfg'), `[log]\n\tshowSignature = true\n[gpg]\n\tprogram = ${script('gpg-includeif')}\n`);
      git('config', `includeIf.gitdir:${root}/.path`, path.join(root, 'incif.cfg'));
    },
    control: ['log', '-1'],
  },
];

async function everyGitMode(root: string): Promise<void> {
  const runs: (() => unknown)[] = [
    () => historyAdditions(root),
    () => historyAdditions(root, 'HEAD~1'),
    () => stagedContents(root),
    () => changedSince(root, 'HEAD~1'),
  ];
  for (const run of runs) {
    try {
      run();
    } catch {
      /* a refusing git is fine; running a program is not */
    }
  }
}

describe.skipIf(!hasGit())('git calls run nothing the scanned repository configures', () => {
  it.each(CASES)('$name', async (c) => {
    clear();
    const { root, git } = repoWith();
    c.setup(root, git);
    if (c.control) {
      try {
        git(...c.control);
      } catch {
        /* the control only needs to have started the program */
      }
      expect(ran().length, `control: plain git ${c.control.join(' ')} runs the configured program`).toBeGreaterThan(0);
      clear();
    }
    await everyGitMode(root);
    expect(ran()).toEqual([]);
    // The history scan still sees the signed commit's additions (the overrides do not break the parse).
    expect([...historyAdditions(root).flatMap((c2) => [...c2.files.values()])].join('')).toContain('eval(process.argv[2])');
  });

  it('GIT_CONFIG_PARAMETERS / GIT_CONFIG_COUNT in the environment inject nothing', () => {
    clear();
    const { root } = repoWith();
    const saved = { ...process.env };
    process.env.GIT_CONFIG_COUNT = '2';
    process.env.GIT_CONFIG_KEY_0 = 'log.showSignature';
    process.env.GIT_CONFIG_VALUE_0 = 'true';
    process.env.GIT_CONFIG_KEY_1 = 'gpg.program';
    process.env.GIT_CONFIG_VALUE_1 = script('gpg-env');
    process.env.GIT_CONFIG_PARAMETERS = `'diff.external'='${script('diff-env')}'`;
    try {
      historyAdditions(root);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    }
    expect(ran()).toEqual([]);
  });

  it('a --since or --changed-since value that is an option is refused before git runs (no file written)', () => {
    const { root } = repoWith();
    const out = path.join(markers, 'written-by-git');
    expect(() => historyAdditions(root, `--output=${out}`)).toThrow(/--since needs a git revision/);
    expect(() => historyAdditions(root, '-p')).toThrow(/--since needs a git revision/);
    expect(() => changedSince(root, `--output=${out}`)).toThrow(/--changed-since needs a git revision/);
    expect(fs.existsSync(out)).toBe(false);
    const r = runDist(['scan', '.', '--git-history', '--since', `--output=${out}`], { cwd: root, env: { HOME: root } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^flowguard: /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('--staged reads a file that replaced a committed symlink (type change), and never a staged symlink', () => {
    const { root, git } = repoWith();
    fs.symlinkSync('a.js', path.join(root, 'link.js'));
    git('-c', 'core.hooksPath=/dev/null', 'add', 'link.js');
    git('-c', 'core.hooksPath=/dev/null', 'commit', '-qm', 'link', '--no-verify');
    fs.rmSync(path.join(root, 'link.js'));
    fs.writeFileSync(path.join(root, 'link.js'), 'eval(process.argv[9]);\n');
    fs.symlinkSync('/etc/passwd', path.join(root, 'other.js'));
    git('-c', 'core.hooksPath=/dev/null', 'add', 'link.js', 'other.js');
    const staged = stagedContents(root);
    expect(staged.get('link.js')).toContain('eval(process.argv[9])');
    expect(staged.has('other.js')).toBe(false);
  });
});
