// The agent-time commands the CLI registers: `hook`, `init` and `mcp` (src/cli/main.ts dispatches here).
import { runHook, type HookHost } from './hook.js';
import { runInit } from './init.js';
import { runMcp } from './mcp.js';

export async function runAgentTime(command: 'hook' | 'init' | 'mcp', args: readonly string[], host: HookHost): Promise<0 | 1 | 2> {
  if (command === 'hook') return runHook(args, host);
  if (command === 'init') return runInit(args, host);
  return runMcp(args, host);
}
