// Inline truth annotations in fixture sources, semgrep-rules' convention: `// ruleid: <id>` (or `# ruleid:` in
// YAML and shell) marks a line that must have a finding of that rule, `// ok: <id>` one that must not. The comment
// sits at the end of the line it marks, or alone on the line above it (then it marks the next line that is not
// itself an annotation). Several ids are separated by commas.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Annotation {
  /** Path relative to the corpus root, `/`-separated. */
  path: string;
  /** 1-based line the annotation marks. */
  line: number;
  rule: string;
  kind: 'ruleid' | 'ok';
}

const MARK = /(?:\/\/|#)\s*(ruleid|ok):\s*([a-z]+\/[a-z0-9-]+(?:\s*,\s*[a-z]+\/[a-z0-9-]+)*)\s*$/;

/** The annotations of one file's text. */
export function annotationsOf(file: string, text: string): Annotation[] {
  const lines = text.split('\n');
  const out: Annotation[] = [];
  let pending: { kind: 'ruleid' | 'ok'; rules: string[] }[] = [];
  lines.forEach((raw, i) => {
    const m = MARK.exec(raw);
    const alone = m !== null && raw.slice(0, m.index).trim() === '';
    if (m && alone) {
      pending.push({ kind: m[1] as 'ruleid' | 'ok', rules: m[2]!.split(',').map((r) => r.trim()) });
      return;
    }
    const marks = m ? [...pending, { kind: m[1] as 'ruleid' | 'ok', rules: m[2]!.split(',').map((r) => r.trim()) }] : pending;
    for (const mark of marks) for (const rule of mark.rules) out.push({ path: file, line: i + 1, rule, kind: mark.kind });
    pending = [];
  });
  return out;
}

/** Every annotation under a corpus root (files sorted by path). */
export function readAnnotations(root: string): Annotation[] {
  const out: Annotation[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(...annotationsOf(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')));
    }
  };
  walk(root);
  return out;
}
