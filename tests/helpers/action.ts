// Runs dist/index.js the way the Actions runner does: a child process, inputs as INPUT_* variables
// (upper-cased, hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event payload file.
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distAction = path.join(repoRoot, 'dist', 'index.js');

const gitEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
/** git in `cwd` with a fixed identity, no signing and none of the caller's GIT_* variables. */
export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: gitEnv,
  }).trim();

/** A repository in `ws` with a base commit of what it holds, then a head commit that writes `head` (paths relative to `ws`). */
export function commitPr(ws: string, head: Record<string, string>): { ws: string; base: string; head: string } {
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'base');
  const base = git(ws, 'rev-parse', 'HEAD');
  for (const [file, text] of Object.entries(head)) {
    fs.mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
    fs.writeFileSync(path.join(ws, file), text);
  }
  git(ws, 'add', '-A');
  git(ws, 'commit', '-qm', 'head');
  return { ws, base, head: git(ws, 'rev-parse', 'HEAD') };
}

/** The `pull_request` event of PR `number` from `base` to `head` in octo-org/octo-app. */
export const prEvent = (number: number, base: string, head: string) => ({
  name: 'pull_request',
  payload: { pull_request: { number, base: { sha: base }, head: { sha: head } }, repository: { name: 'octo-app', owner: { login: 'octo-org' } } },
});

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error …::`, `::warning …::`, `::notice …::` lines, in order. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

export interface ActionRunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
}

/** Parses the `name<<delimiter` blocks core.setOutput appends to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function unescapeProp(s: string): string {
  return s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeProp(m[3]!) });
  }
  return out;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const io = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-action-io-'));
  try {
    const outputFile = path.join(io, 'output');
    const summaryFile = path.join(io, 'summary.md');
    const eventFile = path.join(io, 'event.json');
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(summaryFile, '');
    fs.writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? io,
      XDG_CACHE_HOME: path.join(io, 'cache'),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: options.event?.name ?? 'push',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo-org/octo-app',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      RUNNER_TEMP: io,
      // The defaults action.yml declares, as the runner passes them.
      INPUT_PATH: '.',
      INPUT_TYPE: '',
      'INPUT_FAIL-ON': '',
      INPUT_PROFILE: '',
      INPUT_CONFIG: '',
      INPUT_EXCLUDE: '',
      INPUT_BASELINE: '',
      'INPUT_ONLY-CHANGED': 'false',
      'INPUT_SARIF-FILE': 'flowguard.sarif',
      'INPUT_PROFILE-FILE': 'flowguard-profile.json',
      INPUT_ANNOTATIONS: 'true',
      'INPUT_GITHUB-TOKEN': '',
      ...options.env,
    };
    for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [distAction], { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
      summary: fs.readFileSync(summaryFile, 'utf8'),
      annotations: parseAnnotations(stdout),
    };
  } finally {
    fs.rmSync(io, { recursive: true, force: true });
  }
}
