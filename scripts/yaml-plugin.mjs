// Turns `import x from './file.yaml'` into a JSON module, for esbuild (build) and vite (tests).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const yamlPlugin = {
  name: 'flowguard-yaml',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({
      contents: JSON.stringify(parse(readFileSync(args.path, 'utf8'), { maxAliasCount: 100 })),
      loader: 'json',
    }));
  },
};

export const viteYamlPlugin = {
  name: 'flowguard-yaml',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: `export default ${JSON.stringify(parse(code, { maxAliasCount: 100 }))};`, map: null };
  },
};

// jsonc-parser's `main` is a UMD build whose factory requires its files by computed names, which a bundle cannot
// follow; its ES module build is the same code. Every esbuild bundle of src/ (scripts/build.mjs, the ReDoS runner
// of tests/hardening/redos) uses this alias.
export const bundleAlias = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
