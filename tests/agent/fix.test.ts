// `flowguard fix`: mechanical fixes of agent configs that keep comments, order and formatting, and are idempotent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEnvDeny, addIgnore, dropBypassMode, dropSkipFlags, unifiedDiff } from '../../src/fix/agent.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const SETTINGS = `{
  // team settings: keep the allow list short
  "permissions": {
    "defaultMode": "bypassPermissions", // temporary
    "allow": ["Bash(npm test)"],
    "deny": [
      "Bash(rm -rf /)"
    ]
  },
  "model": "sonnet"
}
`;

describe('fixers', () => {
  it('JSONC: adds the .env denies into the existing list, keeping comments, order and layout; a second run is a no-op', () => {
    const once = addEnvDeny(SETTINGS);
    expect(once).toBe(SETTINGS.replace('"Bash(rm -rf /)"\n', '"Bash(rm -rf /)",\n      "Read(./.env)",\n      "Read(./.env.*)"\n'));
    expect(addEnvDeny(once)).toBe(once);
  });
  it('JSONC: creates deny, or permissions, where they are missing', () => {
    expect(addEnvDeny('{"permissions": {"allow": ["Read"]}}')).toBe('{"permissions": {"allow": ["Read"], "deny": ["Read(./.env)","Read(./.env.*)"]}}');
    const created = addEnvDeny('{\n  // c\n  "model": "sonnet"\n}\n');
    expect(created).toContain('// c');
    expect(JSON.parse(created.replace('// c', ''))).toEqual({ model: 'sonnet', permissions: { deny: ['Read(./.env)', 'Read(./.env.*)'] } });
  });
  it('JSONC: bypassPermissions becomes default, the comment after it stays', () => {
    const out = dropBypassMode('.claude/settings.json', SETTINGS);
    expect(out).toBe(SETTINGS.replace('"bypassPermissions", // temporary', '"default", // temporary'));
    expect(dropBypassMode('.claude/settings.json', out)).toBe(out);
  });
  it('YAML: an agent frontmatter permissionMode becomes default, quotes and comments kept', () => {
    const md = "---\nname: fixer # the fixer agent\npermissionMode: 'bypassPermissions' # for CI\ntools: Read, Edit\n---\nFix things.\n";
    const out = dropBypassMode('.claude/agents/fixer.md', md);
    expect(out).toBe(md.replace("'bypassPermissions'", "'default'"));
    expect(dropBypassMode('.claude/agents/fixer.md', out)).toBe(out);
  });
  it('YAML: a workflow step loses --dangerously-skip-permissions from claude_args and nothing else', () => {
    const wf =
      'on: issue_comment\njobs:\n  claude:\n    runs-on: ubuntu-latest\n    steps:\n      # the agent\n      - uses: anthropics/claude-code-action@v1\n        with:\n          claude_args: "--dangerously-skip-permissions --max-turns 5"\n';
    const out = dropSkipFlags('.github/workflows/claude.yml', wf);
    expect(out).toBe(wf.replace('"--dangerously-skip-permissions --max-turns 5"', '"--max-turns 5"'));
    expect(dropSkipFlags('.github/workflows/claude.yml', out)).toBe(out);
  });
  it('.gitignore gains the entry once', () => {
    expect(addIgnore('node_modules', '.env')).toBe('node_modules\n.env\n');
    expect(addIgnore('node_modules\n.env\n', '.env')).toBe('node_modules\n.env\n');
  });
  it('prints a unified diff with context', () => {
    expect(unifiedDiff('a.txt', 'a\nb\nc\n', 'a\nB\nc\n')).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });
});

describe('flowguard fix', () => {
  it('fixes in place, prints the diff, and a second run changes nothing; --dry-run writes nothing', async () => {
    const root = tmpTree({ '.claude/settings.json': SETTINGS, '.env': 'DEBUG=1\n' });
    const dry = await runCli(['fix', '.', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+      "Read(./.env)",');
    expect(fs.readFileSync(path.join(root, '.claude/settings.json'), 'utf8')).toBe(SETTINGS);
    const run = await runCli(['fix'], root);
    expect(run.code).toBe(0);
    const fixed = fs.readFileSync(path.join(root, '.claude/settings.json'), 'utf8');
    expect(fixed).toContain('// team settings: keep the allow list short');
    expect(fixed).toContain('"defaultMode": "default", // temporary');
    expect(fixed).toContain('"Read(./.env.*)"');
    expect(fs.readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe('.env\n');
    const again = await runCli(['fix'], root);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('nothing to fix');
  });
  it('--rule limits the fixes, and an unknown rule is a usage error', async () => {
    const root = tmpTree({ '.claude/settings.json': SETTINGS });
    const r = await runCli(['fix', '--rule', 'agent/bypass-permissions-mode', '--dry-run'], root);
    expect(r.stdout).toContain('+    "defaultMode": "default", // temporary');
    expect(r.stdout).not.toContain('Read(./.env)');
    expect((await runCli(['fix', '--rule', 'code/eval-injection'], root)).code).toBe(2);
  });
});

describe('pinning MCP packages', () => {
  it('pins npx packages to the lockfile version, or to --pin, keeping the rest of the file', async () => {
    const mcp =
      '{\n  // servers\n  "mcpServers": {\n    "gh": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]},\n    "c7": {"command": "npx", "args": ["-y", "@upstash/context7-mcp@latest"]},\n    "other": {"command": "npx", "args": ["-y", "unknown-mcp"]}\n  }\n}\n';
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/@modelcontextprotocol/server-github': { version: '2025.4.8' },
        'node_modules/x/node_modules/@upstash/context7-mcp': { version: '0.0.1' },
      },
    });
    const root = tmpTree({ '.mcp.json': mcp, 'package-lock.json': lock });
    const r = await runCli(['fix', '--rule', 'agent/mcp-unpinned-package', '--pin', '@upstash/context7-mcp@1.0.14'], root);
    expect(r.code).toBe(0);
    const out = fs.readFileSync(path.join(root, '.mcp.json'), 'utf8');
    expect(out).toBe(
      mcp
        .replace('"@modelcontextprotocol/server-github"', '"@modelcontextprotocol/server-github@2025.4.8"')
        .replace('"@upstash/context7-mcp@latest"', '"@upstash/context7-mcp@1.0.14"'),
    );
    expect((await runCli(['fix', '--rule', 'agent/mcp-unpinned-package'], root)).stdout).toBe('');
    expect((await runCli(['fix', '--pin', 'x@latest'], root)).code).toBe(2);
  });
});
