// Rule packs and profiles are YAML, turned into JSON modules at build time (esbuild and vitest plugins).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
declare const __FLOWGUARD_BUNDLED__: boolean | undefined;
declare const __FLOWGUARD_VERSION__: string | undefined;
