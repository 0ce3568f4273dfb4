// Repository hygiene shared by the agent/* project rules and the profile controls. Never reads .env or memory.db content.
import type { ProjectContext } from '../../rule.js';
import { isClaudeFlowConfig, isProfileConfigPath } from './files.js';
import { tryParseJsonc } from './jsonc.js';
import { isScalar, walk, type CNode } from './tree.js';
import { parseYaml } from './yaml.js';

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** `.env`, `.env.local`, `.env.<stage>`, but not `.env.example`/`.sample`/`.template`. */
export const isEnvFile = (p: string): boolean =>
  /^\.env(\.[\w-]+)*$/.test(base(p)) && !/\.(example|sample|template|dist|defaults|schema|tpl|in)$/i.test(base(p)) && !/(^|\/)node_modules\//.test(p);
/** Agent memory databases. */
export const isMemoryDb = (p: string): boolean =>
  /(^|\/)(\.swarm|data|\.hive-mind|\.claude-flow)\/(?:[\w.-]+\/)*memory\.db$/.test(p) || base(p) === 'memory.db';
/** Directories holding agent state that must be private. */
export const isStateDir = (p: string): boolean => /^(\.swarm|\.hive-mind|data)$/.test(p) || /(^|\/)(\.swarm|\.hive-mind)$/.test(p);

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function isPlainSqlite(head: Buffer | undefined): boolean {
  return !!head && head.length >= 16 && head.subarray(0, 16).equals(SQLITE_HEADER);
}

/** A folder agents keep memory in (`.hive-mind/`, `.swarm/`, `.claude-flow/`, `memory/`, `agentdb/`), or an `agentdb*` file. */
const inAgentFolder = (p: string): boolean => /(^|\/)(\.hive-mind|\.swarm|\.claude-flow|memory|\.?agentdb)\//.test(p) || /^\.?agentdb[\w.-]*$/.test(base(p));

/** Agent memory by what it is: `memory.db`, or any plaintext SQLite file (header `SQLite format 3`) in an agent folder. */
export function isAgentMemory(p: string, readHead: (path: string, bytes: number) => Buffer | undefined): boolean {
  return isMemoryDb(p) || (inAgentFolder(p) && !/(^|\/)node_modules\//.test(p) && isPlainSqlite(readHead(p, 16)));
}

/** `.env.<stage>` (`.env.development`, `.env.test`): Vite and others commit these with defaults and keep secrets in `.env*.local`. */
export const isStageEnv = (p: string): boolean => /^\.env\.[\w-]+$/.test(base(p)) && !/\.local$/.test(base(p)) && isEnvFile(p);

/** True when the node tree asks for SQLCipher (`driver`/`backend: sqlcipher`, `sqlcipher: true`). */
export function asksForSqlcipher(root: CNode | undefined): boolean {
  if (!root) return false;
  for (const w of walk(root)) {
    const k = w.entry?.key.toLowerCase() ?? '';
    if (!isScalar(w.node)) continue;
    if (/^(driver|backend|engine|type|provider)$/.test(k) && typeof w.node.value === 'string' && /sqlcipher/i.test(w.node.value)) return true;
    if (k === 'sqlcipher' && (w.node.value === true || w.node.value === 'true')) return true;
  }
  return false;
}

/** Config files (claude-flow, security profiles) of the project that ask for SQLCipher; TS/JS configs are matched textually. */
export function sqlcipherConfigs(ctx: Pick<ProjectContext, 'files' | 'readText'>): string[] {
  const out: string[] = [];
  for (const f of ctx.files) {
    if (f.isDirectory || !(isClaudeFlowConfig(f.path) || isProfileConfigPath(f.path))) continue;
    const text = ctx.readText(f.path);
    if (text === undefined) continue;
    if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(f.path)) {
      if (/(driver|backend|engine)\s*:\s*['"`]sqlcipher['"`]|sqlcipher\s*:\s*true/i.test(text)) out.push(f.path);
      continue;
    }
    const root = /\.ya?ml$/.test(f.path) ? parseYaml(text) : tryParseJsonc(text);
    if (asksForSqlcipher(root)) out.push(f.path);
  }
  return out;
}
