// `flowguard mcp` driven as a real MCP client drives it: the SDK's own Client over StdioClientTransport, spawning
// the built dist/cli.js (npm run build first; `land` rebuilds it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/action.js';
import { tmpTree } from '../helpers/tmp.js';
import { sample } from '../../src/rule.js';

const STRIPE = sample('sk_live_', 24, undefined, 33);
const outside = tmpTree({ 'secret.ts': `export const k = "${STRIPE}";\n` });
const root = tmpTree({
  'src/app.ts': 'import express from "express";\nexport const app = express();\napp.get("/x", (req, res) => res.send(eval(String(req.query.q))));\n',
  'flowguard.config.yaml': 'exclude: ["scratch/**"]\n',
});
fs.symlinkSync(outside, path.join(root, 'elsewhere'));

let client: Client;
beforeAll(async () => {
  client = new Client({ name: 'flowguard-e2e', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [path.join(repoRoot, 'dist', 'cli.js'), 'mcp'], cwd: root, stderr: 'pipe' }),
  );
});
afterAll(async () => {
  await client?.close();
});

type Report = {
  tool: string;
  version: string;
  root: string;
  findings: { ruleId: string; severity: string; file: string; line?: number; message: string; fingerprint: string; suppressed: boolean; new?: boolean }[];
  errors: unknown[];
  stats: { files: number };
};
async function call(name: string, args: Record<string, unknown>): Promise<string> {
  const res = (await client.callTool({ name, arguments: args })) as { content: { type: string; text: string }[]; isError?: boolean };
  expect(res.isError).toBeFalsy();
  expect(res.content).toHaveLength(1);
  expect(res.content[0]!.type).toBe('text');
  return res.content[0]!.text;
}

describe('flowguard mcp (dist/cli.js) through the SDK client', () => {
  it('lists its four tools with input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['explain_rule', 'scan_code', 'scan_path', 'validate_profile']);
    const scanCode = tools.find((t) => t.name === 'scan_code')!;
    expect(scanCode.inputSchema.required).toEqual(['path', 'content']);
    expect(Object.keys(scanCode.inputSchema.properties ?? {})).toEqual(['path', 'content']);
    expect(client.getServerVersion()?.name).toBe('flowguard');
  });

  it('scan_code reports the findings of proposed content, marks which are new, and never returns the secret', async () => {
    const content = `${fs.readFileSync(path.join(root, 'src/app.ts'), 'utf8')}export const key = "${STRIPE}";\nimport { exec } from "node:child_process";\napp.post("/y", (req, res) => exec("ls " + req.body.dir));\n`;
    const text = await call('scan_code', { path: 'src/app.ts', content });
    expect(text).not.toContain(STRIPE.slice(8));
    const report = JSON.parse(text) as Report;
    expect(report.tool).toBe('flowguard');
    const byRule = Object.fromEntries(report.findings.map((f) => [f.ruleId.split('/')[0] === 'secret' ? 'secret' : f.ruleId, f]));
    expect(byRule['code/eval-injection']).toMatchObject({ file: 'src/app.ts', line: 3, new: false });
    expect(byRule['code/command-injection']).toMatchObject({ line: 6, new: true });
    expect(byRule.secret).toMatchObject({ line: 4, new: true });
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['tool', 'version', 'root', 'findings', 'errors', 'stats']));
  });

  it('refuses a path outside the root and a symlink out of it with an MCP error', async () => {
    await expect(client.callTool({ name: 'scan_code', arguments: { path: '../x.ts', content: 'eval(x)' } })).rejects.toThrow(/outside the server root/);
    await expect(client.callTool({ name: 'scan_path', arguments: { path: outside } })).rejects.toThrow(/outside the server root/);
    await expect(client.callTool({ name: 'scan_path', arguments: { path: 'elsewhere' } })).rejects.toThrow(/symlink/);
    await expect(client.callTool({ name: 'scan_code', arguments: { path: 'elsewhere/secret.ts', content: 'x' } })).rejects.toThrow(/symlink/);
  });

  it('scan_path scans a folder under the root (config excludes apply; nothing leaves through the symlink)', async () => {
    const report = JSON.parse(await call('scan_path', { path: '.', type: 'static' })) as Report;
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['code/eval-injection src/app.ts:3']);
    const one = JSON.parse(await call('scan_path', { path: 'src/app.ts' })) as Report;
    expect(one.stats.files).toBe(1);
  });

  it('explain_rule returns the help; an unknown id is an MCP error', async () => {
    const rule = JSON.parse(await call('explain_rule', { id: 'code/eval-injection' })) as { id: string; help: string };
    expect(rule.id).toBe('code/eval-injection');
    expect(rule.help).toMatch(/\*\*Fix:\*\*/);
    await expect(client.callTool({ name: 'explain_rule', arguments: { id: 'code/nope' } })).rejects.toThrow(/unknown rule "code\/nope"/);
  });

  it('validate_profile returns the profile report', async () => {
    const report = JSON.parse(await call('validate_profile', { profile: 'production' })) as {
      schemaVersion: number;
      profile: string;
      verdict: string;
      controls: unknown[];
    };
    expect(report).toMatchObject({ schemaVersion: 1, profile: 'production' });
    expect(['pass', 'fail']).toContain(report.verdict);
    await expect(client.callTool({ name: 'validate_profile', arguments: { profile: 'lax' } })).rejects.toThrow(/must be one of/);
  });
});
