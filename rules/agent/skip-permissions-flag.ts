import { commandLines, defineRule, hasCommands, isClaudeFlowConfig, isScalar, json, matchRange, printedAt, walkAll } from '../../src/kit.js';

const FLAG = /--(allow-)?dangerously-skip-permissions\b/;
const NO_PERMS = /\bclaude(-flow)?\b.*?(--no-permissions)\b/;

export default defineRule({
  id: 'agent/skip-permissions-flag',
  title: 'Agent started with --dangerously-skip-permissions',
  severity: 'high',
  cwe: ['CWE-862'],
  confidence: 'high',
  help: '`--dangerously-skip-permissions` (and claude-flow `--no-permissions` / `skipPermissions: true`) starts Claude Code with no permission checks at all. Put in a package script, a Dockerfile, a CI step or an alias, it applies to everyone who runs it. High: same effect as bypass mode.\n\n**Fix:** drop the flag; pre-allow the commands the job needs, or run the agent in a disposable sandbox without credentials.',
  kind: 'config',
  files: (p) => hasCommands(p) || isClaudeFlowConfig(p),
  check(ctx) {
    if (isClaudeFlowConfig(ctx.file.path)) {
      for (const w of walkAll(json(ctx))) {
        if (
          w.entry &&
          /^(skipPermissions|skip_permissions|dangerouslySkipPermissions|noPermissions)$/.test(w.entry.key) &&
          isScalar(w.node) &&
          (w.node.value === true || w.node.value === 'true')
        ) {
          ctx.report(w.node, `\`${w.entry.key}: true\` starts every agent without permission checks.`);
        } else if (isScalar(w.node) && typeof w.node.value === 'string' && FLAG.test(w.node.value)) {
          ctx.report(w.node, `\`${FLAG.exec(w.node.value)![0]}\` starts every agent without any permission check.`);
        }
      }
      return;
    }
    for (const line of commandLines(ctx)) {
      const m = FLAG.exec(line.text);
      if (m && printedAt(line.text, m.index)) continue;
      if (m) {
        ctx.report({ range: matchRange(line, m.index, m[0].length) }, `\`${m[0]}\` starts the agent without any permission check.`);
        continue;
      }
      const n = NO_PERMS.exec(line.text);
      const i = n ? line.text.indexOf('--no-permissions', n.index) : -1;
      if (n && !printedAt(line.text, i)) {
        ctx.report({ range: matchRange(line, i, 16) }, '`--no-permissions` starts the agent without any permission check.');
      }
    }
  },
  examples: {
    bad: [
      { path: 'package.json', code: '{\n  "name": "app",\n  "scripts": {\n    "agent": "claude --dangerously-skip-permissions"\n  }\n}\n', line: 4 },
      { path: 'Dockerfile', code: 'FROM node:20\nRUN npm i -g @anthropic-ai/claude-code\nCMD ["claude", "--dangerously-skip-permissions"]\n', line: 3 },
      {
        path: '.github/workflows/swarm.yml',
        code: 'on: push\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          npx claude-flow@2.0.0 swarm "fix" --claude --dangerously-skip-permissions\n',
        line: 8,
      },
      { path: 'claude-flow.config.json', code: '{\n  "orchestrator": {\n    "skipPermissions": true\n  }\n}\n', line: 3 },
      { path: 'scripts/spawn.sh', code: '#!/bin/sh\nnpx claude-flow@2.0.0 claude spawn "task" --no-permissions\n', line: 2 },
      { path: '.claude-flow/config.json', code: '{\n  "claude": {\n    "flags": ["--dangerously-skip-permissions"]\n  }\n}\n', line: 3 },
      {
        path: '.devcontainer/devcontainer.json',
        code: '{\n  "image": "mcr.microsoft.com/devcontainers/javascript-node:20",\n  "postStartCommand": "claude --dangerously-skip-permissions --version"\n}\n',
        line: 3,
      },
      { path: 'scripts/go.sh', code: '#!/bin/sh\necho starting && claude --dangerously-skip-permissions -p "triage"\n', line: 2, note: 'the echo ends at &&' },
      {
        path: 'docker-compose.yml',
        code: 'services:\n  agent:\n    image: node:20\n    command: claude --dangerously-skip-permissions -p "triage"\n',
        line: 4,
      },
    ],
    good: [
      { path: 'scripts/dev.sh', code: '#!/bin/sh\n# Never add --dangerously-skip-permissions here\nclaude\n' },
      { path: 'README.md', code: 'Start with `claude --dangerously-skip-permissions` (not recommended).' },
      { path: 'claude-flow.config.json', code: '{"orchestrator": {"skipPermissions": false}}' },
      {
        path: 'scripts/help.sh',
        code: '#!/bin/sh\necho "Command: npx claude-flow claude spawn --no-permissions"\nprintf \'%s\\n\' "claude --dangerously-skip-permissions"\n',
        note: 'printed, not run',
      },
    ],
  },
});
