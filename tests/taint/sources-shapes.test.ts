// Sources: every MCP server and agent-SDK tool shape, and network responses, as the taint query sees them.
import { describe, expect, it } from 'vitest';
import { argOf } from '../helpers/taint.js';
import { createTaint, taintFor } from '../../src/analyzers/taint/index.js';

const source = (code: string, kind: 'path' | 'generic' = 'path'): string | undefined => {
  const { ast, resolver, node } = argOf(code, 'sink');
  const flow = kind === 'generic' ? createTaint(ast, resolver, code)(node) : taintFor(ast, resolver, code, node, kind)?.flow;
  return flow?.[0]?.message;
};

describe('MCP server sources', () => {
  it('McpServer.tool with a schema and a destructured handler', () => {
    expect(source("server.tool('read', 'desc', { path: z.string() }, async ({ path }) => sink(path));")).toMatch(/tool input/);
  });
  it('registerTool(name, config, handler)', () => {
    expect(source("server.registerTool('read', { inputSchema: { p: z.string() } }, async (args) => { sink(args.p); });")).toMatch(/tool input/);
  });
  it('setRequestHandler(CallToolRequestSchema) with arguments destructured and a switch on the name', () => {
    const code = [
      "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';",
      'server.setRequestHandler(CallToolRequestSchema, async (request) => {',
      '  const { name, arguments: args } = request.params;',
      '  switch (name) {',
      "    case 'read_file': {",
      '      return sink(args.path);',
      '    }',
      '  }',
      '});',
    ].join('\n');
    expect(source(code)).toMatch(/MCP tool call/);
  });
  it('setRequestHandler with a destructured request parameter', () => {
    const code =
      "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async ({ params }) => {\n  const a = params.arguments;\n  sink(a.file);\n});";
    expect(source(code)).toMatch(/MCP tool call/);
  });
  it("setRequestHandler: the tool name alone is the server's own", () => {
    const code =
      "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { name } = request.params;\n  sink(TOOLS[name]);\n});";
    expect(source(code)).toBeUndefined();
  });
  it('a handler function defined apart and passed by name', () => {
    const code =
      "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nasync function handleCall(request) {\n  sink(request.params.arguments.path);\n}\nserver.setRequestHandler(CallToolRequestSchema, handleCall);";
    // Found through the parameter's name today (`request`), not yet through the registration.
    expect(source(code)).toMatch(/MCP tool call|HTTP request/);
  });
  it('a tool table of plain objects in an exported array', () => {
    const code = "export const tools = [\n  { name: 'read', description: 'd', inputSchema: {}, handler: async (args) => sink(args.path) },\n];";
    expect(source(code)).toMatch(/tool input/);
  });
  it('a tool table as a map keyed by tool name', () => {
    const code = "export const handlers = {\n  read_file: { name: 'read_file', inputSchema: { type: 'object' }, run: async ({ path }) => sink(path) },\n};";
    expect(source(code)).toMatch(/tool input/);
  });
  it('a tool object with a method handler', () => {
    const code = "export const readTool = {\n  name: 'read',\n  inputSchema: { type: 'object' },\n  async execute(input) { return sink(input.path); },\n};";
    expect(source(code)).toMatch(/tool input/);
  });
  it('an object with a handler but no tool shape is not a source', () => {
    expect(source("export const job = { name: 'cleanup', handler: (x) => sink(x) };")).toBeUndefined();
  });
});

describe('agent SDK tool sources', () => {
  it('Vercel AI SDK tool({ parameters, execute })', () => {
    expect(
      source(
        "import { tool } from 'ai';\nexport const t = tool({ description: 'd', parameters: z.object({ f: z.string() }), execute: async ({ f }) => sink(f) });",
      ),
    ).toMatch(/tool input/);
  });
  it('OpenAI Agents SDK tool({ name, parameters, execute })', () => {
    expect(
      source(
        "import { tool } from '@openai/agents';\nconst t = tool({ name: 'x', description: 'd', parameters: z.object({ f: z.string() }), async execute(input) { return sink(input.f); } });",
      ),
    ).toMatch(/tool input/);
  });
  it('LangChain DynamicStructuredTool({ func })', () => {
    expect(
      source(
        "import { DynamicStructuredTool } from '@langchain/core/tools';\nnew DynamicStructuredTool({ name: 'x', description: 'd', schema: z.object({}), func: async ({ cmd }) => sink(cmd) });",
        'generic',
      ),
    ).toMatch(/tool input/);
  });
  it('LangChain tool(fn, { name, schema })', () => {
    expect(source("import { tool } from '@langchain/core/tools';\nconst t = tool(async ({ q }) => sink(q), { name: 'x', schema: z.object({}) });")).toMatch(
      /tool input/,
    );
  });
  it('Claude Agent SDK tool(name, description, schema, handler)', () => {
    expect(
      source(
        "import { tool } from '@anthropic-ai/claude-agent-sdk';\nconst t = tool('read', 'Read a file', { path: z.string() }, async (args) => sink(args.path));",
      ),
    ).toMatch(/tool input/);
  });
});

// Network responses: tests/taint/network.test.ts.
