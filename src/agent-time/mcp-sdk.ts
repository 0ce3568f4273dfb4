// The parts of the official MCP SDK the server uses, bundled on their own into dist/mcp-sdk.js (scripts/build.mjs),
// so the CLI and the hook never load them: only `flowguard mcp` does.
export { Server } from '@modelcontextprotocol/sdk/server/index.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
export { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
