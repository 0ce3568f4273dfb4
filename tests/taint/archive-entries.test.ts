// Archive entry names are untrusted (zip slip): node-tar's `onentry` option names its entry parameter.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const severities = async (code: string): Promise<string[]> => (await scanText(code, { rules: ['path/traversal'] })).findings.map((f) => f.severity);
const HEAD = "const fs = require('fs');\nconst path = require('path');\nconst tar = require('tar');\n";

describe('node-tar onentry', () => {
  it('an entry path joined under the destination is a traversal', async () => {
    expect(
      await severities(
        `${HEAD}function list(dest, file) {\n  tar.t({ file, onentry(entry) { entry.pipe(fs.createWriteStream(path.join(dest, entry.path))); } });\n}\n`,
      ),
    ).toEqual(['high']);
  });
  it('a containment check with a separator guards it', async () => {
    expect(
      await severities(
        `${HEAD}function list(dest, file) {\n  tar.t({ file, onentry: (entry) => {\n    const out = path.resolve(dest, entry.path);\n    if (!out.startsWith(path.resolve(dest) + path.sep)) return;\n    entry.pipe(fs.createWriteStream(out));\n  } });\n}\n`,
      ),
    ).toEqual([]);
  });
});
