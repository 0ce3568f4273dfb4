import {
  defineRule,
  get,
  hookCommands,
  isAgentMarkdown,
  isClaudeSettings,
  isCodexConfig,
  isMap,
  launcherPackage,
  packageName,
  tryParseJsonc,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/hook-unpinned-launcher',
  title: 'Hook launches an unpinned package',
  severity: 'low',
  cwe: ['CWE-1357'],
  confidence: 'medium',
  help: 'A hook that runs `npx -y pkg`, `npx pkg@alpha`, `bunx`, `pnpm dlx` or `uvx` without an exact version fetches whatever the registry serves at that moment and runs it on every tool call (the `claude-flow init` default uses `@alpha`). Low: it needs a compromised or hijacked package, but then runs everywhere at once.\n\n**Fix:** pin an exact version (`npx claude-flow@2.0.0-alpha.90 hooks …`) or add the package to `devDependencies` and run its local bin.',
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
    for (const f of ctx.files) {
      if (f.isDirectory || !(isClaudeSettings(f.path) || isAgentMarkdown(f.path) || isCodexConfig(f.path))) continue;
      const text = ctx.readText(f.path);
      if (text === undefined) continue;
      const cache = new Map<string, unknown>();
      const fctx = {
        file: { path: f.path, text },
        parsed: <T>(k: string, fn: (t: string) => T): T => (cache.has(k) ? (cache.get(k) as T) : (cache.set(k, fn(text)), cache.get(k) as T)),
      };
      for (const h of hookCommands(fctx)) {
        const l = launcherPackage(h.command);
        if (!l || l.pinned || !l.pkg) continue;
        const name = packageName(l.pkg);
        const taggedOrYes = l.pkg.lastIndexOf('@') > 0 || /(^|\s)(-y|--yes)(\s|$)/.test(h.command) || l.launcher !== 'npx';
        if (!taggedOrYes && deps.has(name)) continue;
        ctx.report(f.path, { range: h.range }, `\`${h.where}\` runs \`${l.launcher} ${l.pkg}\` without an exact version on every trigger.`);
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
    ],
  },
});
