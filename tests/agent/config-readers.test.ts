// The config readers agree with the loaders agents use: a key written twice keeps its last value (JSON.parse,
// YAML loaders), and the replaced copy is kept apart for agent/duplicate-key.
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonc } from '../../src/analyzers/config/jsonc.js';
import { parseToml, tryParseToml } from '../../src/analyzers/config/toml.js';
import { at, plain } from '../../src/analyzers/config/tree.js';
import { parseYaml } from '../../src/analyzers/config/yaml.js';
import { launchLine, mcpServers } from '../../src/analyzers/config/agent.js';
import { mcpAddCommands } from '../../src/analyzers/config/mcp-add.js';

describe('duplicate keys', () => {
  it('JSON: last wins, as JSON.parse reads it, and the first copy is shadowed', () => {
    const text = '{"permissions": {"defaultMode": "default", "deny": ["Read(.env)"], "defaultMode": "bypassPermissions"}}';
    const root = parseJsonc(text);
    expect(plain(root)).toEqual(JSON.parse(text));
    const perms = at(root, 'permissions');
    expect(perms?.kind === 'map' && perms.shadowed?.map((e) => plain(e.value))).toEqual(['default']);
    expect(perms?.kind === 'map' && perms.entries.map((e) => e.key)).toEqual(['defaultMode', 'deny']);
  });

  it('JSON: a map without duplicates has no shadowed list', () => {
    const root = parseJsonc('{"a": 1, "b": {"c": 2}}');
    expect(root.kind === 'map' && 'shadowed' in root).toBe(false);
  });

  it('YAML: last wins; keys a `<<` merge brings in are not shadowed duplicates', () => {
    const root = parseYaml('base: &b\n  mode: safe\nx:\n  <<: *b\n  mode: open\ny:\n  mode: a\n  mode: b\n');
    expect(plain(root)).toEqual({ base: { mode: 'safe' }, x: { mode: 'open' }, y: { mode: 'b' } });
    const x = at(root, 'x');
    const y = at(root, 'y');
    expect(x?.kind === 'map' && x.shadowed).toBeFalsy();
    expect(y?.kind === 'map' && y.shadowed?.map((e) => plain(e.value))).toEqual(['a']);
  });
});

describe('TOML (Codex config.toml)', () => {
  it('reads tables, dotted and quoted keys, strings, arrays and inline tables with their positions', () => {
    const text = [
      '# Codex',
      'approval_policy = "never"',
      '[mcp_servers.github]',
      'command = "npx"',
      'args = [',
      '  "-y", # pinned below',
      "  '@modelcontextprotocol/server-github',",
      ']',
      'env = { "GITHUB_TOKEN" = "${GITHUB_TOKEN}", x.y = 1 }',
      '[mcp_servers."my server"]',
      'url = "https://mcp.example.com/mcp"',
      'http_headers.X-Team = "core"',
      '[[hooks.SessionStart]]',
      'matcher = "startup"',
      '[[hooks.SessionStart.hooks]]',
      'command = """',
      'echo \\',
      '   hi"""',
      'timeout = 1_000',
      'when = 1979-05-27T07:32:00Z',
    ].join('\n');
    const root = parseToml(text);
    expect(plain(root)).toEqual({
      approval_policy: 'never',
      mcp_servers: {
        github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: '${GITHUB_TOKEN}', x: { y: 1 } } },
        'my server': { url: 'https://mcp.example.com/mcp', http_headers: { 'X-Team': 'core' } },
      },
      hooks: { SessionStart: [{ matcher: 'startup', hooks: [{ command: 'echo hi', timeout: 1000, when: '1979-05-27T07:32:00Z' }] }] },
    });
    const pkg = at(root, 'mcp_servers.github.args');
    const item = pkg?.kind === 'seq' ? pkg.items[1] : undefined;
    expect(item && text.slice(item.range[0], item.range[1])).toBe("'@modelcontextprotocol/server-github'");
  });

  it('gives up on what it cannot read, and on runaway nesting', () => {
    for (const bad of ['a = ', 'a = "x', '[a', 'a = 1 b = 2', 'a = [1, 2', 'a = {b = 1', 'a = 1\na.b = 2']) expect(tryParseToml(bad)).toBeUndefined();
    expect(tryParseToml(`a = ${'['.repeat(5000)}${']'.repeat(5000)}`)).toBeUndefined();
  });
});

describe('JSONC (jsonc-parser)', () => {
  it('accepts comments and trailing commas and keeps the source range of every key and value', () => {
    const text = '// settings\n{\n  "permissions": { /* why */ "allow": ["Bash(git status)",], },\n}\n';
    const root = parseJsonc(text);
    expect(plain(root)).toEqual({ permissions: { allow: ['Bash(git status)'] } });
    const perms = at(root, 'permissions');
    const entry = perms?.kind === 'map' ? perms.entries[0] : undefined;
    expect(entry && text.slice(...entry.keyRange)).toBe('"allow"');
    const item = entry?.value.kind === 'seq' ? entry.value.items[0] : undefined;
    expect(item && text.slice(...item.range)).toBe('"Bash(git status)"');
  });

  it('keeps offsets after a byte-order mark', () => {
    const text = '\ufeff{"a": true}';
    const root = parseJsonc(text);
    expect(root.kind === 'map' && text.slice(...root.entries[0]!.keyRange)).toBe('"a"');
  });

  it('refuses nesting deeper than 200 levels below the root, and a stack-exhausting run of brackets, as a syntax error', () => {
    expect(() => parseJsonc('['.repeat(202) + ']'.repeat(202))).toThrow(/nesting too deep/);
    expect(plain(parseJsonc('['.repeat(201) + ']'.repeat(201)))).toEqual(JSON.parse('['.repeat(201) + ']'.repeat(201)));
    expect(() => parseJsonc('['.repeat(200_000) + ']'.repeat(200_000))).toThrow(JsonSyntaxError);
  });

  it('rejects what is not JSON: missing values, text after the value, bare keys', () => {
    for (const bad of ['', '{"a": }', '{"a": 1}}', '{a: 1}']) expect(() => parseJsonc(bad), bad).toThrow();
  });
});

describe('MCP servers in other clients, and `claude mcp add-json`', () => {
  const ctx = (path: string, text: string) => {
    const cache = new Map<string, unknown>();
    return {
      file: { path, text },
      parsed: <T>(k: string, fn: (t: string) => T): T => (cache.has(k) ? (cache.get(k) as T) : (cache.set(k, fn(text)), cache.get(k) as T)),
    };
  };
  it('reads opencode `mcp` entries whose command is an argv array', () => {
    const c = ctx(
      'opencode.jsonc',
      '{\n  // local and remote\n  "mcp": {"a": {"type": "local", "command": ["npx", "-y", "pkg"]}, "b": {"type": "remote", "url": "https://x.example/mcp"}}\n}\n',
    );
    expect(mcpServers(c).map((s) => [s.name, launchLine(s)])).toEqual([
      ['a', 'npx -y pkg'],
      ['b', ''],
    ]);
  });
  it('reads the old Continue config.json `experimental.modelContextProtocolServers` transports', () => {
    const c = ctx(
      '.continue/config.json',
      '{"experimental": {"modelContextProtocolServers": [{"name": "fs", "transport": {"type": "stdio", "command": "uvx", "args": ["mcp-server-git"]}}]}}',
    );
    expect(mcpServers(c).map((s) => [s.name, launchLine(s)])).toEqual([['fs', 'uvx mcp-server-git']]);
  });
  it('reads `claude mcp add-json`, with a scope flag and a JSON word spanning lines', () => {
    const text =
      '```bash\nclaude mcp add-json -s user gh \'{"command":"npx","args":["-y","pkg"]}\'\nclaude mcp add-json w \'{\n  "type": "http",\n  "url": "http://x.example/mcp"\n}\'\nclaude mcp add-json <name> \'<json>\'\n```\n';
    const cmds = mcpAddCommands(ctx('docs/mcp.md', text));
    expect(cmds.map((c) => [c.verb, c.name, c.command.map((w) => w.value).join(' '), c.url?.value])).toEqual([
      ['add-json', 'gh', 'npx -y pkg', undefined],
      ['add-json', 'w', '', 'http://x.example/mcp'],
    ]);
  });
});

describe('switched-off MCP servers', () => {
  const sev = async (file: string, body: string) => {
    const { scanText } = await import('../../src/index.js');
    const r = await scanText(body, { path: file, type: 'config' });
    return r.findings.filter((f) => f.ruleId === 'agent/mcp-unpinned-package').map((f) => f.severity);
  };
  it('is info where the client honours the switch, and keeps its grade where the key means nothing', async () => {
    const server = (off: string) => `{"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git"], ${off}}}}`;
    expect(await sev('cline_mcp_settings.json', server('"disabled": true'))).toEqual(['info']);
    expect(await sev('.roo/mcp.json', server('"disabled": false'))).toEqual(['medium']);
    expect(await sev('.mcp.json', server('"disabled": true'))).toEqual(['medium']);
    expect(await sev('.cursor/mcp.json', server('"disabled": true'))).toEqual(['medium']);
    expect(await sev('opencode.json', '{"mcp": {"git": {"type": "local", "command": ["uvx", "mcp-server-git"], "enabled": false}}}')).toEqual(['info']);
    expect(await sev('.codex/config.toml', '[mcp_servers.git]\ncommand = "uvx"\nargs = ["mcp-server-git"]\nenabled = false\n')).toEqual(['info']);
  });
});
