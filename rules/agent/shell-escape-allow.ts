import { bashCommand, defineRule, isAgentMarkdown, isClaudeSettings, isWorkflow, permissions } from '../../src/kit.js';

const INTERPRETERS = /^(node|nodejs|deno|bun|python[\d.]*|py|perl|ruby|php|bash|sh|zsh|dash|fish|pwsh|powershell|osascript)$/;
const ESCALATORS = /^(eval|exec|sudo|su|doas|source|\.)$/;
const WRAPPERS = /^(xargs|env|nohup|time|timeout|watch|command|builtin|nice|stdbuf)$/;
const LAUNCHERS = /^(npx|bunx|pnpx|uvx)$/;

/** Why a Bash allow spec amounts to an unscoped shell, or undefined when it is scoped. */
export function shellEscape(spec: string, depth = 0): string | undefined {
  const { cmd, words } = bashCommand(spec);
  const next = words[1];
  const wild = (w: string | undefined) => w === undefined || /^\*+$/.test(w);
  const endsWild = words.length > 1 && /^\*+$/.test(words[words.length - 1]!);
  const base = cmd.replace(/\*+$/, '');
  if (INTERPRETERS.test(base) || (cmd.endsWith('*') && /^(python|node|bash|sh|perl|ruby)/.test(base))) {
    if (cmd.endsWith('*') || (words.length > 1 && (wild(next) || (endsWild && /^-(e|c|p|i|m|-eval|-print|command)$/i.test(next ?? ''))))) return `runs any \`${base}\` program`;
    return undefined;
  }
  if (ESCALATORS.test(cmd)) return endsWild ? `\`${cmd}\` runs any command it is given` : undefined;
  if (WRAPPERS.test(cmd)) {
    // `xargs grep:*` is as narrow as `grep:*`; `xargs:*` or `env:*` runs anything.
    let i = 1;
    while (i < words.length && (/^-/.test(words[i]!) || /^\w+=/.test(words[i]!) || (cmd === 'timeout' && /^\d/.test(words[i]!)))) i++;
    const inner = words.slice(i);
    if (!inner.length || wild(inner[0])) return words.length > 1 ? `\`${cmd}\` runs any command it is given` : undefined;
    return depth < 3 ? shellEscape(inner.join(' '), depth + 1) : undefined;
  }
  if (cmd === 'find') return endsWild || words.some((w) => /^-(exec|execdir|ok|okdir)$/.test(w)) ? '`find -exec` runs any command' : undefined;
  if (LAUNCHERS.test(cmd) || (cmd === 'pnpm' && next === 'dlx') || (cmd === 'yarn' && next === 'dlx') || (cmd === 'npm' && next === 'exec')) {
    const pkg = LAUNCHERS.test(cmd) ? words.slice(1).find((w) => !w.startsWith('-')) : words[2];
    return words.length > 1 && wild(pkg) ? `\`${cmd}\` downloads and runs any package` : undefined;
  }
  if ((cmd === 'docker' || cmd === 'podman') && /^(run|exec)$/.test(next ?? '') && endsWild) return `\`${cmd} ${next}\` runs any image or command`;
  return undefined;
}

export default defineRule({
  id: 'agent/shell-escape-allow',
  title: 'Allow rule on an interpreter or command launcher',
  severity: 'high',
  cwe: ['CWE-250'],
  confidence: 'high',
  help:
    'A prefix allow such as `Bash(node:*)`, `Bash(python -c *)`, `Bash(sh:*)`, `Bash(xargs:*)`, `Bash(sudo:*)` or `Bash(npx:*)` lets the agent run arbitrary code through the interpreter, so it is the same as allowing every command. High: equivalent to an unscoped shell.\n\n**Fix:** allow the fixed scripts instead (`Bash(node scripts/build.js)`, `Bash(npx tool@1.2.3 sub:*)`).',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isAgentMarkdown(p) || isWorkflow(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow' || perm.tool !== 'Bash' || !perm.spec) continue;
      const why = shellEscape(perm.spec);
      if (why) ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`, which ${why} unprompted.`);
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": [\n      "Bash(npm test)",\n      "Bash(node:*)"\n    ],\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 5 },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(python3 -c *)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npx:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/agents/runner.md', code: '---\nname: runner\ndescription: runs things\ntools: Read, Bash(sudo *)\n---\nRun the tests.\n', line: 4 },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(docker run *)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(xargs:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(env node:*)"], "deny": ["Read(.env)"]}}' },
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npx tool@1.2.3 sub:*)", "Bash(node scripts/build.js)", "Bash(npm run lint:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Bash(sudo:*)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(docker ps)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(xargs grep:*)", "Bash(find . -name *.ts)", "Bash(sudo systemctl restart nginx)", "Bash(powershell -Command \\"Get-ChildItem\\")"], "deny": ["Read(.env)"]}}', note: 'wrapped or fixed commands' },
    ],
  },
});
