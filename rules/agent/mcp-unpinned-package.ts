import {
  offNote,
  serverGrade,
  defineRule,
  hasCommands,
  isClaudeFlowConfig,
  isClaudeSettings,
  isDocFile,
  isMcpConfig,
  launcherPackage,
  mcpAddCommands,
  mcpServers,
  str,
} from '../../src/kit.js';

const VALUE_FLAGS =
  /^(-e|--env|-v|--volume|--name|--env-file|-p|--publish|--network|--net|-w|--workdir|--mount|-u|--user|--entrypoint|-l|--label|--platform|--pull|--cap-add|--security-opt|-m|--memory|--cpus|--add-host|--hostname|-h)$/;

/** The image argument of `docker run …` (first positional after `run`). */
function dockerImage(
  cmd: string,
  args: { value: string; range: readonly [number, number] }[],
): { value: string; range: readonly [number, number] } | undefined {
  if (!/(^|\/)(docker|podman)$/.test(cmd)) return undefined;
  const run = args.findIndex((a) => a.value === 'run');
  if (run < 0) return undefined;
  for (let i = run + 1; i < args.length; i++) {
    const v = args[i]!.value;
    if (VALUE_FLAGS.test(v)) {
      i++;
      continue;
    }
    if (v.startsWith('-')) continue;
    return args[i];
  }
  return undefined;
}

export default defineRule({
  id: 'agent/mcp-unpinned-package',
  title: 'MCP server launched from an unpinned package',
  severity: 'medium',
  cwe: ['CWE-1357'],
  confidence: 'high',
  help: 'A server started with `npx -y pkg`, `npx pkg@latest`, `uvx pkg` or `bunx pkg` runs whatever version the registry serves today; a hijacked or malicious update (a "rug pull") gets the tokens the server is given. Dist-tags such as `@latest` or `@alpha` are not pins. The same holds for `claude mcp add <name> -- npx -y pkg` (or `codex`/`gemini mcp add`) in scripts, Dockerfiles, package.json scripts and workflow steps: it writes that config for whoever runs it. Medium: supply-chain risk that needs an upstream compromise; low in a README or docs code block.\n\n**Fix:** pin an exact version (`@modelcontextprotocol/server-github@2025.4.8`, `uvx mcp-server-git==0.6.2`).',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p) || isClaudeSettings(p) || hasCommands(p) || isDocFile(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      const cmd = str(s.command);
      if (!cmd) continue;
      const image = dockerImage(cmd, s.args);
      if (image && !/@sha256:[0-9a-f]{6,}/.test(image.value)) {
        const tag = /:([^:/]+)$/.exec(image.value)?.[1];
        if (!tag || tag === 'latest')
          ctx.report(
            { range: image.range },
            `MCP server \`${s.name}\` runs the image \`${image.value}\` without a version tag or digest.${offNote(s)}`,
            serverGrade(s),
          );
        continue;
      }
      const line = [cmd, ...s.args.map((a) => (/\s/.test(a.value) ? `"${a.value}"` : a.value))].join(' ');
      const l = launcherPackage(line);
      if (!l || l.pinned || !l.pkg) continue;
      const argNode = s.args.find((a) => a.value === l.pkg || a.value.endsWith(l.pkg!) || a.value.includes(`${l.pkg}`));
      ctx.report(
        { range: argNode?.range ?? s.command!.range },
        `MCP server \`${s.name}\` runs \`${l.launcher} ${l.pkg}\` without an exact version.${offNote(s)}`,
        serverGrade(s),
      );
    }
    // `claude mcp add gh -- npx -y pkg`: not a config, but the config every user who runs it gets.
    for (const c of mcpAddCommands(ctx)) {
      const docs = c.origin === 'D';
      const where = `\`${c.client} mcp ${c.verb} ${c.name}\`${docs ? ' in the docs' : ''}`;
      const image = c.command[0] ? dockerImage(c.command[0].value, c.command.slice(1)) : undefined;
      if (image) {
        const tag = /:([^:/]+)$/.exec(image.value)?.[1];
        if (!/@sha256:[0-9a-f]{6,}/.test(image.value) && (!tag || tag === 'latest'))
          ctx.report({ range: image.range }, `${where} registers the image \`${image.value}\` without a version tag or digest.`, {
            severity: docs ? 'low' : 'medium',
          });
        continue;
      }
      const l = launcherPackage(c.command.map((w) => (/\s/.test(w.value) ? `"${w.value}"` : w.value)).join(' '));
      if (!l || l.pinned || !l.pkg) continue;
      const w = c.command.find((x) => x.value === l.pkg || x.value.endsWith(l.pkg!)) ?? c.command[0]!;
      ctx.report({ range: w.range }, `${where} registers \`${l.launcher} ${l.pkg}\` without an exact version.`, { severity: docs ? 'low' : 'medium' });
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"]\n    }\n  }\n}\n',
        line: 5,
      },
      { path: '.mcp.json', code: '{"mcpServers": {"claude-flow": {"command": "npx", "args": ["claude-flow@alpha", "mcp", "start"]}}}' },
      { path: '.vscode/mcp.json', code: '{"servers": {"git": {"type": "stdio", "command": "uvx", "args": ["mcp-server-git"]}}}' },
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git"], "disabled": true}}}',
        note: 'switched off in a client that honours `disabled`: info',
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git"], "disabled": true}}}',
        note: 'Claude Code has no `disabled` key in .mcp.json: it still starts the server',
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"gh": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_TOKEN", "ghcr.io/github/github-mcp-server:latest"]}}}',
      },
      {
        path: '.codeium/windsurf/mcp_config.json',
        code: '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]}}}',
        note: 'Windsurf',
      },
      {
        path: '.zed/settings.json',
        code: '{\n  // Zed\n  "context_servers": {\n    "gh": {"command": {"path": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]}}\n  }\n}\n',
        line: 4,
        note: 'Zed nests path/args under command',
      },
      {
        path: 'gemini-extension.json',
        code: '{"name": "x", "version": "1.0.0", "mcpServers": {"x": {"command": "npx", "args": ["-y", "x-mcp"]}}}',
        note: 'Gemini CLI extension',
      },
      {
        path: '.claude/settings.json',
        code: '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]}}}',
        note: 'Claude Code settings',
      },
      {
        path: '.codex/config.toml',
        code: '# Codex\n[mcp_servers.github]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-github"]\n',
        line: 4,
        note: 'Codex config.toml',
      },
      {
        path: '.continue/config.yaml',
        code: 'name: cfg\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: sqlite\n    command: npx\n    args:\n      - "-y"\n      - mcp-sqlite\n',
        line: 9,
        note: 'Continue: a list of named blocks',
      },
      {
        path: '.continue/mcpServers/browser.yaml',
        code: 'name: b\nmcpServers:\n  - name: browser\n    command: npx\n    args: ["-y", "@playwright/mcp@latest"]\n',
        note: 'Continue block file',
      },
      { path: '.kiro/settings/mcp.json', code: '{"mcpServers": {"f": {"command": "uvx", "args": ["awslabs.core-mcp-server@latest"]}}}', note: 'Kiro' },
      {
        path: 'scripts/setup.sh',
        code: '#!/bin/sh\nset -e\nclaude mcp add github -s project -- npx -y @modelcontextprotocol/server-github\n',
        line: 3,
        note: 'claude mcp add in a script',
      },
      {
        path: 'package.json',
        code: '{"scripts": {"setup:mcp": "claude mcp add playwright npx @playwright/mcp@latest"}}',
        note: 'old syntax without --, in a package script',
      },
      { path: 'Dockerfile', code: 'FROM node:22\nRUN codex mcp add docs -- npx -y \\\n    docs-mcp-server\n', line: 3, note: 'codex, continued line' },
      { path: 'README.md', code: '# Setup\n\n```bash\n$ claude mcp add context7 -- npx -y @upstash/context7-mcp\n```\n', line: 4, note: 'docs: low' },
      {
        path: 'docs/install.md',
        code: '```sh\nclaude mcp add github -e GITHUB_PERSONAL_ACCESS_TOKEN=$GITHUB_PAT -- docker run -i --rm -e GITHUB_PERSONAL_ACCESS_TOKEN ghcr.io/github/github-mcp-server\n```\n',
        line: 2,
        note: 'untagged image',
      },
      {
        path: 'CLAUDE.md',
        code: '## MCP\n\n```bash\nclaude mcp add ruv-swarm npx ruv-swarm mcp start\n```\n',
        line: 4,
        note: 'agent instructions count as docs',
      },
      {
        path: 'scripts/mcp.sh',
        code: 'claude mcp add-json -s project github \'{"type":"stdio","command":"npx","args":["-y","@modelcontextprotocol/server-github"]}\'\n',
        note: 'claude mcp add-json',
      },
      {
        path: 'opencode.json',
        code: '{\n  "$schema": "https://opencode.ai/config.json",\n  "mcp": {\n    "context7": {"type": "local", "command": ["npx", "-y", "@upstash/context7-mcp"], "enabled": true}\n  }\n}\n',
        line: 4,
        note: 'opencode: command is an argv array',
      },
      {
        path: '.continue/config.json',
        code: '{"experimental": {"modelContextProtocolServers": [{"transport": {"type": "stdio", "command": "uvx", "args": ["mcp-server-sqlite", "--db-path", "test.db"]}}]}}',
        note: 'old Continue config.json',
      },
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"n8n": {"command": "docker run --rm -p 3000:8000 n8n-mcp-server", "args": []}}}',
        note: 'whole command line in command, untagged image',
      },
      {
        path: 'docs/install.md',
        code: "```bash\nclaude mcp add github -e GITHUB_PERSONAL_ACCESS_TOKEN=$(grep GITHUB_PAT .env | cut -d '=' -f2) -- docker run -i --rm -e GITHUB_PERSONAL_ACCESS_TOKEN ghcr.io/github/github-mcp-server\n```\n",
        line: 2,
        note: 'command substitution in an option value',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"]}, "flow": {"command": "npx", "args": ["claude-flow@2.0.0-alpha.90", "mcp", "start"]}}}',
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git==0.6.2"]}, "local": {"command": "node", "args": ["./server.js"]}}}',
      },
      {
        path: '.zed/settings.json',
        code: '{"context_servers": {"gh": {"command": {"path": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"]}}}}',
        note: 'Zed, pinned',
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"gh": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_TOKEN", "ghcr.io/github/github-mcp-server@sha256:0123456789abcdef0123"]}, "t": {"command": "docker", "args": ["run", "-i", "--rm", "acme/tools:1.4.0"]}}}',
        note: 'digest-pinned and versioned images',
      },
      {
        path: '.codex/config.toml',
        code: '[mcp_servers.github]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-github@2025.4.8"]\n\n[mcp_servers.docs]\nurl = "https://mcp.example.com/mcp"\nbearer_token_env_var = "DOCS_TOKEN"\n',
        note: 'Codex, pinned and remote',
      },
      {
        path: '.continue/config.yaml',
        code: 'mcpServers:\n  - name: sqlite\n    command: npx\n    args: ["-y", "mcp-sqlite@1.0.4"]\nmodels:\n  - name: local\n    provider: ollama\n    model: npx\n',
      },
      {
        path: 'scripts/setup.sh',
        code: 'claude mcp add github -- npx -y @modelcontextprotocol/server-github@2025.4.8\n# claude mcp add x -- npx -y unpinned-mcp\necho "run: claude mcp add x -- npx -y unpinned-mcp"\nclaude mcp add --transport http docs https://mcp.example.com/mcp\n',
      },
      {
        path: 'opencode.jsonc',
        code: '{\n  // pinned\n  "mcp": {"context7": {"type": "local", "command": ["npx", "-y", "@upstash/context7-mcp@1.0.14"]}, "docs": {"type": "remote", "url": "https://mcp.example.com/mcp"}}\n}\n',
      },
      { path: 'scripts/mcp.sh', code: 'claude mcp add-json github \'{"command":"npx","args":["-y","@modelcontextprotocol/server-github@2025.4.8"]}\'\n' },
      {
        path: 'README.md',
        code: 'Run `claude mcp add x -- npx -y x-mcp` in prose.\n\n```json\n{"note": "claude mcp add x -- npx -y x-mcp"}\n```\n',
        note: 'prose and non-shell blocks',
      },
    ],
  },
});
