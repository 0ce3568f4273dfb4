// src/action/main.ts exports run(), as GitHub's @github/local-action requires (it imports the entry point from
// source and calls run(); checked by hand with @github/local-action 7.0.1: `local-action run . src/action/main.ts
// .env` scans and sets every output). @github/local-action is not a dependency: it pulls ~350 packages, five of
// which require Node 22 (npm ci would warn). This calls the exported run() the same way, in-process, with the real
// @actions/core reading INPUT_* variables (action.yml's defaults) and writing GITHUB_OUTPUT.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOutputs, repoRoot } from '../helpers/action.js';
import { tmpTree } from '../helpers/tmp.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = undefined;
});

describe('run(), as @github/local-action calls it', () => {
  it('dist/index.js calls the run() that src/action/main.ts exports', () => {
    expect(fs.readFileSync(path.join(repoRoot, 'src', 'action', 'index.ts'), 'utf8')).toMatch(/import \{ run \} from '\.\/main\.js';[\s\S]*\brun\(\)/);
  });

  it('scans with action.yml defaults as INPUT_* variables, writes outputs and the SARIF file, fails on findings', async () => {
    const ws = tmpTree({ 'src/a.js': 'eval(process.argv[2]);\n' });
    const io = tmpTree({ output: '', summary: '' });
    const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    for (const [name, spec] of Object.entries(action.inputs))
      if (spec.default !== undefined && !spec.default.includes('${{')) process.env[`INPUT_${name.toUpperCase()}`] = spec.default;
    Object.assign(process.env, {
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: path.join(io, 'output'),
      GITHUB_STEP_SUMMARY: path.join(io, 'summary'),
      XDG_CACHE_HOME: path.join(io, 'cache'),
    });
    const { run } = await import('../../src/action/main.js');
    expect(typeof run).toBe('function');
    await run();
    expect(process.exitCode).toBe(1);
    const outputs = parseOutputs(fs.readFileSync(path.join(io, 'output'), 'utf8'));
    expect(outputs).toMatchObject({ 'sarif-file': 'flowguard.sarif', findings: '1', 'exit-code': '1', 'profile-status': 'skipped' });
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'flowguard.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(fs.readFileSync(path.join(io, 'summary'), 'utf8')).toContain('flowguard');
  });
});
