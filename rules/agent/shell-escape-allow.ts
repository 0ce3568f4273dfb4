import { defineRule } from '../../src/rule.js';
import { bashCommand, permissions } from '../../src/analyzers/config/agent.js';
import { isAgentMarkdown, isClaudeSettings, isWorkflow } from '../../src/analyzers/config/files.js';

const INTERPRETERS = /^(node|nodejs|deno|bun|python[\d.]*|py|perl|ruby|php|bash|sh|zsh|dash|fish|pwsh|powershell|osascript)$/;
const ESCALATORS = /^(eval|exec|sudo|su|doas|xargs|env|find|nohup|time|timeout|watch|command|builtin|source|\.)$/;
const LAUNCHERS = /^(npx|bunx|pnpx|uvx)$/;

/** Why a Bash allow spec amounts to an unscoped shell, or undefined when it is scoped. */
export function shellEscape(spec: string): string | undefined {
  const { cmd, words } = bashCommand(spec);
  const next = words[1];
  const wild = (w: string | undefined) => w === undefined || /^\*+$/.test(w);
  const base = cmd.replace(/\*+$/, '');
  if (INTERPRETERS.test(base) || (cmd.endsWith('*') && /^(python|node|bash|sh|perl|ruby)/.test(base))) {
    if (cmd.endsWith('*') || (words.length > 1 && (wild(next) || /^-(e|c|p|-eval|-print|i|m)$/.test(next ?? '')))) return `runs any \`${base}\` program`;
    return undefined;
  }
  if (ESCALATORS.test(cmd)) return words.length > 1 && words.some((w) => w.includes('*')) ? `\`${cmd}\` runs any command it is given` : undefined;
  if (LAUNCHERS.test(cmd) || (cmd === 'pnpm' && next === 'dlx') || (cmd === 'yarn' && next === 'dlx')) {
    const pkg = LAUNCHERS.test(cmd) ? words.slice(1).find((w) => !w.startsWith('-')) : words[2];
    return words.length > 1 && wild(pkg) ? `\`${cmd}\` downloads and runs any package` : undefined;
  }
  if ((cmd === 'docker' || cmd === 'podman') && /^(run|exec)$/.test(next ?? '') && words.some((w) => w.includes('*'))) return `\`${cmd} ${next}\` runs any image or command`;
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
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npx tool@1.2.3 sub:*)", "Bash(node scripts/build.js)", "Bash(npm run lint:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Bash(sudo:*)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(docker ps)"]}}' },
    ],
  },
});
