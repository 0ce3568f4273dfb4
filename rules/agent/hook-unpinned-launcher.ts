import {
  defineRule,
  get,
  hookCommands,
  hookScripts,
  isAgentMarkdown,
  isClaudeSettings,
  isCodexConfig,
  isMap,
  launcherPackage,
  logicalLines,
  packageName,
  tryParseJsonc,
  unpinnedInstall,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/hook-unpinned-launcher',
  title: 'Hook launches or installs an unpinned package',
  severity: 'low',
  cwe: ['CWE-1357'],
  confidence: 'medium',
  help: 'A hook that runs `npx -y pkg`, `npx pkg@alpha`, `bunx`, `pnpm dlx` or `uvx` without an exact version fetches whatever the registry serves at that moment and runs it on every tool call (the `claude-flow init` default uses `@alpha`). The same holds for a hook, or a script a hook runs (`"$CLAUDE_PROJECT_DIR"/scripts/setup.sh` from `SessionStart`), that installs a package without an exact version: `npm i -g pkg`, `pip install pkg`, `uv tool install pkg`, `go install pkg@latest`, `cargo install pkg`. Low: it needs a compromised or hijacked package, but then runs everywhere at once.\n\n**Fix:** pin an exact version (`npx claude-flow@2.0.0-alpha.90 hooks …`) or add the package to `devDependencies` and run its local bin.',
  kind: 'project',
  check(ctx) {
    const deps = new Set<string>();
    const pkg = ctx.readText('package.json');
    if (pkg !== undefined) {
      const root = tryParseJsonc(pkg);
      for (const k of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const m = get(root, k);
        if (isMap(m)) for (const e of m.entries) deps.add(e.key);
      }
    }
    const scripts = new Map<string, { where: string; config: string }>();
    for (const f of ctx.files) {
      if (f.isDirectory || !(isClaudeSettings(f.path) || isAgentMarkdown(f.path) || isCodexConfig(f.path))) continue;
      const text = ctx.readText(f.path);
      if (text === undefined) continue;
      const cache = new Map<string, unknown>();
      const fctx = {
        file: { path: f.path, text },
        parsed: <T>(k: string, fn: (t: string) => T): T => (cache.has(k) ? (cache.get(k) as T) : (cache.set(k, fn(text)), cache.get(k) as T)),
      };
      const hooks = hookCommands(fctx);
      if (!isAgentMarkdown(f.path)) for (const [p, where] of hookScripts(f.path, hooks)) if (!scripts.has(p)) scripts.set(p, { where, config: f.path });
      for (const h of hooks) {
        const inst = unpinnedInstall(h.command);
        if (inst) {
          ctx.report(f.path, { range: h.range }, `\`${h.where}\` installs \`${inst.pkg}\` (\`${inst.tool}\`) without an exact version on every trigger.`);
          continue;
        }
        const l = launcherPackage(h.command);
        if (!l || l.pinned || !l.pkg) continue;
        const name = packageName(l.pkg);
        const taggedOrYes = l.pkg.lastIndexOf('@') > 0 || /(^|\s)(-y|--yes)(\s|$)/.test(h.command) || l.launcher !== 'npx';
        if (!taggedOrYes && deps.has(name)) continue;
        ctx.report(f.path, { range: h.range }, `\`${h.where}\` runs \`${l.launcher} ${l.pkg}\` without an exact version on every trigger.`);
      }
    }
    // Scripts of the project that a hook runs: an unpinned install (or launcher) there runs on every trigger too.
    for (const [p, { where, config }] of [...scripts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const text = ctx.readText(p);
      if (text === undefined || text.length > 512 * 1024) continue;
      for (const line of logicalLines(text, 0, text.length, 'shell')) {
        const inst = unpinnedInstall(line.text);
        const l = inst ? undefined : launcherPackage(line.text);
        const what = inst
          ? `installs \`${inst.pkg}\` (\`${inst.tool}\`)`
          : l && !l.pinned && l.pkg && !deps.has(packageName(l.pkg))
            ? `runs \`${l.launcher} ${l.pkg}\``
            : undefined;
        if (!what) continue;
        const index = inst?.index ?? l!.index;
        ctx.report(
          p,
          { range: [line.start + index, line.start + line.text.length] },
          `This script ${what} without an exact version; the \`${where}\` hook in ${config} runs it on every trigger.`,
        );
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.claude/settings.json',
        code: '{\n  "hooks": {\n    "PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "cat | jq -r .tool_input.command | xargs -0 npx claude-flow@alpha hooks pre-command --command"}]}]\n  }\n}\n',
        line: 3,
      },
      { path: '.claude/settings.json', code: '{"hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "uvx ruff format ."}]}]}}' },
      {
        path: '.claude/settings.json',
        code: '{"hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "npx prettier --write ."}]}]}}',
        note: 'not a dependency',
      },
      {
        path: '.codex/config.toml',
        code: '[[hooks.PostToolUse]]\n[[hooks.PostToolUse.hooks]]\ntype = "command"\ncommand = "npx -y @biomejs/biome@latest format --write ."\n',
        line: 4,
        note: 'Codex hooks',
      },
      {
        path: '.claude/settings.json',
        code: '{\n  "hooks": {\n    "SessionStart": [{"hooks": [{"type": "command", "command": "npm install -g @anthropic-ai/claude-code"}]}]\n  }\n}\n',
        line: 3,
        note: 'unpinned install on every session',
      },
      {
        path: 'scripts/setup.sh',
        code: '#!/bin/bash\nset -e\npip install ruff\n',
        files: {
          '.claude/settings.json': '{"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "\\"$CLAUDE_PROJECT_DIR\\"/scripts/setup.sh"}]}]}}',
        },
        line: 3,
        note: 'setup script run by a SessionStart hook',
      },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "npx claude-flow@2.0.0-alpha.90 hooks post-edit"}]}]}}',
      },
      {
        path: '.claude/settings.json',
        code: '{"hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "npx prettier --write ."}]}]}}',
        files: { 'package.json': '{"devDependencies": {"prettier": "3.3.3"}}' },
      },
      { path: '.claude/settings.json', code: '{"hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "uvx ruff==0.6.9 format ."}]}]}}' },
      {
        path: '.claude/settings.json',
        code: '{"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "npm install -g @anthropic-ai/claude-code@2.0.14 && pip install -r requirements.txt"}]}]}}',
        note: 'pinned install, lockfile install',
      },
      {
        path: 'scripts/setup.sh',
        code: '#!/bin/sh\nnpm install -g typescript\n',
        note: 'no hook runs this script',
      },
    ],
  },
});
