// main.ts on a mocked @actions/core: the wiring that a child-process run cannot observe directly.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- vi.hoisted infers the state's type from these casts
const state = vi.hoisted(() => ({ calls: [] as unknown[][], inputs: {} as Record<string, string>, secret: '', profile: undefined as unknown }));

vi.mock('@actions/core', () => {
  const log =
    (name: string) =>
    (...args: unknown[]) =>
      void state.calls.push([name, ...args]);
  const summary = {
    addRaw(md: string) {
      state.calls.push(['summary', md]);
      return summary;
    },
    write: async () => summary,
  };
  return {
    getInput: (name: string) => state.inputs[name] ?? '',
    getMultilineInput: (name: string) => (state.inputs[name] ?? '').split('\n').filter(Boolean),
    setSecret: log('setSecret'),
    setOutput: log('setOutput'),
    setFailed: log('setFailed'),
    info: log('info'),
    error: log('error'),
    warning: log('warning'),
    notice: log('notice'),
    startGroup: log('startGroup'),
    endGroup: log('endGroup'),
    summary,
  };
});

// A scan whose rules report a secret: the core hands it to onSecret before the finding exists.
vi.mock('../../src/pipeline/scan.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/pipeline/scan.js')>();
  return {
    ...orig,
    scan: async (options: import('../../src/core/types.js').ScanOptions) => {
      options.onSecret?.(state.secret);
      const result = await orig.scan(options);
      // Issue 7's ScanResult.profile, as the contract describes it.
      return state.profile ? { ...result, profile: state.profile } : result;
    },
  };
});

const { run } = await import('../../src/action/main.js');

beforeEach(() => {
  state.calls = [];
  state.inputs = {};
  state.secret = ['value', 'only', 'known', 'at', 'run', 'time'].join('-');
  state.profile = undefined;
  process.exitCode = undefined;
});

describe('run() with a mocked @actions/core', () => {
  it('masks a secret with setSecret before it logs or annotates anything', async () => {
    const ws = tmpTree({ 'a.js': 'eval(process.argv[2]);\n' });
    process.env.GITHUB_WORKSPACE = ws;
    delete process.env.GITHUB_STEP_SUMMARY;
    await run();
    expect(state.calls[0]).toEqual(['setSecret', state.secret]);
    expect(state.calls.some((c) => c[0] === 'error')).toBe(true);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });

  it('a usage error is one setFailed line and exit-code 2', async () => {
    process.env.GITHUB_WORKSPACE = tmpTree({ 'a.js': 'x();\n' });
    state.inputs.type = 'everything';
    await run();
    expect(state.calls).toEqual([
      ['setOutput', 'exit-code', '2'],
      ['setFailed', 'flowguard: input "type" must be one of static, secrets, config, comprehensive, not "everything"'],
    ]);
  });

  it('sets every output of action.yml', async () => {
    process.env.GITHUB_WORKSPACE = tmpTree({ 'a.js': 'x();\n' });
    await run();
    const outputs = state.calls.filter((c) => c[0] === 'setOutput').map((c) => c[1]);
    expect(outputs.sort()).toEqual(['exit-code', 'findings', 'findings-by-severity', 'profile-file', 'profile-status', 'sarif-file']);
  });

  it('writes the profile report and fails on a failed profile even without findings', async () => {
    const ws = tmpTree({ 'a.ts': 'export const a = 1;\n' });
    process.env.GITHUB_WORKSPACE = ws;
    process.env.GITHUB_STEP_SUMMARY = path.join(ws, 'summary.md');
    fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    state.inputs['profile-file'] = 'reports/profile.json';
    const report = {
      schemaVersion: 1,
      profile: 'production',
      project: 'app',
      verdict: 'fail',
      failing_controls: ['mfa'],
      controls: [{ id: 'mfa', status: 'fail', required: 'on', actual: 'off', evidence: [] }],
      configFiles: [],
    };
    state.profile = report;
    await run();
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'reports', 'profile.json'), 'utf8'))).toEqual(report);
    const outputs = Object.fromEntries(state.calls.filter((c) => c[0] === 'setOutput').map((c) => [c[1], c[2]]));
    expect(outputs).toMatchObject({ 'profile-file': 'reports/profile.json', 'profile-status': 'fail', findings: '0', 'exit-code': '1' });
    expect(process.exitCode).toBe(1);
    const summary = state.calls.find((c) => c[0] === 'summary')![1] as string;
    expect(summary).toContain('### Security profile `production`: :x: fail');
    expect(summary).toContain('Failing controls: `mfa`');
    expect(state.calls).toContainEqual(['info', 'flowguard: failing the step: the production profile failed.']);
    delete process.env.GITHUB_STEP_SUMMARY;
    process.exitCode = undefined;
  });

  it('a passing profile sets profile-status pass and the step passes', async () => {
    process.env.GITHUB_WORKSPACE = tmpTree({ 'a.ts': 'export const a = 1;\n' });
    state.profile = { schemaVersion: 1, profile: 'development', project: 'app', verdict: 'pass', failing_controls: [], controls: [], configFiles: [] };
    await run();
    const outputs = Object.fromEntries(state.calls.filter((c) => c[0] === 'setOutput').map((c) => [c[1], c[2]]));
    expect(outputs).toMatchObject({ 'profile-file': 'flowguard-profile.json', 'profile-status': 'pass', 'exit-code': '0' });
    expect(process.exitCode).toBeUndefined();
  });
});
