import {
  at,
  commandLines,
  defineRule,
  hasCommands,
  isAgentMarkdown,
  isClaudeSettings,
  isPackageJson,
  isShellLike,
  json,
  listItems,
  matchRange,
  permissions,
} from '../../src/kit.js';

/** A path that leaves the project: filesystem-absolute, home-relative or climbing with `..`. */
export const outsideProject = (p: string): boolean =>
  /^(\/\/|~|\$HOME|\$\{HOME\}|[A-Za-z]:[\\/])/.test(p.trim()) || /(^|[\\/])\.\.([\\/]|$)/.test(p) || (/^\//.test(p.trim()) && !p.startsWith('//'));

export default defineRule({
  id: 'agent/write-outside-project',
  title: 'Agent may write outside the project',
  severity: 'high',
  cwe: ['CWE-22'],
  confidence: 'high',
  help: 'A `Write`/`Edit` allow on `//abs/path`, `~/…` or a path with `..`, or an extra working directory (`additionalDirectories`, `--add-dir`) outside the project, lets the agent change other repositories, dotfiles (`~/.bashrc`, `~/.ssh/config`) or system files. High: a hijacked agent gets persistence outside the reviewed tree.\n\n**Fix:** keep write grants inside the project; open other folders in their own session.',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isAgentMarkdown(p) || isPackageJson(p) || isShellLike(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow' || !/^(Write|Edit|MultiEdit|NotebookEdit)$/.test(perm.tool) || !perm.spec) continue;
      const spec = perm.spec.trim();
      if (/^(\/\/|~)/.test(spec) || /(^|\/)\.\.(\/|$)/.test(spec))
        ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`, a path outside the project.`);
    }
    if (isClaudeSettings(ctx.file.path)) {
      for (const d of listItems(at(json(ctx), 'permissions.additionalDirectories'), ctx.file.text)) {
        if (outsideProject(d.value)) ctx.report({ range: d.range }, `\`additionalDirectories\` adds \`${d.value}\`, outside the project.`);
      }
    }
    if (hasCommands(ctx.file.path)) {
      for (const line of commandLines(ctx)) {
        for (const m of line.text.matchAll(/--add-dir(?:=|\s+)(["']?)([^\s"']+)\1/g)) {
          if (outsideProject(m[2]!))
            ctx.report({ range: matchRange(line, m.index, m[0].length) }, `\`--add-dir ${m[2]}\` opens a directory outside the project to the agent.`);
        }
      }
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": ["Edit(~/.zshrc)"],\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 3 },
      {
        path: '.claude/settings.json',
        code: '{\n  "permissions": {\n    "deny": ["Read(.env)"],\n    "additionalDirectories": ["../shared-lib"]\n  }\n}\n',
        line: 4,
      },
      { path: 'package.json', code: '{\n  "scripts": {\n    "agent": "claude --add-dir /etc"\n  }\n}\n', line: 3 },
      { path: '.claude/agents/w.md', code: '---\nname: w\ndescription: writes\ntools: Read, Write(//etc/**)\n---\nbody\n' },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Edit(src/**)", "Write(./docs/**)"], "additionalDirectories": ["./packages/ui"], "deny": ["Read(.env)"]}}',
      },
      { path: 'scripts/agent.sh', code: '#!/bin/sh\n# never run: claude --add-dir ~/\nclaude --add-dir ./packages/api\n' },
    ],
  },
});
