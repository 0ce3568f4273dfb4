import { offNote, serverGrade, defineRule, isClaudeFlowConfig, isMcpConfig, mcpServers, str } from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-docker-privileged',
  title: 'MCP server container runs privileged or with host mounts',
  severity: 'high',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: 'An MCP server started with `docker run --privileged`, `--pid=host`, `--network=host`, a mount of `/`, of the Docker socket or of `~/.ssh` is not isolated: a compromised server escapes to the host. High: container escape.\n\n**Fix:** run with `-i --rm`, no host namespaces, and mount only the project folder read-only when needed.',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      const cmd = (str(s.command) ?? '').replace(/^.*\//, '');
      if (!/^(docker|podman)$/.test(cmd)) continue;
      const args = s.args;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!.value;
        const next = args[i + 1]?.value ?? '';
        let bad: string | undefined;
        if (/^--privileged(=true)?$/.test(a)) bad = '--privileged';
        else if (/^--(pid|network|net|ipc|uts|userns)=host$/.test(a) || (/^--(pid|network|net|ipc|uts)$/.test(a) && next === 'host'))
          bad = `${a.split('=')[0]}=host`;
        else if (/^--cap-add(=|$)/.test(a) && /SYS_ADMIN|ALL/.test(a + next)) bad = '--cap-add SYS_ADMIN';
        else if (/^--security-opt(=|$)/.test(a) && /unconfined|privileged/.test(a + next)) bad = '--security-opt unconfined';
        else {
          const mount = /^(-v|--volume|--mount)$/.test(a) ? next : /^(-v|--volume|--mount)=/.test(a) ? a.slice(a.indexOf('=') + 1) : undefined;
          if (mount !== undefined) {
            const src = /source=|src=/.test(mount) ? (/(?:source|src)=([^,]+)/.exec(mount)?.[1] ?? '') : mount.split(':')[0]!;
            if (/^(\/|\/\/)$|docker\.sock|(^|\/)\.ssh(\/|$)|^(~|\$HOME|\$\{HOME\})\/?$|^\/(etc|root|home)\/?$/.test(src)) bad = `a mount of \`${src}\``;
          }
        }
        if (bad)
          ctx.report(
            { range: args[i]!.range },
            `MCP server \`${s.name}\` container runs with ${bad.startsWith('a mount') ? bad : `\`${bad}\``}.${offNote(s)}`,
            serverGrade(s),
          );
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "tools": {\n      "command": "docker",\n      "args": ["run", "-i", "--rm",\n        "--privileged", "ghcr.io/acme/tools-mcp:1.4.0"]\n    }\n  }\n}\n',
        line: 6,
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"d": {"command": "docker", "args": ["run", "-i", "--rm", "-v", "/var/run/docker.sock:/var/run/docker.sock", "acme/docker-mcp:2.0.1"]}}}',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server@sha256:0123456789abcdef"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}"}}}}',
      },
      { path: '.mcp.json', code: '{"mcpServers": {"w": {"command": "docker", "args": ["run", "-i", "--rm", "-v", "./src:/work:ro", "acme/w:1.0.0"]}}}' },
    ],
  },
});
