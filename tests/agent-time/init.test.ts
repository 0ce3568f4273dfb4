// `flowguard init claude-code`: one insertion into .claude/settings.json, every other byte kept, idempotent.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { HOOK_COMMAND, HOOK_MATCHER } from '../../src/agent-time/init.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dirWith(settings?: string, name = 'settings.json'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-init-'));
  made.push(dir);
  if (settings !== undefined) {
    fs.mkdirSync(path.join(dir, '.claude'));
    fs.writeFileSync(path.join(dir, '.claude', name), settings);
  }
  return dir;
}

async function init(dir: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli(['init', 'claude-code', ...flags], {
    cwd: dir,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const read = (dir: string, name = 'settings.json'): string => fs.readFileSync(path.join(dir, '.claude', name), 'utf8');
type Settings = { hooks: { PreToolUse: { matcher: string; hooks: { type: string; command: string }[] }[]; [k: string]: unknown }; [k: string]: unknown };

const EXISTING = `{
    "$schema": "https://json.schemastore.org/claude-code-settings.json",
    "permissions": {
        "allow": ["Bash(npm test)", "Read(./src/**)"],
        "deny": ["Read(.env)"]
    },
    "env": { "NODE_ENV": "development" },
    "hooks": {
        "PostToolUse": [
            { "matcher": "Write|Edit", "hooks": [{ "type": "command", "command": "npx prettier --write \\"$CLAUDE_PROJECT_DIR\\"/src" }] }
        ]
    },
    "model": "sonnet"
}
`;

describe('flowguard init claude-code', () => {
  it('adds the hook to an existing file, keeping every other key and its formatting, and a second run changes nothing', async () => {
    const dir = dirWith(EXISTING);
    const first = await init(dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/added hooks\.PreToolUse with the flowguard hook to \.claude\/settings\.json/);
    const after = read(dir);
    const parsed = JSON.parse(after) as Settings;
    expect(parsed.hooks.PreToolUse).toEqual([{ matcher: HOOK_MATCHER, hooks: [{ type: 'command', command: HOOK_COMMAND }] }]);
    const before = JSON.parse(EXISTING) as Settings;
    expect({ ...parsed, hooks: { ...parsed.hooks, PreToolUse: undefined } }).toEqual({ ...before, hooks: { ...before.hooks, PreToolUse: undefined } });
    // Only an insertion: the old text is the new text with the added block cut out.
    const cut = after.indexOf(',\n        "PreToolUse"');
    expect(cut).toBeGreaterThan(0);
    const end = after.indexOf('\n    },\n    "model"');
    expect(after.slice(0, cut) + after.slice(end)).toBe(EXISTING);
    expect(after).toContain('\n        "PreToolUse": [\n            {\n                "matcher": "Write|Edit|MultiEdit|NotebookEdit|Bash",');

    const second = await init(dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already runs flowguard.*nothing changed/);
    expect(read(dir)).toBe(after);
  });

  it('appends to a PreToolUse list that holds other hooks', async () => {
    const dir = dirWith('{"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "./guard.sh"}]}]}}');
    await init(dir);
    const parsed = JSON.parse(read(dir)) as Settings;
    expect(parsed.hooks.PreToolUse.map((g) => g.hooks[0]!.command)).toEqual(['./guard.sh', HOOK_COMMAND]);
    expect(read(dir).split('\n')).toHaveLength(1); // a one-line file stays one line
    await init(dir);
    expect((JSON.parse(read(dir)) as Settings).hooks.PreToolUse).toHaveLength(2);
  });

  it('adds "hooks" when there is none, and creates the file when missing', async () => {
    const dir = dirWith('{\n  "model": "opus"\n}\n');
    await init(dir);
    expect(read(dir)).toBe(
      `{\n  "model": "opus",\n  "hooks": {\n    "PreToolUse": [\n      {\n        "matcher": "${HOOK_MATCHER}",\n        "hooks": [\n          {\n            "type": "command",\n            "command": "${HOOK_COMMAND}"\n          }\n        ]\n      }\n    ]\n  }\n}\n`,
    );
    const empty = dirWith();
    const r = await init(empty);
    expect(r.stdout).toMatch(/created \.claude\/settings\.json/);
    expect((JSON.parse(read(empty)) as Settings).hooks.PreToolUse[0]!.matcher).toBe(HOOK_MATCHER);
  });

  it('--local writes .claude/settings.local.json and leaves settings.json alone', async () => {
    const dir = dirWith('{"model": "opus"}');
    await init(dir, '--local');
    expect(read(dir)).toBe('{"model": "opus"}');
    expect((JSON.parse(read(dir, 'settings.local.json')) as Settings).hooks.PreToolUse[0]!.hooks[0]!.command).toBe(HOOK_COMMAND);
  });

  it('refuses a file that is not a JSON object, and unknown targets, with exit 2', async () => {
    const dir = dirWith('[1, 2]');
    const r = await init(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^flowguard: \.claude\/settings\.json: not a JSON object/);
    expect(read(dir)).toBe('[1, 2]');
    expect(await cli(['init', 'cursor'], { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true } })).toBe(2);
  });
});
