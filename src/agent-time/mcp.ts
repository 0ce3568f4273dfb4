// `flowguard mcp`: an MCP server over stdio (the official @modelcontextprotocol/sdk), its root the working
// directory. Tools:
//   scan_code {path, content}      findings of a file's proposed content (in memory, as the hook scans it)
//   scan_path {path, type?}        a scan of a file or folder under the root
//   explain_rule {id}              a rule's help
//   validate_profile {profile}     the security-profile report of the root
// Results are one JSON text content with the JSON report's fields. A path outside the root, or one that leads out
// of it through a symlink, is refused with an MCP error (InvalidParams). Nothing returned holds a secret: findings
// carry only masked values, and every result is also scrubbed of the raw secrets its scan saw.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundle } from '../core/compile-cache.js';
import { PROFILES, SCAN_TYPES, type ProfileName, type ScanType } from '../core/config.js';
import { toPosix } from '../core/discover.js';
import { UsageError } from '../core/errors.js';
import type { ScanResult } from '../core/types.js';
import { scan } from '../pipeline/scan.js';
import { render, renderProfile } from '../report/index.js';
import { VERSION } from '../version.js';
import { currentText, openProject, ruleById, scanContents, scrub } from './gate.js';
import type { HookHost } from './hook.js';
import type * as Sdk from './mcp-sdk.js';

type SdkModule = typeof Sdk;

function loadSdk(): SdkModule {
  if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
    return loadBundle(path.join(__dirname, 'mcp-sdk.js'), typeof __FLOWGUARD_MCP_SHA__ === 'string' ? __FLOWGUARD_MCP_SHA__ : '') as SdkModule;
  }
  // Unbundled (tests): the SDK's CommonJS build, by a name the bundler does not follow.
  const base = '@modelcontextprotocol/sdk/';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const req = (m: string): object => require(base + m) as object;
  return { ...req('server/index.js'), ...req('server/stdio.js'), ...req('types.js') } as SdkModule;
}

export const MCP_TOOLS = [
  {
    name: 'scan_code',
    description:
      "Scan a file's proposed content before writing it: the findings flowguard reports for that text at that path (the project's flowguard.config.yaml, inline suppressions and baseline apply). Each finding has `new: true` when the file's current content does not already have it.",
    inputSchema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: 'Path of the file, relative to the server root (or absolute inside it); its extension picks the rules.' },
        content: { type: 'string', description: 'The full proposed content of the file.' },
      },
      required: ['path', 'content'],
      additionalProperties: false,
    },
  },
  {
    name: 'scan_path',
    description: 'Scan a file or folder under the server root as `flowguard scan PATH --format json` does.',
    inputSchema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: 'File or folder, relative to the server root (or absolute inside it).' },
        type: { type: 'string', enum: [...SCAN_TYPES], description: 'What to check (default: the config type, else comprehensive).' },
      },
      required: ['path'],
      additionalProperties: false,
    },
  },
  {
    name: 'explain_rule',
    description: "A rule's help: why the finding matters and how to fix it.",
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'string', description: 'Rule id, e.g. code/eval-injection.' } },
      required: ['id'],
      additionalProperties: false,
    },
  },
  {
    name: 'validate_profile',
    description: "Check the project's security-profile configs against a profile: verdict, failing controls and evidence (the profile report).",
    inputSchema: {
      type: 'object',
      properties: { profile: { type: 'string', enum: [...PROFILES] } },
      required: ['profile'],
      additionalProperties: false,
    },
  },
] as const;

/** A bad tool argument: the MCP error InvalidParams with this message. */
export class ToolInputError extends Error {
  override name = 'ToolInputError';
}

/** `p` resolved under `root`, refused when it is outside it or a symlink on the way leads out of it. */
export function insideRoot(root: string, p: string): { abs: string; rel: string } {
  const abs = path.resolve(root, p);
  const rel = path.relative(root, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ToolInputError(`"${p}" is outside the server root`);
  // The deepest part of the path that exists must resolve inside the root's real path.
  const rootReal = fs.realpathSync(root);
  let probe = abs;
  for (;;) {
    let real: string | undefined;
    try {
      real = fs.realpathSync(probe);
    } catch {
      const up = path.dirname(probe);
      if (up === probe) break;
      probe = up;
      continue;
    }
    const r = path.relative(rootReal, real);
    if (r.startsWith('..') || path.isAbsolute(r)) throw new ToolInputError(`"${p}" leads outside the server root through a symlink`);
    break;
  }
  return { abs, rel: toPosix(rel) };
}

const text = (s: string): { content: { type: 'text'; text: string }[] } => ({ content: [{ type: 'text', text: s }] });

function str(args: Record<string, unknown>, key: string): string {
  const v = args[key];
  if (typeof v !== 'string') throw new ToolInputError(`"${key}" must be a string`);
  return v;
}

/** Run one tool; returns the JSON text. Exported for tests and other embeddings. */
export async function callTool(root: string, name: string, args: Record<string, unknown>): Promise<string> {
  switch (name) {
    case 'scan_code': {
      const { abs, rel } = insideRoot(root, str(args, 'path'));
      const content = str(args, 'content');
      if (!rel) throw new ToolInputError('"path" must name a file under the server root');
      const project = openProject(root);
      const secrets = new Set<string>();
      // An excluded path gets what a scan gives it: nothing.
      const result = await scanContents(project, project.excluded(rel) ? new Map<string, string>() : new Map([[rel, content]]), secrets);
      const before = result.findings.length ? currentText(project, abs) : undefined;
      const known = new Set(before ? (await scanContents(project, new Map([[rel, before]]), undefined)).findings.map((f) => f.fingerprint) : []);
      const report = JSON.parse(render(result, 'json')) as { findings: { fingerprint: string; new?: boolean }[] };
      for (const f of report.findings) f.new = !known.has(f.fingerprint);
      return scrub(`${JSON.stringify(report, null, 2)}\n`, secrets);
    }
    case 'scan_path': {
      const p = str(args, 'path');
      const type = args.type;
      if (type !== undefined && !(SCAN_TYPES as readonly unknown[]).includes(type)) throw new ToolInputError(`"type" must be one of ${SCAN_TYPES.join(', ')}`);
      const { abs, rel } = insideRoot(root, p);
      if (!fs.existsSync(abs)) throw new ToolInputError(`"${p}" does not exist`);
      const project = openProject(root, type ? { type: type as ScanType } : {});
      const secrets = new Set<string>();
      const result: ScanResult = await scan({
        ...project.base,
        ...(rel ? { paths: [abs] } : {}),
        exclude: project.config.exclude ?? [],
        onSecret: (s) => void secrets.add(s),
      });
      return scrub(render(result, 'json'), secrets);
    }
    case 'explain_rule': {
      const id = str(args, 'id');
      const rule = ruleById(id);
      if (!rule) throw new ToolInputError(`unknown rule "${id}"; the rules are listed by flowguard rules`);
      return `${JSON.stringify({ id: rule.id, title: rule.title, severity: rule.severity, cwe: rule.cwe, help: rule.help }, null, 2)}\n`;
    }
    case 'validate_profile': {
      const profile = str(args, 'profile');
      if (!(PROFILES as readonly string[]).includes(profile)) throw new ToolInputError(`"profile" must be one of ${PROFILES.join(', ')}`);
      const result = await scan({ root, type: 'config', profile: profile as ProfileName });
      return renderProfile(result.profile!, 'json');
    }
    default:
      throw new ToolInputError(`unknown tool "${name}"`);
  }
}

export async function runMcp(args: readonly string[], host: HookHost): Promise<0 | 2> {
  if (args.includes('--help') || args.includes('-h')) {
    host.stdout.write(
      `Usage: flowguard mcp\n\nAn MCP server over stdio, rooted at the current directory. Tools: ${MCP_TOOLS.map((t) => t.name).join(', ')}.\n`,
    );
    return 0;
  }
  if (args.length) throw new UsageError(`flowguard mcp takes no arguments (its root is the current directory), not "${args[0]}"`);
  const root = path.resolve(host.cwd);
  openProject(root, { cache: false }); // a broken config is a one-line error now, not on the first call
  const sdk = loadSdk();
  const server = new sdk.Server({ name: 'flowguard', version: VERSION }, { capabilities: { tools: {} } });
  server.setRequestHandler(sdk.ListToolsRequestSchema, () =>
    Promise.resolve({ tools: MCP_TOOLS.map((t) => ({ ...t, inputSchema: { ...t.inputSchema } })) as never }),
  );
  server.setRequestHandler(sdk.CallToolRequestSchema, async (req) => {
    try {
      return text(await callTool(root, req.params.name, req.params.arguments ?? {}));
    } catch (error) {
      if (error instanceof ToolInputError) throw new sdk.McpError(sdk.ErrorCode.InvalidParams, error.message);
      // A config error or a scan failure: one line, as the CLI would print it.
      throw new sdk.McpError(sdk.ErrorCode.InternalError, error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error));
    }
  });
  const transport = new sdk.StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.on('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  return 0;
}
