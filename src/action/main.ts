// The GitHub Action's entry point: `run()`, which dist/index.js calls and which GitHub's @github/local-action
// imports and calls (`npx @github/local-action run . src/action/main.ts .env`). The work is in ./action.ts, loaded
// on the first run() so that, from source, the rule packs' YAML can be taught to require() first (the bundle
// inlines them as JSON; tsx, which local-action runs this file with, does not know .yaml).
import * as core from '@actions/core';
import * as fs from 'node:fs';
import Module from 'node:module';
import { summarize } from '../core/errors.js';
import { yaml } from '../core/lazy.js';

type Loader = (module: { exports: unknown }, filename: string) => void;

/** Outside the bundle: `require('./x.yaml')` yields the parsed document, as the build's YAML plugin does. */
function teachYaml(): void {
  const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
  const load: Loader = (module, filename) => {
    module.exports = yaml().parse(fs.readFileSync(filename, 'utf8'), { maxAliasCount: 100 });
  };
  for (const ext of ['.yaml', '.yml']) if (!extensions[ext]) extensions[ext] = load;
}

export async function run(): Promise<void> {
  try {
    if (typeof __FLOWGUARD_BUNDLED__ === 'undefined' || !__FLOWGUARD_BUNDLED__) teachYaml();
    const { action } = await import('./action.js');
    const code = await action();
    core.setOutput('exit-code', String(code));
    if (code === 1) process.exitCode = 1;
  } catch (error) {
    core.setOutput('exit-code', '2');
    core.setFailed(`flowguard: ${summarize(error)}`);
  }
}
