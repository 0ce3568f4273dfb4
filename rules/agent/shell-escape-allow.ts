import { defineRule, isAgentMarkdown, isClaudeSettings, isWorkflow, permissions, shellEscape } from '../../src/kit.js';

export default defineRule({
  id: 'agent/shell-escape-allow',
  title: 'Allow rule on an interpreter or command launcher',
  severity: 'high',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: 'A prefix allow such as `Bash(node:*)`, `Bash(python -c *)`, `Bash(sh:*)`, `Bash(xargs:*)`, `Bash(sudo:*)` or `Bash(npx:*)` lets the agent run arbitrary code through the interpreter, so it is the same as allowing every command. High: equivalent to an unscoped shell.\n\n**Fix:** allow the fixed scripts instead (`Bash(node scripts/build.js)`, `Bash(npx tool@1.2.3 sub:*)`).',
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
      {
        path: '.claude/settings.json',
        code: '{\n  "permissions": {\n    "allow": [\n      "Bash(npm test)",\n      "Bash(node:*)"\n    ],\n    "deny": ["Read(.env)"]\n  }\n}\n',
        line: 5,
      },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(python3 -c *)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npx:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/agents/runner.md', code: '---\nname: runner\ndescription: runs things\ntools: Read, Bash(sudo *)\n---\nRun the tests.\n', line: 4 },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(docker run *)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(xargs:*)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(env node:*)"], "deny": ["Read(.env)"]}}' },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Bash(npx tool@1.2.3 sub:*)", "Bash(node scripts/build.js)", "Bash(npm run lint:*)"], "deny": ["Read(.env)"]}}',
      },
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Bash(sudo:*)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(docker ps)"]}}' },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Bash(xargs grep:*)", "Bash(find . -name *.ts)", "Bash(sudo systemctl restart nginx)", "Bash(powershell -Command \\"Get-ChildItem\\")"], "deny": ["Read(.env)"]}}',
        note: 'wrapped or fixed commands',
      },
    ],
  },
});
