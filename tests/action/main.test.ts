// main.ts on a mocked @actions/core: the wiring that a child-process run cannot observe directly.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';

const state = vi.hoisted(() => ({ calls: [] as unknown[][], inputs: {} as Record<string, string>, secret: '' }));

vi.mock('@actions/core', () => {
  const log = (name: string) => (...args: unknown[]) => void state.calls.push([name, ...args]);
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
vi.mock('../../src/core/scan.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/core/scan.js')>();
  return {
    ...orig,
    scan: async (options: import('../../src/core/scan.js').ScanOptions) => {
      options.onSecret?.(state.secret);
      return orig.scan(options);
    },
  };
});

const { run } = await import('../../src/action/main.js');

beforeEach(() => {
  state.calls = [];
  state.inputs = {};
  state.secret = ['value', 'only', 'known', 'at', 'run', 'time'].join('-');
  process.exitCode = undefined;
});

describe('run() with a mocked @actions/core', () => {
  it('masks a secret with setSecret before it logs or annotates anything', async () => {
    const ws = tmpTree({ 'a.js': 'eval(input);\n' });
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
});
