// Regression tests for the robustness fixes in the core: each input used to stall, escape or garble a scan.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInsideRoot } from '../../src/core/read.js';
import { printable } from '../../src/report/text.js';
import { parseDirectives } from '../../src/suppress/inline.js';
import { tmpTree } from '../helpers/tmp.js';

describe('inline directives parse in linear time', () => {
  it('handles a 2 MB line of `;` ending in a quote (was quadratic: minutes)', () => {
    const text = `${';'.repeat(2_000_000)}'flowguard-ignore code/eval-injection\n`;
    expect(parseDirectives(text)).toEqual([]);
  });

  it('handles a 2 MB run of spaces before a closer (was quadratic)', () => {
    const text = `// flowguard-ignore code/eval-injection -- why${' '.repeat(2_000_000)}x\n`;
    expect(parseDirectives(text)[0]?.ids).toEqual(['code/eval-injection']);
  });

  it('keeps the comment rules: a marker with no quote after it, a block comment body, closers stripped', () => {
    const dirs = parseDirectives(
      [
        "x = 'a'; // flowguard-ignore code/a -- r1",
        ' * flowguard-ignore code/b -- r2',
        `s = "a; b" + 'flowguard-ignore code/c -- in a string'`,
        '/* flowguard-ignore code/d -- r4 */',
        '<!-- flowguard-ignore code/e -- r5 -->',
      ].join('\n'),
    );
    expect(dirs.map((d) => [d.line, d.ids.join(), d.reason])).toEqual([
      [1, 'code/a', 'r1'],
      [2, 'code/b', 'r2'],
      [4, 'code/d', 'r4'],
      [5, 'code/e', 'r5'],
    ]);
  });
});

describe('readInsideRoot', () => {
  it('reads a regular file and a symlink that stays inside the root', () => {
    const root = tmpTree({ 'a.txt': 'hello' });
    fs.symlinkSync(path.join(root, 'a.txt'), path.join(root, 'link.txt'));
    expect(readInsideRoot(path.join(root, 'a.txt'), root, 100)).toEqual({ ok: true, buf: Buffer.from('hello') });
    expect(readInsideRoot(path.join(root, 'link.txt'), root, 100)).toEqual({ ok: true, buf: Buffer.from('hello') });
  });

  it('refuses a symlink that leads outside, a directory, a FIFO (no blocking) and an oversize file', () => {
    const outside = tmpTree({ 'secret.txt': 'outside' });
    const root = tmpTree({ 'big.txt': 'x'.repeat(200) });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out.txt'));
    fs.mkdirSync(path.join(root, 'dir.txt'));
    expect(readInsideRoot(path.join(root, 'out.txt'), root, 100)).toEqual({ ok: false, reason: 'outside' });
    expect(readInsideRoot(path.join(root, 'dir.txt'), root, 100)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(readInsideRoot(path.join(root, 'big.txt'), root, 100)).toEqual({ ok: false, reason: 'too-large' });
    expect(readInsideRoot(path.join(root, 'gone.txt'), root, 100)).toEqual({ ok: false, reason: 'error', code: 'ENOENT' });
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
      expect(readInsideRoot(path.join(root, 'pipe.txt'), root, 100)).toEqual({ ok: false, reason: 'not-a-file' });
    }
  });
});

describe('printable', () => {
  it('escapes control, line-separator and bidi characters and keeps the rest', () => {
    expect(printable('a\u001b[31mb\nc\u202ed\u2028e ünï 日本 -x')).toBe('a\\u001b[31mb\\u000ac\\u202ed\\u2028e ünï 日本 -x');
  });
});

describe('scrubTokens', () => {
  it('masks random-looking token runs in messages and leaves code words alone', async () => {
    const { scrubTokens } = await import('../../src/core/finding.js');
    const { sample } = await import('../../src/rule.js');
    const token = sample('sk_live_', 24);
    expect(scrubTokens(`\`eval\` runs a string built from \`'${token}' + x\`.`)).toBe("`eval` runs a string built from `'sk_l****' + x`.");
    for (const plain of [
      '`eval` runs a string built from `process.argv[2]`.',
      'A very_long_identifier_without_digits here',
      'version 2026-11-23 of the file',
      'sha256 of aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1',
    ]) {
      expect(scrubTokens(plain)).toBe(plain);
    }
  });

  it('leaves scoped package names and word paths alone, masks tokens with word prefixes', async () => {
    const { scrubTokens } = await import('../../src/core/finding.js');
    const { sample } = await import('../../src/rule.js');
    for (const name of [
      '`npx @upstash/context7-mcp`',
      '`@modelcontextprotocol/server-filesystem`',
      '`@21st-dev/magic@latest`',
      '`mcp-server-kubernetes/v2/k8s-tools`',
      '`@microsoft/m365agentstoolkit-mcp@latest`',
    ]) {
      expect(scrubTokens(name)).toBe(name);
    }
    const slack = `xoxb-${'1234567890'}12-${sample('', 24)}`;
    expect(scrubTokens(`token ${slack}`)).not.toContain(slack.slice(5));
    const gh = sample('ghp_', 36);
    expect(scrubTokens(`x ${gh} y`)).toBe(`x ${gh.slice(0, 4)}**** y`);
  });
});
