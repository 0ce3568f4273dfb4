import type { HookHost } from './hook.js';
export async function runMcp(_args: readonly string[], _host: HookHost): Promise<0 | 2> {
  return 2;
}
