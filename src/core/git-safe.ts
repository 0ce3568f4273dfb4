import { execFileSync } from './lazy.js';

// Options for every git command flowguard runs on a scanned repository. The repository's own config (and any file
// it includes) must not make git run a program or change the output flowguard parses: command-line `-c` settings
// win over every config file, so each key that can start a program or reshape output is overridden here, system
// and global config are not read, and the GIT_* variables that inject config are dropped. flowguard never executes
// what it scans.
export const SAFE_GIT_CONFIG: readonly string[] = [
  // programs git could start
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.pager=cat',
  '-c',
  'pager.log=false',
  '-c',
  'pager.show=false',
  '-c',
  'pager.diff=false',
  '-c',
  'diff.external=',
  '-c',
  'log.showSignature=false',
  '-c',
  'gpg.program=/nonexistent/flowguard-no-gpg',
  '-c',
  'gpg.openpgp.program=/nonexistent/flowguard-no-gpg',
  '-c',
  'gpg.x509.program=/nonexistent/flowguard-no-gpg',
  '-c',
  'gpg.ssh.program=/nonexistent/flowguard-no-gpg',
  '-c',
  'gpg.ssh.allowedSignersFile=/dev/null',
  '-c',
  'core.sshCommand=/nonexistent/flowguard-no-ssh',
  '-c',
  'core.askPass=',
  '-c',
  'credential.helper=',
  '-c',
  'core.alternateRefsCommand=',
  '-c',
  'protocol.allow=never',
  '-c',
  'core.attributesFile=/dev/null',
  '-c',
  'core.untrackedCache=false',
  '-c',
  'core.splitIndex=false',
  // output flowguard parses
  '-c',
  'core.quotepath=false',
  '-c',
  'color.ui=false',
  '-c',
  'log.decorate=false',
  '-c',
  'log.showRoot=true',
  '-c',
  'log.follow=false',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.renames=false',
  '-c',
  'diff.submodule=short',
  '-c',
  'diff.suppressBlankEmpty=false',
  '-c',
  'diff.context=3',
  '-c',
  'diff.interHunkContext=0',
  '-c',
  'core.safecrlf=false',
  '-c',
  'core.autocrlf=false',
  '-c',
  'core.eol=lf',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  '--no-pager',
  '--no-replace-objects',
];

/** Extra flags for `git diff`, `git log -p` and `git show` so no external diff driver, textconv filter or signature check runs. */
export const SAFE_DIFF_FLAGS: readonly string[] = ['--no-ext-diff', '--no-textconv'];

/** Flags for `git log` / `git show` on top of SAFE_DIFF_FLAGS (never verify signatures: that runs gpg.program). */
export const SAFE_LOG_FLAGS: readonly string[] = ['--no-show-signature'];

/** The flags for a git subcommand, to put right after it. */
export function safeFlagsFor(command: string): readonly string[] {
  if (command === 'log' || command === 'show') return [...SAFE_DIFF_FLAGS, ...SAFE_LOG_FLAGS];
  if (command === 'diff') return SAFE_DIFF_FLAGS;
  return [];
}

/**
 * A revision given by a user or a config (`--since`, `--changed-since`, a PR's base): never an option, never empty,
 * no control characters. Throws a one-line Error naming the flag (the value quoted only by a short prefix).
 */
export function checkRevision(ref: string, flag: string): string {
  if (!ref || ref.startsWith('-') || /[\0-\x1f\x7f]/.test(ref) || ref.length > 256) {
    const shown = ref.length > 12 ? `${ref.slice(0, 12)}…` : ref;
    throw new Error(`${flag} needs a git revision, not ${JSON.stringify(shown.replace(/[\0-\x1f\x7f]/g, '?'))}`);
  }
  return ref;
}

/** Environment for git: no inherited config injection or program overrides, no system/global config, no prompts. */
export function safeGitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (
      /^GIT_(EXTERNAL_DIFF|PAGER|SSH|SSH_COMMAND|ASKPASS|EDITOR|SEQUENCE_EDITOR|CONFIG|CONFIG_PARAMETERS|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_SYSTEM|CONFIG_GLOBAL|TRACE\w*|EXEC_PATH|TEMPLATE_DIR|ALTERNATE_OBJECT_DIRECTORIES|REPLACE_REF_BASE|PROXY_COMMAND)$/.test(
        k,
      )
    )
      continue;
    if (k === 'PAGER' || k === 'SSH_ASKPASS') continue;
    out[k] = v;
  }
  out.GIT_TERMINAL_PROMPT = '0';
  out.GIT_CONFIG_NOSYSTEM = '1';
  out.GIT_CONFIG_GLOBAL = '/dev/null';
  out.GIT_NO_REPLACE_OBJECTS = '1';
  out.GIT_OPTIONAL_LOCKS = '0';
  out.GIT_PAGER = 'cat';
  return out;
}

/**
 * `git <command> …args` in `cwd` as every flowguard git call runs it: the SAFE_GIT_CONFIG overrides, the command's
 * safe flags (safeFlagsFor) and the safe environment; stdin closed, stdout returned, stderr ignored unless asked.
 * Throws as execFileSync does.
 */
export function safeGit(cwd: string, args: readonly string[], options: { maxBuffer: number; stderr?: 'pipe' | 'ignore'; timeout?: number }): Buffer {
  const [command, ...rest] = args;
  return execFileSync('git', [...SAFE_GIT_CONFIG, command!, ...safeFlagsFor(command!), ...rest], {
    cwd,
    env: safeGitEnv(),
    stdio: ['ignore', 'pipe', options.stderr ?? 'ignore'],
    maxBuffer: options.maxBuffer,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}
