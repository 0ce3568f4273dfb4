import { brokenPrefixCheck, defineRule, type TSESTree } from '../../src/kit.js';

const TEST_FILE = /(^|\/)(tests?|__tests__|spec|e2e)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;

export default defineRule({
  id: 'path/broken-guard',
  title: 'Path containment check that admits sibling directories',
  severity: 'medium',
  cwe: ['CWE-22'],
  confidence: 'medium',
  help: [
    'A resolved path tested with `full.startsWith(root)` (or `full.substr(0, root.length) === root`) with no',
    'separator after the root looks like a containment guard but is not one: with `root = /srv/data`, the path',
    '`/srv/data-private/secret` passes (CVE-2025-53110 in the MCP filesystem server, CVE-2014-6394 in send).',
    'The check is reported where it is written; the traversal it fails to stop is reported at the sink.',
    '',
    '**Fix:** compare against the root with a trailing separator, `full === root || full.startsWith(root + path.sep)`,',
    'or test `path.relative(root, full)` for a leading `..` and an absolute result.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    // A test asserts where a path ended up; it guards nothing.
    if (TEST_FILE.test(ctx.file.path)) return {};
    const check = (node: TSESTree.CallExpression | TSESTree.BinaryExpression): void => {
      const hit = brokenPrefixCheck(ctx.ast, ctx.resolver, ctx.file.text, node);
      if (hit)
        ctx.report(
          node,
          `\`${ctx.text(hit.recv)}\` is checked against \`${ctx.text(hit.root)}\` with no separator after it: a sibling such as \`${ctx.text(hit.root)}-evil\` passes.`,
        );
    };
    return { CallExpression: check, BinaryExpression: check };
  },
  examples: {
    bad: [
      {
        code: "import path from 'path';\nexport function inside(root, p) {\n  const full = path.resolve(root, p);\n  if (!full.startsWith(root)) throw new Error('outside');\n  return full;\n}",
        line: 4,
      },
      {
        code: "const path = require('path');\nfunction check(root, name) {\n  let p = decodeURIComponent(name);\n  p = path.normalize(path.join(root, p));\n  if (p.substr(0, root.length) !== root) return false;\n  return true;\n}",
        line: 5,
        note: 'send@0.8.3',
      },
      {
        code: "import path from 'path';\nfunction normalizePath(p) {\n  return path.normalize(p).toLowerCase();\n}\nconst ok = (dirs, p) => {\n  const n = normalizePath(p);\n  return dirs.some((dir) => n.startsWith(dir));\n};",
        line: 7,
        note: 'an allowlist of roots through a helper (server-filesystem@0.6.2)',
      },
    ],
    good: [
      {
        code: "import path from 'path';\nexport function inside(root, p) {\n  const full = path.resolve(root, p);\n  if (full !== root && !full.startsWith(root + path.sep)) throw new Error('outside');\n  return full;\n}",
      },
      {
        code: "const path = require('path');\nfunction check(root, name) {\n  let p = decodeURIComponent(name);\n  root = path.normalize(root + path.sep);\n  p = path.normalize(path.join(root, p));\n  return p.substr(0, root.length) === root;\n}",
        note: 'send@0.8.4: the root gets its separator first',
      },
      { code: 'const url = req.url;\nif (url.startsWith(prefix)) next();', note: 'not a normalised path' },
      { code: "import path from 'path';\nconst n = path.normalize(p);\nif (dir === path.sep) ok = n.startsWith(path.sep);", note: 'the root directory itself' },
      { code: "import path from 'path';\nconst full = path.resolve(p);\nif (full.startsWith('/')) use(full);", note: 'a constant prefix' },
    ],
  },
});
