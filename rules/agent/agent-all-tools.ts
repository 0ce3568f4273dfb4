import { defineRule, frontmatter, get, isScalar, isSeq, isSubagent } from '../../src/kit.js';

export default defineRule({
  id: 'agent/agent-all-tools',
  title: 'Subagent inherits every tool',
  severity: 'medium',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: 'A subagent without a `tools` field inherits every tool of the session (shell, edits, web, every MCP server), and `tools: "*"` says so explicitly. A narrow agent such as a reviewer rarely needs more than `Read, Grep, Glob`. Medium: least privilege, not an exploit by itself.\n\n**Fix:** list the tools the agent needs: `tools: Read, Grep, Glob`.',
  kind: 'config',
  files: isSubagent,
  check(ctx) {
    const fm = frontmatter(ctx);
    if (!fm?.data) return;
    const tools = get(fm.data, 'tools');
    if (!tools) {
      ctx.report({ range: [0, Math.min(3, ctx.file.text.length)] }, 'The agent has no `tools` field and inherits every tool.');
      return;
    }
    const all = (v: unknown) => typeof v === 'string' && /^\s*(\*|all)\s*$/i.test(v);
    if ((isScalar(tools) && all(tools.value)) || (isSeq(tools) && tools.items.some((i) => isScalar(i) && all(i.value))))
      ctx.report(tools, '`tools` grants every tool to the agent.');
  },
  examples: {
    bad: [
      { path: '.claude/agents/reviewer.md', code: '---\nname: reviewer\ndescription: Reviews code\nmodel: sonnet\n---\nReview.\n', line: 1 },
      { path: '.claude/agents/coder.md', code: '---\nname: coder\ndescription: Writes code\ntools: "*"\n---\nCode.\n', line: 4 },
    ],
    good: [
      { path: '.claude/agents/reviewer.md', code: '---\nname: reviewer\ndescription: Reviews code\ntools: Read, Grep, Glob\n---\nReview.\n' },
      { path: '.claude/commands/review.md', code: '---\ndescription: review\n---\nReview the diff.\n', note: 'commands are not subagents' },
    ],
  },
});
