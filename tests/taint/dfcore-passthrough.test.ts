// Validation libraries and async helpers keep taint: a schema says a value is a string, not that it is a safe path.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const HEAD = "import fs from 'fs/promises';\nimport path from 'path';\nimport { z } from 'zod';\nconst S = z.object({ path: z.string() });\n";
const MCP = (body: string) =>
  `${HEAD}server.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { name, arguments: args } = request.params;\n${body}\n});\n`;

async function traversal(code: string) {
  const r = await scanText(code, { rules: ['path/traversal'] });
  return r.findings.map((f) => `${f.severity}:${(f.properties as { provenance?: string } | undefined)?.provenance ?? ''}`);
}

describe('validation pass-through', () => {
  it('keeps taint through safeParse(...).data after a success check', async () => {
    const code = MCP("  const parsed = S.safeParse(args);\n  if (!parsed.success) throw new Error('bad');\n  return fs.readFile(parsed.data.path, 'utf8');");
    expect(await traversal(code)).toEqual(['high:untrusted']);
  });

  it('keeps taint through schema.parse(x)', async () => {
    const code = MCP("  const { path: p } = S.parse(args);\n  return fs.readFile(p, 'utf8');");
    expect(await traversal(code)).toEqual(['high:untrusted']);
  });

  it('keeps taint through joi validate().value and yup validateSync', async () => {
    const joi = MCP("  const { value } = schema.validate(args);\n  return fs.readFile(value.path, 'utf8');");
    expect(await traversal(joi)).toEqual(['high:untrusted']);
    const yup = MCP("  const v = schema.validateSync(args);\n  return fs.readFile(v.path, 'utf8');");
    expect(await traversal(yup)).toEqual(['high:untrusted']);
  });

  it('a schema applied to constants is not graded untrusted', async () => {
    const code = `${HEAD}export function f() {\n  const v = S.parse({ path: 'README.md' });\n  return fs.readFile(v.path, 'utf8');\n}\n`;
    expect((await traversal(code)).filter((x) => x.startsWith('high'))).toEqual([]);
  });
});

describe('async helper returns', () => {
  it('an awaited async helper carries its parameter to its return', async () => {
    const code =
      MCP(
        "  const parsed = S.safeParse(args);\n  if (!parsed.success) throw new Error('bad');\n  const valid = await expand(parsed.data.path);\n  return fs.readFile(valid, 'utf8');",
      ) +
      'async function expand(p) {\n  const abs = path.resolve(process.cwd(), p);\n  try {\n    const real = await fs.realpath(abs);\n    return real;\n  } catch {\n    return abs;\n  }\n}\n';
    expect(await traversal(code)).toEqual(['high:untrusted']);
  });

  it('a helper that calls a helper still carries the parameter (summaries nest, bounded)', async () => {
    const code =
      MCP(
        "  const parsed = S.safeParse(args);\n  if (!parsed.success) throw new Error('bad');\n  const valid = await expand(parsed.data.path);\n  return fs.readFile(valid, 'utf8');",
      ) +
      "async function expand(p) {\n  const e = home(p);\n  return path.resolve(process.cwd(), e);\n}\nfunction home(f) {\n  if (f.startsWith('~/')) return path.join(os.homedir(), f.slice(1));\n  return f;\n}\n";
    expect(await traversal(code)).toEqual(['high:untrusted']);
  });

  it('a helper that checks the resolved path against its root with a separator clears it', async () => {
    const code =
      MCP(
        "  const parsed = S.safeParse(args);\n  if (!parsed.success) throw new Error('bad');\n  const valid = await expand(parsed.data.path);\n  return fs.readFile(valid, 'utf8');",
      ) +
      "const ROOT = '/srv/data';\nasync function expand(p) {\n  const abs = path.resolve(ROOT, p);\n  if (!abs.startsWith(ROOT + path.sep)) throw new Error('outside');\n  return abs;\n}\n";
    expect((await traversal(code)).filter((x) => x.startsWith('high'))).toEqual([]);
  });
});

describe('generic sinks through ctx.provenance', () => {
  const sev = async (code: string, rule: string) =>
    (await scanText(code, { rules: [rule] })).findings.map((f) => `${f.severity}:${(f.properties as { provenance?: string } | undefined)?.provenance ?? ''}`);
  const CP = "import { exec } from 'child_process';\nimport { z } from 'zod';\nconst S = z.object({ cmd: z.string() });\n";

  it('a tool argument validated by zod and passed through a helper reaches exec as untrusted', async () => {
    const code = `${CP}server.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const parsed = S.safeParse(request.params.arguments);\n  if (!parsed.success) throw new Error('bad');\n  exec(wrap(parsed.data.cmd));\n});\nfunction wrap(c) {\n  return trim(c);\n}\nfunction trim(s) {\n  return \`sh -c \${s}\`;\n}\n`;
    const got = await sev(code, 'code/command-injection');
    expect(got.length).toBe(1);
    expect(got[0]).toMatch(/^(high|critical):untrusted$/);
  });

  it('the same helper chain fed a constant is no finding above low', async () => {
    const code = `${CP}export function f() {\n  exec(wrap('ls'));\n}\nfunction wrap(c) {\n  return trim(c);\n}\nfunction trim(s) {\n  return \`sh -c \${s}\`;\n}\n`;
    expect((await sev(code, 'code/command-injection')).filter((x) => /^(high|critical|medium)/.test(x))).toEqual([]);
  });
});
