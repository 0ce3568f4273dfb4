// Which agent-config format a root-relative path holds (the "kinds" of the reference catalogue).
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const inNodeModules = (p: string): boolean => /(^|\/)node_modules\//.test(p);

/** S: Claude Code settings (shared, local or managed). */
export const isClaudeSettings = (p: string): boolean =>
  !inNodeModules(p) && (/(^|\/)\.claude\/[\w.-]*settings[\w.-]*\.json$/.test(p) || base(p) === 'managed-settings.json');
/** The shared, committed settings file (not the personal local one, not managed policy). */
export const isSharedSettings = (p: string): boolean => /(^|\/)\.claude\/settings\.json$/.test(p);
/** Codex CLI config: `.codex/config.toml` (project or `~/.codex`), profile layers `<name>.config.toml`, custom agents `.codex/agents/*.toml`. */
export const isCodexConfig = (p: string): boolean => !inNodeModules(p) && /(^|\/)\.codex\/(([\w.-]+\.)?config\.toml|agents\/[^/]+\.toml)$/.test(p);
/** Continue: `.continue/config.yaml` and the blocks under `.continue/mcpServers/`. */
export const isContinueConfig = (p: string): boolean =>
  !inNodeModules(p) && /(^|\/)\.continue\/(config\.(ya?ml|json)|mcpServers\/[^/]+\.(ya?ml|json))$/.test(p);
/** opencode: `opencode.json(c)` at the project root, in `.opencode/` or in `~/.config/opencode/`; servers under `mcp`. */
export const isOpencodeConfig = (p: string): boolean => !inNodeModules(p) && /(^|\/)(\.opencode\/|opencode\/)?opencode\.jsonc?$/.test(p);
/** M: MCP client configs. */
export const isMcpConfig = (p: string): boolean =>
  !inNodeModules(p) &&
  (/(^|\/)\.mcp\.json$/.test(p) ||
    /(^|\/)(\.cursor|\.vscode|\.roo|\.gemini|\.windsurf|\.kiro|\.amazonq)\/(mcp|settings)\.json$/.test(p) ||
    /(^|\/)\.kiro\/settings\/mcp\.json$/.test(p) ||
    /(^|\/)(claude_desktop_config|cline_mcp_settings|mcp_settings|mcp_config|mcp\.config|mcp|gemini-extension)\.json$/.test(p) ||
    /(^|\/)\.?zed\/settings\.json$/.test(p) ||
    isContinueConfig(p) ||
    isOpencodeConfig(p) ||
    /(^|\/)\.codex\/([\w.-]+\.)?config\.toml$/.test(p) ||
    /(^|\/)\.claude\.json$/.test(p));
/** F: claude-flow configs. */
export const isClaudeFlowConfig = (p: string): boolean =>
  !inNodeModules(p) &&
  (/(^|\/)claude-flow(\.[\w-]+)?\.config\.json$/.test(p) ||
    /(^|\/)\.claude-flow\/.*\.json$/.test(p) ||
    /(^|\/)\.hive-mind\/config\.json$/.test(p) ||
    /(^|\/)(development|production|advanced\/production)-config\.json$/.test(p));
/** W: GitHub workflows. */
export const isWorkflow = (p: string): boolean => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p);
/** A: agent, command and skill markdown, CLAUDE.md. */
export const isAgentMarkdown = (p: string): boolean =>
  !inNodeModules(p) &&
  (/(^|\/)\.claude\/(agents|commands|skills)\/.+\.md$/.test(p) || base(p) === 'SKILL.md' || base(p) === 'CLAUDE.md' || base(p) === 'CLAUDE.local.md');
/** Subagent definitions only (where `tools` omitted means every tool). */
export const isSubagent = (p: string): boolean => /(^|\/)\.claude\/agents\/.+\.md$/.test(p);
/** P: package.json. */
export const isPackageJson = (p: string): boolean => !inNodeModules(p) && base(p) === 'package.json';
/** X: shell scripts, Dockerfiles, Makefiles. */
export const isShellLike = (p: string): boolean => {
  if (inNodeModules(p)) return false;
  const b = base(p);
  if (/(^|\/)\.devcontainer\/[^/]*\.json$/.test(p) || /(^|\/)\.vscode\/tasks\.json$/.test(p)) return true;
  return (
    /\.(sh|bash|zsh|fish|ps1|bat|cmd)$/.test(b) ||
    /^(Procfile|justfile|Justfile|Taskfile\.ya?ml)$/.test(b) ||
    /^(Dockerfile|Containerfile)(\..+)?$/.test(b) ||
    /\.(dockerfile|mk)$/i.test(b) ||
    b === 'Makefile' ||
    b === 'makefile' ||
    b === 'GNUmakefile' ||
    /^\.(bashrc|zshrc|bash_aliases|profile|bash_profile)$/.test(b) ||
    /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(b)
  );
};
/** C: security-profile configs (config/security/<name>.*, security/<name>.*). */
export const isProfileConfigPath = (p: string): boolean =>
  /^(config\/)?security\/[\w.-]+\.(ts|mts|cts|js|mjs|cjs|json|ya?ml)$/.test(p) && !/\.d\.ts$/.test(p) && !inNodeModules(p);
/** Any file whose commands the shell-flag rules read (P, X, W). */
export const hasCommands = (p: string): boolean => isPackageJson(p) || isShellLike(p) || isWorkflow(p);
