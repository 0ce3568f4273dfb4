// Issue 23 "Code and secret shapes that must be reported": code execution reached through a reflective or
// indirect door is reported like the direct call, through the built CLI. Each shape sits in its own exported
// function (a library caller controls the argument: high), with a constant-argument twin that must stay quiet.
import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';
import { expectCleanExit, json, runDist } from './helpers.js';

const SLOW = 120_000;

/** name → [rule, vulnerable body over `x`, quiet body]. */
const SHAPES: Record<string, [string, string, string]> = {
  'constructor-chain': ['code/function-constructor', 'return [].constructor.constructor(x)();', 'return [].constructor.constructor("return 1")();'],
  'string-constructor-chain': ['code/function-constructor', 'return "".constructor.constructor(x)();', 'return "".constructor.constructor("return 2")();'],
  'async-function': [
    'code/function-constructor',
    'const AsyncFunction = (async () => {}).constructor;\n  return new AsyncFunction(x)();',
    'const AsyncFunction = (async () => {}).constructor;\n  return new AsyncFunction("return 3")();',
  ],
  'generator-function': [
    'code/function-constructor',
    'const G = Object.getPrototypeOf(function* () {}).constructor;\n  return G(x);',
    'const G = Object.getPrototypeOf(function* () {}).constructor;\n  return G("yield 4");',
  ],
  'object-constructor': ['code/function-constructor', 'return Object.constructor(x)();', 'return Object.constructor("return 5")();'],
  'reflect-apply-eval': ['code/eval-injection', 'return Reflect.apply(eval, null, [x]);', 'return Reflect.apply(eval, null, ["6"]);'],
  'reflect-construct-function': [
    'code/function-constructor',
    'return Reflect.construct(Function, [x])();',
    'return Reflect.construct(Function, ["return 7"])();',
  ],
  'reflect-apply-exec': [
    'code/command-injection',
    "const cp = require('child_process');\n  return Reflect.apply(cp.execSync, cp, [x]);",
    "const cp = require('child_process');\n  return Reflect.apply(cp.execSync, cp, ['ls']);",
  ],
  'import-then': [
    'code/command-injection',
    "return import('child_process').then((cp) => cp.exec(x));",
    "return import('child_process').then((cp) => cp.exec('ls'));",
  ],
  'import-then-destructured': [
    'code/command-injection',
    "return import('node:child_process').then(({ execSync }) => execSync(x));",
    "return import('node:child_process').then(({ execSync }) => execSync('ls'));",
  ],
  'await-import': [
    'code/command-injection',
    "const cp = await import('child_process');\n  return cp.execSync(x);",
    "const cp = await import('child_process');\n  return cp.execSync('ls');",
  ],
  'get-builtin-module': [
    'code/command-injection',
    "return process.getBuiltinModule('child_process').execSync(x);",
    "return process.getBuiltinModule('child_process').execSync('ls');",
  ],
  'module-require': ['code/command-injection', "return module.require('child_process').execSync(x);", "return module.require('child_process').execSync('ls');"],
  'with-statement': [
    'code/command-injection',
    "with (require('child_process')) {\n    return execSync(x);\n  }",
    "with (require('child_process')) {\n    return execSync('ls');\n  }",
  ],
  'process-binding': [
    'code/command-injection',
    "return process.binding('spawn_sync').spawn({ file: '/bin/sh', args: ['sh', '-c', x], stdio: [] });",
    "return process.binding('spawn_sync').spawn({ file: '/bin/ls', args: ['ls'], stdio: [] });",
  ],
  'vm-via-getbuiltin': [
    'code/vm-injection',
    "return process.getBuiltinModule('node:vm').runInNewContext(x);",
    "return process.getBuiltinModule('node:vm').runInNewContext('1 + 1');",
  ],
};

function tree(): Record<string, string> {
  const files: Record<string, string> = { 'package.json': '{"name":"shapes","version":"1.0.0","main":"index.js"}\n' };
  for (const [name, [, bad, good]] of Object.entries(SHAPES)) {
    files[`${name}.js`] = `module.exports.run = async function run(x) {\n  ${bad}\n};\n`;
    files[`${name}.ok.js`] = `module.exports.run = async function run() {\n  ${good}\n};\n`;
  }
  // A local module that only re-exports child_process, used from another file.
  files['lib/proc.js'] = "module.exports = require('child_process');\n";
  files['reexport.js'] = "const { exec } = require('./lib/proc');\nmodule.exports.run = function run(x) {\n  exec(x);\n};\n";
  return files;
}

describe('code execution through indirect doors (issue 23)', () => {
  it(
    'reports every shape at high as a library input, and none of the constant twins',
    () => {
      const root = tmpTree(tree());
      const r = runDist(['scan', root, '--format', 'json', '--no-cache']);
      expectCleanExit(r, 1);
      const report = json(r);
      const by = (file: string): string[] => report.findings.filter((f) => f.file === file).map((f) => `${f.ruleId}`);
      for (const [name, [rule]] of Object.entries(SHAPES)) {
        expect(by(`${name}.js`), name).toContain(rule);
        expect(by(`${name}.ok.js`), `${name} (constant)`).toEqual([]);
      }
      expect(by('reexport.js')).toContain('code/command-injection');
      const severities = new Set(report.findings.filter((f) => !f.file.endsWith('.ok.js')).map((f) => (f as { severity?: string }).severity));
      expect([...severities]).toEqual(['high']);
    },
    SLOW,
  );

  it(
    'does not rewrite a file that declares its own Reflect',
    () => {
      const root = tmpTree({ 'a.js': 'const Reflect = { apply: (f, t, a) => a.length };\nmodule.exports.run = (x) => Reflect.apply(eval, null, [x]);\n' });
      const report = json(runDist(['scan', root, '--format', 'json', '--no-cache']));
      expect(report.findings.filter((f) => f.ruleId === 'code/eval-injection')).toEqual([]);
    },
    SLOW,
  );
});
