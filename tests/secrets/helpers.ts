import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandSecrets } from '../../rules/secret/index.js';
import { tmpTree } from '../helpers/tmp.js';
import { stripAnnotations } from '../helpers/annotations.js';

export const corpusDir = fileURLToPath(new URL('../fixtures/secrets/corpus/', import.meta.url));

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs, base, out);
    else out.push(path.relative(base, abs).split(path.sep).join('/'));
  }
  return out.sort();
}

/**
 * The corpus with its `{{sample…}}` placeholders expanded into a temp directory (token strings never sit in the repo)
 * and its `# ruleid:` marks stripped, so detectors read each line as written.
 */
export function materializeCorpus(): string {
  const files: Record<string, string> = {};
  for (const rel of walk(corpusDir)) files[rel] = expandSecrets(stripAnnotations(fs.readFileSync(path.join(corpusDir, rel), 'utf8')));
  return tmpTree(files);
}
