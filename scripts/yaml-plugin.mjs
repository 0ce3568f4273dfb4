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
