// action.yml and .pre-commit-hooks.yaml against INTERFACE.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/action.js';

const read = (f: string): unknown => parse(fs.readFileSync(path.join(repoRoot, f), 'utf8'));

describe('action.yml', () => {
  const action = read('action.yml') as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
    inputs: Record<string, { description: string; default?: string; required?: boolean }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('declares every input and output of the interface, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'annotations',
        'baseline',
        'config',
        'exclude',
        'fail-on',
        'github-token',
        'only-changed',
        'path',
        'profile',
        'profile-file',
        'sarif-file',
        'type',
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['exit-code', 'findings', 'findings-by-severity', 'profile-file', 'profile-status', 'sarif-file'].sort(),
    );
    for (const [name, i] of Object.entries({ ...action.inputs, ...action.outputs })) expect(i.description?.length, name).toBeGreaterThan(10);
    for (const [name, i] of Object.entries(action.inputs)) expect(i.required, name).toBe(false);
  });

  it('has the interface defaults', () => {
    const d = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]));
    expect(d).toMatchObject({
      path: '.',
      'sarif-file': 'flowguard.sarif',
      'profile-file': 'flowguard-profile.json',
      annotations: 'true',
      'only-changed': 'false',
      'github-token': '${{ github.token }}',
    });
  });

  it('runs dist/index.js on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(fs.existsSync(path.join(repoRoot, action.runs.main))).toBe(true);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
    // The Marketplace refuses longer descriptions.
    expect(action.description.length).toBeLessThan(125);
  });

  it('the repository workflow runs the local Action and uploads its SARIF with category flowguard', () => {
    const wf = read('.github/workflows/flowguard.yml') as {
      permissions: unknown;
      jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; if?: string; with?: Record<string, string> }[] }>;
    };
    expect(wf.permissions).toEqual({});
    const job = Object.values(wf.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(job.steps.some((s) => s.uses === './')).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload.if).toBe('always()');
    expect(upload.with).toMatchObject({ category: 'flowguard', sarif_file: 'flowguard.sarif' });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = read('.pre-commit-hooks.yaml') as {
    id: string;
    entry: string;
    language: string;
    pass_filenames: boolean;
    files?: string;
    types?: string[];
    language_version?: string;
  }[];
  const byId = Object.fromEntries(hooks.map((h) => [h.id, h]));

  it('has the three hooks, language node, pass_filenames, no language_version', () => {
    expect(hooks.map((h) => h.id)).toEqual(['flowguard', 'flowguard-secrets', 'flowguard-agent-config']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      expect(h.pass_filenames).toBe(true);
      expect(h.language_version).toBeUndefined();
      expect(h.entry.startsWith('flowguard scan')).toBe(true);
    }
    expect(byId['flowguard-secrets']!.entry).toContain('--type secrets');
    expect(byId['flowguard-agent-config']!.entry).toContain('--type config');
  });

  it('no hook filters by language tags that miss .env, .mts or .cts', () => {
    for (const h of hooks) expect(h.types ?? ['text'], h.id).toEqual(['text']);
  });

  it('the agent-config hook sees agent, MCP, workflow and profile files and not plain code', () => {
    // flowguard-ignore code/regexp-injection -- test reads our own hook file regex
    const re = new RegExp(byId['flowguard-agent-config']!.files!);
    for (const f of [
      '.claude/settings.json',
      '.claude/agents/reviewer.md',
      'sub/.mcp.json',
      '.vscode/mcp.json',
      '.cursor/mcp.json',
      'CLAUDE.md',
      'claude-flow.config.json',
      '.github/workflows/ci.yml',
      'package.json',
      'scripts/setup.sh',
      'Dockerfile',
      '.env',
      '.env.local',
      'config/security/production.ts',
      'flowguard.config.yaml',
    ]) {
      expect(re.test(f), f).toBe(true);
    }
    for (const f of ['src/app.ts', 'src/index.mts', 'README.md', 'docs/env.md']) expect(re.test(f), f).toBe(false);
  });
});
