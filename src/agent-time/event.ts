// One Claude Code hook event (stdin of a `command` hook), checked field by field. Claude Code sends
// `{session_id, transcript_path, cwd, permission_mode, hook_event_name, tool_name, tool_input, tool_use_id}`;
// `tool_input` has the tool's own shape (file paths absolute). Anything else is a HookInputError: exit 2, one line.
import type { NotebookEdit, StringEdit } from './content.js';

export class HookInputError extends Error {
  override name = 'HookInputError';
}

export type ToolCall =
  | { tool: 'Write'; filePath: string; content: string }
  | { tool: 'Edit' | 'MultiEdit'; filePath: string; edits: StringEdit[] }
  | { tool: 'NotebookEdit'; filePath: string; edit: NotebookEdit }
  | { tool: 'Bash'; command: string };

export interface HookEvent {
  event: string;
  /** The session's working directory (absolute), when sent. */
  cwd?: string;
  /** The call this hook judges; undefined for tools and events the gate does not look at. */
  call?: ToolCall;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new HookInputError(`${where}.${key} must be a string`);
  return v;
}

function optBool(o: Obj, key: string, where: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new HookInputError(`${where}.${key} must be true or false`);
  return v;
}

function edit(o: unknown, where: string): StringEdit {
  if (!isObj(o)) throw new HookInputError(`${where} must be an object`);
  const e: StringEdit = { old_string: str(o, 'old_string', where), new_string: str(o, 'new_string', where) };
  const all = optBool(o, 'replace_all', where);
  if (all !== undefined) e.replace_all = all;
  return e;
}

function toolCall(tool: string, input: Obj): ToolCall | undefined {
  const w = 'tool_input';
  switch (tool) {
    case 'Write':
      return { tool, filePath: str(input, 'file_path', w), content: str(input, 'content', w) };
    case 'Edit':
      return { tool, filePath: str(input, 'file_path', w), edits: [edit(input, w)] };
    case 'MultiEdit': {
      const list = input.edits;
      if (!Array.isArray(list)) throw new HookInputError('tool_input.edits must be an array');
      return { tool, filePath: str(input, 'file_path', w), edits: list.map((e, i) => edit(e, `${w}.edits[${i}]`)) };
    }
    case 'NotebookEdit': {
      const e: NotebookEdit = { new_source: typeof input.new_source === 'string' ? input.new_source : '' };
      const mode = input.edit_mode;
      if (mode !== undefined && mode !== null) {
        if (mode !== 'replace' && mode !== 'insert' && mode !== 'delete') throw new HookInputError('tool_input.edit_mode must be replace, insert or delete');
        e.edit_mode = mode;
      }
      if (e.edit_mode !== 'delete') e.new_source = str(input, 'new_source', w);
      if (typeof input.cell_id === 'string') e.cell_id = input.cell_id;
      return { tool, filePath: str(input, 'notebook_path', w), edit: e };
    }
    case 'Bash':
      return { tool, command: str(input, 'command', w) };
    default:
      return undefined;
  }
}

/** Parse stdin. A PreToolUse event for a tool the gate does not judge (Read, Grep, MCP tools) has no `call`. */
export function parseHookEvent(text: string): HookEvent {
  if (!text.trim()) throw new HookInputError('no hook event on stdin (Claude Code sends one JSON object)');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HookInputError('the hook event on stdin is not valid JSON');
  }
  if (!isObj(data)) throw new HookInputError('the hook event must be a JSON object');
  const event = str(data, 'hook_event_name', 'event');
  const out: HookEvent = { event };
  if (data.cwd !== undefined) out.cwd = str(data, 'cwd', 'event');
  if (event !== 'PreToolUse') return out;
  const tool = str(data, 'tool_name', 'event');
  const input = data.tool_input;
  if (!isObj(input)) throw new HookInputError('event.tool_input must be an object');
  const call = toolCall(tool, input);
  if (call) out.call = call;
  return out;
}
