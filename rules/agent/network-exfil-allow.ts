import { bashCommand, defineRule, isAgentMarkdown, isClaudeSettings, isWorkflow, permissions } from '../../src/kit.js';

const NET = /^(curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|rsync|ftp|telnet|http|https|xh|aria2c)$/;

export default defineRule({
  id: 'agent/network-exfil-allow',
  title: 'Unreviewed network egress in an agent allow list',
  severity: 'medium',
  cwe: ['CWE-200'],
  confidence: 'medium',
  help: 'Allowing `Bash(curl:*)`, `wget`, `nc`, `ssh`, `scp`, `rsync` or a bare `WebFetch` lets a hijacked agent send files and environment variables anywhere without a prompt. Medium: it needs a prompt injection first, but turns it into data loss.\n\n**Fix:** allow fetches per domain (`WebFetch(domain:docs.example.com)`) and keep network commands behind the prompt.',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isAgentMarkdown(p) || isWorkflow(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow') continue;
      if (perm.tool === 'WebFetch' && (perm.spec === undefined || /^\s*(\*+|domain:\s*\*+)\s*$/.test(perm.spec))) {
        ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`: the agent fetches any URL unprompted.`);
      } else if (perm.tool === 'Bash' && perm.spec) {
        const { cmd, words } = bashCommand(perm.spec);
        if (NET.test(cmd) && (words.length === 1 || /^\*+$/.test(words[1] ?? '')))
          ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`: the agent can send data anywhere unprompted.`);
      }
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": ["Bash(curl:*)"],\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 3 },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["WebFetch"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/agents/ops.md', code: '---\nname: ops\ndescription: deploys\ntools: Read, Bash(scp *)\n---\nDeploy.\n' },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["WebFetch(domain:docs.anthropic.com)", "Bash(curl https://api.github.com/repos/o/r)"], "deny": ["Read(.env)"]}}',
      },
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Bash(curl:*)", "WebFetch"]}}' },
    ],
  },
});
