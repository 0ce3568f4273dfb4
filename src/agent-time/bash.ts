// A Bash command an agent is about to run, judged by the rules that already judge commands in config files, so
// one rule id (and its config override) covers both places:
//   - as a shell script: secret/* (a token on the command line) and the shell-flag rules
//     (agent/skip-permissions-flag, agent/bypass-permissions-mode, agent/permission-path-traversal, …);
//   - as a Claude Code hook command: agent/hook-download-exec (`curl … | sh`) and agent/hook-secret-exfil
//     (`$(env)`, `.env` or keys sent with curl, nc, a DNS lookup);
//   - each file a reading command opens, as a `Read(…)` grant: agent/sensitive-read-allow (`cat ~/.ssh/id_rsa`).
// The hook-shaped findings get a message about the command rather than about a settings file. Nothing here
// quotes the command: it may hold the very secret the finding is about.
import type { Finding } from '../core/types.js';
import { counts, scanContents, type Project } from './gate.js';

/** Where the command is scanned as a script (root-relative; never written). */
export const COMMAND_SCRIPT = '.flowguard/bash-command.sh';
const AS_SETTINGS = '.claude/settings.json';

const AS_HOOK = ['agent/hook-download-exec', 'agent/hook-secret-exfil'];
const AS_READ = ['agent/sensitive-read-allow'];

/** Message and fix of a finding the command gets through a settings-shaped scan. */
const COMMAND_WORDING: Record<string, { message: string; fix: string }> = {
  'agent/hook-download-exec': {
    message: 'The command runs a downloaded script through a shell.',
    fix: 'download the script to a file, read it, and run it by path, or install the tool with the package manager.',
  },
  'agent/hook-secret-exfil': {
    message: 'The command sends environment variables or secret files over the network.',
    fix: 'send only the data the task needs, never `env`, `.env`, keys or token variables.',
  },
  'agent/sensitive-read-allow': {
    message: 'The command reads a credential file: its keys reach the model context.',
    fix: 'do not read credential files; let the program read the secret from its environment, or ask the user.',
  },
};

export interface CommandFinding {
  finding: Finding;
  /** Set for findings whose rule speaks about settings files: the command-specific wording. */
  wording?: { message: string; fix: string };
}

// Commands that put a file's bytes on stdout or into the shell (what the agent reads back).
const READERS =
  /^(cat|tac|less|more|head|tail|bat|nl|base64|xxd|od|hexdump|strings|grep|egrep|rg|ag|awk|sed|cut|sort|uniq|jq|yq|source|\.|cp|scp|rsync|gpg|openssl|type|Get-Content|gc)$/;

/** Words of a command line split at operators; quotes removed (no expansion). */
function words(command: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const seg of command.split(/(\|\||&&|[|;&\n]|<\(|\$\()/)) {
    if (/^(\|\||&&|[|;&\n]|<\(|\$\()$/.test(seg)) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    for (const w of seg.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? []) cur.push(w.replace(/^["']|["']$/g, ''));
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Files the command reads (arguments of reading commands, `< file` redirections), in the `Read(…)` path syntax. */
export function readTargets(command: string): string[] {
  const out = new Set<string>();
  const add = (w: string): void => {
    if (!w || w.startsWith('-') || w.includes('=')) return;
    let p = w.replace(/^\$\{?HOME\}?(?=\/)/, '~').replace(/^\.\//, '');
    if (p.startsWith('/')) p = `/${p}`; // Read(//abs/path) is an absolute path in Claude Code's syntax
    out.add(p);
  };
  for (const cmd of words(command)) {
    let i = 0;
    while (i < cmd.length && /^(sudo|env|command|exec|nohup|time)$/.test(cmd[i]!)) i++;
    const name = (cmd[i] ?? '').replace(/^.*\//, '');
    const reads = READERS.test(name);
    for (let j = i + 1; j < cmd.length; j++) {
      const w = cmd[j]!;
      if (w === '<' && cmd[j + 1]) add(cmd[++j]!);
      else if (w.startsWith('<') && w.length > 1 && !w.startsWith('<<')) add(w.slice(1));
      else if (reads) add(w.replace(/^@/, ''));
    }
  }
  return [...out];
}

/** The command's findings that count against failOn. */
export async function commandFindings(project: Project, command: string): Promise<{ findings: CommandFinding[]; secrets: Set<string> }> {
  const secrets = new Set<string>();
  const scriptRules = project.only.filter((id) => !AS_HOOK.includes(id) && !AS_READ.includes(id) && (id.startsWith('secret/') || id.startsWith('agent/')));
  const hook = JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command }] }] } });
  const targets = readTargets(command);
  const [script, asHook, asRead] = await Promise.all([
    scanContents(project, new Map([[COMMAND_SCRIPT, `${command}\n`]]), secrets, scriptRules),
    scanContents(project, new Map([[AS_SETTINGS, hook]]), secrets, AS_HOOK),
    targets.length
      ? scanContents(project, new Map([[AS_SETTINGS, JSON.stringify({ permissions: { allow: targets.map((t) => `Read(${t})`) } })]]), secrets, AS_READ)
      : undefined,
  ]);
  const findings: CommandFinding[] = script.findings.map((finding) => ({ finding }));
  for (const f of [...asHook.findings, ...(asRead?.findings ?? [])]) {
    const wording = COMMAND_WORDING[f.ruleId];
    findings.push(wording ? { finding: f, wording } : { finding: f });
  }
  // One finding per rule for the hook-shaped scans (a rule that matched two read targets says it once).
  const seen = new Set<string>();
  const kept = findings.filter((c) => {
    if (!counts(c.finding, project.failOn)) return false;
    if (!c.wording) return true;
    if (seen.has(c.finding.ruleId)) return false;
    seen.add(c.finding.ruleId);
    return true;
  });
  return { findings: kept, secrets };
}
