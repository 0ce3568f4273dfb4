// Network responses (src/analyzers/taint/network.ts): a low-trust source of generic sinks that is untrusted at a
// command sink (issue 17: "network responses for URL and command sinks"), unknown elsewhere, never a path source.
import { describe, expect, it } from 'vitest';
import { argOf } from '../helpers/taint.js';
import { taintFor } from '../../src/analyzers/taint/index.js';
import { scanText } from '../../src/index.js';

const source = (code: string, kind: 'path' | 'generic' = 'generic'): string | undefined => {
  const { ast, resolver, node } = argOf(code, 'sink');
  return taintFor(ast, resolver, code, node, kind)?.flow[0]?.message;
};

describe('network responses reach a generic sink', () => {
  it('await (await fetch(u)).json()', () => {
    expect(source('async function f(u) {\n  const d = await (await fetch(u)).json();\n  sink(d.cmd);\n}')).toMatch(/^network response/);
  });
  it('a response held in a variable, then .text()', () => {
    expect(source("async function f() {\n  const res = await fetch('https://example.com/v');\n  const v = await res.text();\n  sink(`tool@${v}`);\n}")).toMatch(
      /^network response/,
    );
  });
  it('res.json().then((d) => …) and fetch(u).then((r) => r.json()).then((d) => …)', () => {
    expect(source("const res = await fetch('https://x');\nres.json().then((d) => sink(d.version));")).toMatch(/^network response/);
    expect(source("fetch('https://x').then((r) => r.json()).then((d) => sink(d.version));")).toMatch(/^network response/);
  });
  it('node-fetch imported by name', () => {
    expect(source("import fetch from 'node-fetch';\nconst body = await (await fetch(url)).json();\nsink(body.name);")).toMatch(/^network response/);
  });
  it('axios: (await axios.get(u)).data, const { data } = await axios(…), an axios.create() instance', () => {
    expect(source("import axios from 'axios';\nconst v = (await axios.get(u)).data;\nsink(v);")).toMatch(/^network response/);
    expect(source("const axios = require('axios');\nconst { data } = await axios({ url: u });\nsink(data.tag);")).toMatch(/^network response/);
    expect(source("import axios from 'axios';\nconst api = axios.create({ baseURL: B });\nconst r = await api.get('/latest');\nsink(r.data.tag);")).toMatch(
      /^network response/,
    );
  });
  it('is no source of a path sink', () => {
    expect(source("const d = await (await fetch('https://x')).json();\nsink(d.name);", 'path')).toBeUndefined();
  });
  it('a local function named fetch, or a get() of another object, is no client', () => {
    expect(source('function fetch(k) { return cache[k]; }\nsink(fetch(key));')).toBeUndefined();
    expect(source("const m = new Map();\nsink(m.get('k'));")).toBeUndefined();
  });
});

describe('graded by the sink', () => {
  const severities = async (code: string, rules: string[]): Promise<string[]> =>
    (await scanText(code, { rules })).findings.map((f) => `${f.severity} ${String(f.properties?.provenance)}`);
  it('a command built from a response is critical, untrusted', async () => {
    const code =
      "const { execSync } = require('child_process');\nasync function upgrade() {\n  const rel = await (await fetch('https://api.example.com/latest')).json();\n  execSync(`npm install -g tool@${rel.tag_name}`);\n}\n";
    expect(await severities(code, ['code/command-injection'])).toEqual(['critical untrusted']);
  });
  it('axios data in a shell command is critical', async () => {
    const code =
      "import { exec } from 'child_process';\nimport axios from 'axios';\nexport async function sync() {\n  const { data } = await axios.get('https://example.com/job');\n  exec('git checkout ' + data.ref);\n}\n";
    expect(await severities(code, ['code/command-injection'])).toEqual(['critical untrusted']);
  });
  it('a response rendered as HTML stays unknown (low): a page showing its own data', async () => {
    const code =
      "async function show() {\n  const items = await (await fetch('/data/items.json')).json();\n  list.innerHTML = items.map((i) => `<li>${i.name}</li>`).join('');\n}\n";
    expect(await severities(code, ['code/unsafe-html'])).not.toContain('high untrusted');
  });
});
