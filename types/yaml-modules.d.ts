// Rule packs and profiles are YAML, turned into JSON modules at build time (esbuild and vitest plugins).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
declare const __FLOWGUARD_BUNDLED__: boolean | undefined;
declare const __FLOWGUARD_VERSION__: string | undefined;
/** sha256 of dist/parser.js and dist/cli-main.js, fixed at build time (keys of the compile cache). */
declare const __FLOWGUARD_PARSER_SHA__: string | undefined;
declare const __FLOWGUARD_MAIN_SHA__: string | undefined;
/** sha256 of dist/mcp-sdk.js (the MCP SDK, loaded by `flowguard mcp` only). */
declare const __FLOWGUARD_MCP_SHA__: string | undefined;
