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

/** The mark with the blanks before it: what `stripAnnotations` removes is exactly what `annotationsOf` reads. */
const TRAILING = new RegExp(String.raw`\s*` + MARK.source);

/**
 * The text with every end-of-line mark removed (lines keep their numbers). Corpora whose files cannot hold a comment
 * (JSON, PEM, a secret's own line, where a comment would change what a detector reads) are annotated in the source
 * and scanned stripped.
 */
export function stripAnnotations(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(TRAILING, ''))
    .join('\n');
}

/** The annotations of one file's text. */
export function annotationsOf(file: string, text: string): Annotation[] {
  const lines = text.split('\n');
  const out: Annotation[] = [];
  let pending: { kind: 'ruleid' | 'ok'; rules: string[] }[] = [];
  lines.forEach((raw, i) => {
    const m = MARK.exec(raw);
    const mark = m ? { kind: m[1] as 'ruleid' | 'ok', rules: m[2]!.split(',').map((r) => r.trim()) } : undefined;
    if (m && mark && raw.slice(0, m.index).trim() === '') {
      pending.push(mark);
      return;
    }
    const marks = mark ? [...pending, mark] : pending;
    for (const mark of marks) for (const rule of mark.rules) out.push({ path: file, line: i + 1, rule, kind: mark.kind });
    pending = [];
  });
  return out;
}

/** Every annotation under a corpus root (files sorted by path). */
export function readAnnotations(root: string): Annotation[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((rel) => rel.split(path.sep).join('/'))
    .sort()
    .filter((rel) => fs.statSync(path.join(root, rel)).isFile())
    .flatMap((rel) => annotationsOf(rel, fs.readFileSync(path.join(root, rel), 'utf8')));
}
