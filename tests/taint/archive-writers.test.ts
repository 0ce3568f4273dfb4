// Zip-slip shapes of real extractors (issue 17): decompress@4.2.0 (entries returned by caller-supplied plugins,
// written through `pify(fs)`), unzipper@0.8.12 (fstream `Writer({ path })`), st@0.2.4 (`fs` chosen in a try/catch).
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const found = async (code: string): Promise<string[]> =>
  (await scanText(code, { rules: ['path/traversal'], path: 'lib/x.js' })).findings.map((f) => `${f.line} ${f.severity} ${String(f.properties?.provenance)}`);

describe('archive writers', () => {
  it('entries a caller-supplied plugin returns, joined under the output and written through pify(fs)', async () => {
    const code = [
      "const path = require('path');",
      "const fs = require('graceful-fs');",
      "const pify = require('pify');",
      'const fsP = pify(fs);',
      'const extract = (input, output, opts) => Promise.all(opts.plugins.map((x) => x(input, opts))).then((files) =>',
      '  Promise.all(files.map((x) => fsP.writeFile(path.join(output, x.path), x.data))));',
      'module.exports = (input, output, opts) => extract(input, output, opts);',
    ].join('\n');
    expect(await found(code)).toEqual(['6 medium library-input']);
  });
  it('a function of the file itself returns nothing of the caller (no library input; its result is of unknown origin)', async () => {
    const code = [
      "const path = require('path');",
      "const fs = require('fs');",
      "const plugins = [() => [{ path: 'a.txt' }]];",
      'module.exports = (output) => plugins.map((x) => x()).forEach((f) => fs.writeFileSync(path.join(output, f[0].path), ""));',
    ].join('\n');
    expect(await found(code)).toEqual(['4 low unknown']);
  });
  it('fstream Writer({ path }) with an entry name', async () => {
    const code = [
      "const Writer = require('fstream').Writer;",
      "const path = require('path');",
      'module.exports = function Extract(opts) {',
      "  this.on('entry', (entry) => { entry.pipe(Writer({ path: path.join(opts.path, entry.path) })); });",
      '};',
    ].join('\n');
    expect(await found(code)).toEqual(['4 high untrusted']);
  });
  it('fstream Writer with a constant path is no finding', async () => {
    const code = "const fstream = require('fstream');\nmodule.exports = () => new fstream.Writer({ path: '/tmp/out' });";
    expect(await found(code)).toEqual([]);
  });
  it('fs picked in a try/catch between graceful-fs and fs is fs', async () => {
    const code = [
      'var fs;',
      "try { fs = require('graceful-fs'); } catch (e) { fs = require('fs'); }",
      "require('http').createServer((req, res) => { fs.createReadStream('/srv' + req.url).pipe(res); });",
    ].join('\n');
    expect(await found(code)).toEqual(['3 high untrusted']);
  });
  it('a variable that may hold another module is not fs', async () => {
    const code = [
      'var fs;',
      "try { fs = require('graceful-fs'); } catch (e) { fs = require('./my-store'); }",
      "require('http').createServer((req, res) => { fs.createReadStream('/srv' + req.url).pipe(res); });",
    ].join('\n');
    expect(await found(code)).toEqual([]);
  });
  it('make-dir and mkdirp create the path they are given', async () => {
    const code = [
      "const makeDir = require('make-dir');",
      "const mkdirp = require('mkdirp');",
      "require('http').createServer((req, res) => { makeDir('/srv/' + req.url); mkdirp.sync('/srv/' + req.url); });",
    ].join('\n');
    expect(await found(code)).toEqual(['3 high untrusted', '3 high untrusted']);
  });
});
