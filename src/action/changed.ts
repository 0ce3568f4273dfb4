// `only-changed`: the files a pull request changes, from git when the history is there, else from the GitHub API.
import { checkRevision, safeGit } from '../core/git-safe.js';
import * as fs from 'node:fs';

export interface PullRequestRefs {
  number: number;
  base: string;
  head: string;
  owner: string;
  repo: string;
}

export type Log = (line: string) => void;

/** The PR of a `pull_request`/`pull_request_target` event payload, or undefined for any other event. */
export function pullRequestOf(eventName: string | undefined, eventPath: string | undefined): PullRequestRefs | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  if (!eventPath) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = (
    payload as {
      pull_request?: { number?: unknown; base?: { sha?: unknown; repo?: { name?: unknown; owner?: { login?: unknown } } }; head?: { sha?: unknown } };
    }
  ).pull_request;
  const base = pr?.base?.sha;
  const head = pr?.head?.sha;
  const repo = (payload as { repository?: { name?: unknown; owner?: { login?: unknown } } }).repository ?? pr?.base?.repo;
  if (typeof base !== 'string' || typeof head !== 'string' || typeof pr?.number !== 'number') return undefined;
  const owner = repo?.owner?.login;
  const name = repo?.name;
  return { number: pr.number, base, head, owner: typeof owner === 'string' ? owner : '', repo: typeof name === 'string' ? name : '' };
}

/** `git diff --name-only base...head` in `cwd` (added, copied, modified, renamed), or undefined when git cannot answer. */
export function changedByGit(cwd: string, pr: PullRequestRefs): string[] | undefined {
  const git = (...args: string[]): string => safeGit(cwd, args, { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return undefined;
    for (const sha of [pr.base, pr.head]) git('cat-file', '-e', `${checkRevision(sha, 'pull_request sha')}^{commit}`);
    return git('diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', '--end-of-options', `${pr.base}...${pr.head}`, '--')
      .split('\0')
      .filter(Boolean);
  } catch {
    return undefined;
  }
}

/** A path as git prints it in a diff header: plain, or C-quoted (`"b/a\\tb"`) when it holds unusual bytes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const esc: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  for (let i = 1; i < p.length - 1; i++) {
    const c = p[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = p[i + 1]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(p.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(esc[n] ?? n.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The lines a pull request adds, by workspace-relative file (`git diff -U0 base...head`), or undefined when git
 * cannot answer (a shallow checkout). The job summary lists the suppressions on them apart.
 */
export function addedLinesByGit(cwd: string, pr: PullRequestRefs): Map<string, Set<number>> | undefined {
  // (paths unquoted: SAFE_GIT_CONFIG sets core.quotepath=false)
  const git = (...args: string[]): string => safeGit(cwd, args, { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return undefined;
    for (const sha of [pr.base, pr.head]) git('cat-file', '-e', `${checkRevision(sha, 'pull_request sha')}^{commit}`);
    const out = git('diff', '-U0', '--no-color', '--no-renames', '--diff-filter=ACMRT', '--end-of-options', `${pr.base}...${pr.head}`, '--');
    const added = new Map<string, Set<number>>();
    let lines: Set<number> | undefined;
    for (const line of out.split('\n')) {
      if (line.startsWith('+++ ')) {
        const name = unquote(line.slice(4));
        lines = name.startsWith('b/') ? new Set<number>() : undefined;
        if (lines) added.set(name.slice(2), lines);
      } else if (lines && line.startsWith('@@ ')) {
        const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (!m) continue;
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        for (let n = start; n < start + count; n++) lines.add(n);
      }
    }
    return added;
  } catch {
    return undefined;
  }
}

/** The PR's files from the GitHub API (the checkout is shallow or lacks the base commit); removed files left out. */
export async function changedByApi(token: string, pr: PullRequestRefs): Promise<string[]> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}

/**
 * The workspace-relative files the PR changes, or undefined when the event is not a pull request
 * (the Action then scans everything).
 */
export async function changedFiles(workspace: string, token: string, log: Log): Promise<string[] | undefined> {
  const pr = pullRequestOf(process.env.GITHUB_EVENT_NAME, process.env.GITHUB_EVENT_PATH);
  if (!pr) {
    log('flowguard: only-changed applies to pull_request events; scanning every file.');
    return undefined;
  }
  const local = changedByGit(workspace, pr);
  if (local) {
    log(`flowguard: only-changed: ${local.length} file${local.length === 1 ? '' : 's'} changed by pull request #${pr.number} (git diff).`);
    return local;
  }
  if (!token) {
    log('flowguard: only-changed needs github-token when the checkout lacks the base commit; scanning every file.');
    return undefined;
  }
  if (!pr.owner || !pr.repo) throw new Error('only-changed: the event payload names no repository');
  const remote = await changedByApi(token, pr);
  log(`flowguard: only-changed: ${remote.length} file${remote.length === 1 ? '' : 's'} changed by pull request #${pr.number} (GitHub API).`);
  return remote;
}
