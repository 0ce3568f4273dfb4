import {
  at,
  commandLines,
  printedAt,
  defineRule,
  fileContext,
  get,
  hasCommands,
  hookCommands,
  isClaudeSettings,
  isCodexConfig,
  isMcpConfig,
  isScalar,
  isWorkflow,
  launcherPackage,
  launchLine,
  matchRange,
  mcpServers,
  type Range,
  stepIn,
  str,
  toml,
  workflowSteps,
  json,
} from '../../src/kit.js';

type Family = 'claude' | 'codex' | 'gemini';
type Site = { family: Family; file: string; text: string; range: Range; what: string };

const CLAUDE_BYPASS = /--(allow-)?dangerously-skip-permissions\b|--permission-mode[= ]+["']?bypassPermissions\b/;
const CODEX_BYPASS = /\bcodex\b.*?(--dangerously-bypass-approvals-and-sandbox|--yolo)\b/;
const GEMINI_BYPASS = /\bgemini\b.*?(--yolo|--approval-mode[= ]+["']?yolo)\b/;

/** Why a launch line is mutable: an unpinned package launcher or an untagged image; undefined when pinned. */
function unpinned(line: string, hook = false): string | undefined {
  const image = /\b(docker|podman)\s+run\b.*?\s([a-z0-9][\w.-]*(?:\/[\w.-]+)+(?::[\w.-]+)?(?:@sha256:[0-9a-f]+)?)(\s|$)/i.exec(line);
  if (image) {
    const ref = image[2]!;
    if (/@sha256:/.test(ref)) return undefined;
    const tag = /:([^:/]+)$/.exec(ref)?.[1];
    return !tag || tag === 'latest' ? `the image \`${ref}\`` : undefined;
  }
  const l = launcherPackage(line);
  if (!l || l.pinned || !l.pkg) return undefined;
  // A hook's bare `npx tsc` runs the project's own install (hook-unpinned-launcher's reading): only a tag, `-y` or a
  // launcher that always downloads (uvx, bunx, dlx) fetches from the registry.
  if (hook && l.launcher === 'npx' && l.pkg.lastIndexOf('@') <= 0 && !/(^|\s)(-y|--yes)(\s|$)/.test(line)) return undefined;
  return `\`${l.launcher} ${l.pkg}\``;
}

/** The folder a config file configures (`a/.claude/settings.json` → `a/`), or undefined for other files. */
function configRoot(file: string): string | undefined {
  const m = /^(.*?)(\.claude\/[^/]+|\.mcp\.json|\.codex\/[^/]+|\.gemini\/[^/]+)$/.exec(file);
  return m ? m[1]! : undefined;
}

export default defineRule({
  id: 'agent/toxic-bypass-unpinned',
  title: 'Permission bypass together with unpinned agent code',
  severity: 'critical',
  cwe: ['CWE-862', 'CWE-1357'],
  confidence: 'medium',
  help: 'An agent started with its permission checks off (`defaultMode: bypassPermissions`, `--dangerously-skip-permissions`, Codex `approval_policy = "never"` or `--dangerously-bypass-approvals-and-sandbox`, `gemini --yolo`) that also loads code nobody pinned (a hook or MCP server run with `npx -y pkg`, `pkg@latest`, an untagged image, or `claude-code-action` from a branch) hands every future release of that code a no-questions-asked agent: a hijacked package or a poisoned tool description acts at once, with nobody asked. Each half is reported on its own; together they are critical. Reported at the bypass, with the unpinned code as its related locations.\n\n**Fix:** pin the hook, server and action versions (`npx claude-flow@2.0.0-alpha.90`, `@modelcontextprotocol/server-github@2025.4.8`, an action SHA), or run the agent with prompts on and a scoped allow list.',
  kind: 'project',
  check(ctx) {
    const bypass: Site[] = [];
    const mutable: Site[] = [];
    for (const f of ctx.files) {
      if (f.isDirectory || /(^|\/)node_modules\//.test(f.path)) continue;
      // The settings files Claude Code loads (not `optimized-settings.json` and other copies kept beside them).
      const settings = isClaudeSettings(f.path) && /(^|\/)(\.claude\/settings(\.local)?\.json|managed-settings\.json)$/.test(f.path);
      const codex = isCodexConfig(f.path);
      const mcp = isMcpConfig(f.path);
      const cmds = hasCommands(f.path);
      if (!settings && !codex && !mcp && !cmds) continue;
      const text = ctx.readText(f.path);
      if (text === undefined) continue;
      const fctx = fileContext(f.path, text);
      const add = (list: Site[], family: Family, range: Range, what: string): void => void list.push({ family, file: f.path, text, range, what });
      if (settings) {
        const mode = at(json(fctx), 'permissions.defaultMode');
        if (isScalar(mode) && mode.value === 'bypassPermissions') add(bypass, 'claude', mode.range, '`defaultMode: bypassPermissions`');
      }
      if (codex) {
        const policy = get(toml(fctx), 'approval_policy');
        if (isScalar(policy) && policy.value === 'never') add(bypass, 'codex', policy.range, '`approval_policy = "never"`');
        const sandbox = get(toml(fctx), 'sandbox_mode');
        if (isScalar(sandbox) && sandbox.value === 'danger-full-access' && isScalar(policy) && policy.value === 'never')
          add(bypass, 'codex', sandbox.range, '`sandbox_mode = "danger-full-access"`');
      }
      if (settings || codex) {
        const family: Family = codex ? 'codex' : 'claude';
        for (const h of hookCommands(fctx)) {
          const why = unpinned(h.command, true);
          if (why) add(mutable, family, h.range, `\`${h.where}\` runs ${why}`);
        }
      }
      if (mcp || settings) {
        const family: Family | undefined = codex
          ? 'codex'
          : /(^|\/)\.gemini\/|gemini-extension\.json$/.test(f.path)
            ? 'gemini'
            : /(^|\/)\.mcp\.json$|(^|\/)\.claude\//.test(f.path)
              ? 'claude'
              : undefined;
        if (family) {
          for (const s of mcpServers(fctx)) {
            const why = s.off ? undefined : unpinned(launchLine(s));
            if (why) add(mutable, family, s.command?.range ?? s.nameRange, `the MCP server \`${s.name}\` runs ${why}`);
          }
        }
      }
      if (cmds) {
        for (const line of commandLines(fctx)) {
          for (const [family, re] of [
            ['claude', CLAUDE_BYPASS],
            ['codex', CODEX_BYPASS],
            ['gemini', GEMINI_BYPASS],
          ] as const) {
            const m = re.exec(line.text);
            if (m && !printedAt(line.text, m.index))
              add(bypass, family, matchRange(line, m.index, m[0].length), `\`${m[1] && family !== 'claude' ? m[1] : m[0]}\``);
          }
        }
      }
      if (isWorkflow(f.path)) {
        for (const step of workflowSteps(fctx)) {
          const m = step.uses && /^([\w.-]+\/(?:claude-code(?:-base)?-action|codex-action|run-gemini-cli))@(.+)$/.exec(step.uses.trim());
          if (!m) continue;
          const ref = m[2]!;
          if (/^[0-9a-f]{40}$/.test(ref) || /^v?\d+(\.\d+)*(-[\w.]+)?$/.test(ref)) continue;
          const family: Family = /codex/.test(m[1]!) ? 'codex' : /gemini/.test(m[1]!) ? 'gemini' : 'claude';
          const uses = get(step.node, 'uses');
          if (uses) add(mutable, family, uses.range, `\`${str(uses)}\` is used from a branch`);
        }
      }
    }
    // Each site belongs to the nearest folder above it that holds an agent config (`.claude/`, `.mcp.json`, `.codex/`):
    // a script pairs with its own project's hooks and servers, not with a template's elsewhere in the tree.
    const roots = [...new Set([...bypass, ...mutable].map((x) => configRoot(x.file)).filter((r): r is string => r !== undefined))];
    const projectOf = (file: string): string => roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0] ?? '';
    // A script inside a skill bundle (a folder with a SKILL.md above it) runs in whichever project installs the skill.
    const skills = ctx.allFiles.filter((f) => /(^|\/)SKILL\.md$/.test(f.path)).map((f) => f.path.slice(0, -'SKILL.md'.length));
    for (const b of bypass) {
      if (skills.some((d) => b.file.startsWith(d))) continue;
      // A workflow's bypass pairs with that workflow's own action; a bypass elsewhere with the project's hooks and servers.
      const pair = mutable.filter(
        (m) => m.family === b.family && (isWorkflow(b.file) ? m.file === b.file : !isWorkflow(m.file) && projectOf(m.file) === projectOf(b.file)),
      );
      if (!pair.length) continue;
      const more = pair.length > 1 ? ` (and ${pair.length - 1} more)` : '';
      ctx.report(
        b.file,
        { range: b.range },
        `${b.what} turns off every prompt while ${pair[0]!.what} in \`${pair[0]!.file}\` without a pinned version${more}.`,
        {
          related: pair
            .slice(0, 5)
            .map((m) => stepIn(m.file, m.text, m.range, `${m.what.charAt(0).toUpperCase()}${m.what.slice(1)} without a pinned version.`)),
        },
      );
    }
  },
  examples: {
    bad: [
      {
        path: '.claude/settings.json',
        code: '{\n  "permissions": {"defaultMode": "bypassPermissions"},\n  "hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "npx claude-flow@alpha hooks post-edit"}]}]}\n}\n',
        line: 2,
      },
      {
        path: 'package.json',
        code: '{"scripts": {"agent": "claude --dangerously-skip-permissions"}}',
        files: { '.mcp.json': '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]}}}' },
        note: 'a script bypass and a project MCP server',
      },
      {
        path: '.codex/config.toml',
        code: 'approval_policy = "never"\n\n[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "docs-mcp-server@latest"]\n',
        line: 1,
      },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"defaultMode": "bypassPermissions"}, "hooks": {"PostToolUse": [{"hooks": [{"type": "command", "command": "npx claude-flow@2.0.0-alpha.90 hooks post-edit"}]}]}}',
        note: 'pinned',
      },
      {
        path: 'package.json',
        code: '{"scripts": {"agent": "claude --dangerously-skip-permissions"}}',
        files: { '.codex/config.toml': '[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "docs-mcp-server"]\n' },
        note: 'a Claude bypass and a Codex server: different agents',
      },
      {
        path: 'scripts/dev.sh',
        code: 'echo "run: claude --dangerously-skip-permissions"\n',
        files: { '.mcp.json': '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]}}}' },
        note: 'printed, not run',
      },
    ],
  },
});
