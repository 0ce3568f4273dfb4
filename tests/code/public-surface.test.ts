// A function the importer can reach is graded library-input (INTERFACE.md "How code and path findings are graded"),
// also when it is reached through a value handed out: a UMD factory's product, a returned instance or its bound
// methods, a factory function's result.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const severities = async (code: string, rule = 'code/prototype-pollution'): Promise<string[]> =>
  (await scanText(code, { path: 'index.js', rules: [rule] })).findings.map((f) => f.severity);

const SET =
  'function set(obj, path, value) {\n  const k = path[0];\n  if (path.length === 1) {\n    obj[k] = value;\n    return;\n  }\n  if (obj[k] === undefined) obj[k] = {};\n  set(obj[k], path.slice(1), value);\n}';

describe('public surface', () => {
  it('a UMD wrapper: what its factory returns is exported', async () => {
    const code = `(function (root, factory) {\n  if (typeof module === 'object') module.exports = factory();\n  else root.lib = factory();\n})(this, function () {\n  function make(options) {\n    var api = {};\n    ${SET.replace(/\n/g, '\n    ')}\n    api.set = function (obj, path, value) {\n      return set(obj, path, value);\n    };\n    return api;\n  }\n  var mod = make();\n  mod.create = make;\n  return mod;\n});`;
    expect(await severities(code)).toEqual(['high']);
  });
  it('the same helper with no way in from the exports is low', async () => {
    expect(await severities(SET)).toEqual(['low']);
  });
  it('methods of a class instance handed out as bound functions', async () => {
    const code =
      "class Cache {\n  constructor() {\n    this.store = {};\n    this.ns = 'default';\n  }\n  use(ns) {\n    this.ns = ns;\n  }\n  put(key, value) {\n    if (!this.store[this.ns]) this.store[this.ns] = {};\n    this.store[this.ns][key] = value;\n  }\n}\nexport function cache() {\n  const c = new Cache();\n  return { use: c.use.bind(c), put: c.put.bind(c) };\n}";
    expect(await severities(code)).toEqual(['high']);
  });
  it('a method of a constructor whose instance an exported function returns', async () => {
    const code =
      "var cp = require('child_process');\nfunction Runner() {}\nRunner.prototype.run = function (cmd) {\n  return cp.execSync('git ' + cmd);\n};\nmodule.exports = function () {\n  return new Runner();\n};";
    expect(await severities(code, 'code/command-injection')).toEqual(['high']);
  });
  it('a private class used inside the file is not public', async () => {
    const code =
      "var cp = require('child_process');\nfunction Runner() {}\nRunner.prototype.run = function (cmd) {\n  return cp.execSync('git ' + cmd);\n};\nvar r = new Runner();\nr.run(lookup());";
    expect(await severities(code, 'code/command-injection')).not.toContain('high');
  });
});
