// Options for every git command flowguard runs on a scanned repository: the repository's own config must not make
// git run a command (fsmonitor hooks, external diff drivers, textconv, pagers). flowguard never executes what it scans.
export const SAFE_GIT_CONFIG: readonly string[] = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.pager=cat',
  '-c', 'diff.external=',
  '-c', 'core.quotepath=false',
  '--no-pager',
];

/** Extra flags for `git diff`, `git log -p` and `git show` so no external diff driver or textconv filter runs. */
export const SAFE_DIFF_FLAGS: readonly string[] = ['--no-ext-diff', '--no-textconv'];

/** Environment for git: no inherited GIT_* overrides of the hook's repository, no interactive prompts. */
export function safeGitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!/^GIT_(EXTERNAL_DIFF|PAGER|SSH|ASKPASS|CONFIG_PARAMETERS|CONFIG_COUNT)/.test(k)) out[k] = v;
  out.GIT_TERMINAL_PROMPT = '0';
  return out;
}
