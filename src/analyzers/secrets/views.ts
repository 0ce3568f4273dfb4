// Views of a file the text does not spell out as written: a Kubernetes Secret's base64 `data:` values, and a
// Jupyter notebook's code cells (JSON strings). The engine scans each view and reports at the source's offsets.
import { decodedBase64 } from './filters.js';

/** Longest base64 `data:` value decoded (a Secret holds at most 1 MiB in all; certificates and kubeconfigs fit). */
const KUBE_VALUE_MAX = 65536;

/**
 * The `data:` entries of each YAML document that declares `kind: Secret` at its top level: key, offsets of the
 * base64 value and the text it decodes to (values that decode to binary are left out). One pass over the text.
 */
export function kubernetesSecretValues(text: string): { key: string; start: number; end: number; decoded: string }[] {
  const out: { key: string; start: number; end: number; decoded: string }[] = [];
  let docStart = 0;
  for (;;) {
    const sep = text.indexOf('\n---', docStart);
    const docEnd = sep < 0 ? text.length : sep;
    const doc = text.slice(docStart, docEnd);
    const data = /^kind:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m.test(doc) ? /^data:[ \t]*(?:#.*)?$/m.exec(doc) : null;
    if (data) {
      // The entries: the more-indented lines after `data:`, up to the next top-level key.
      let at = data.index + data[0].length;
      while (at < doc.length) {
        const nl = doc.indexOf('\n', at + 1);
        const line = doc.slice(at + 1, nl < 0 ? doc.length : nl).replace(/\r$/, '');
        if (line.trim() && !/^[ \t]/.test(line)) break;
        const m = /^[ \t]{1,16}([A-Za-z0-9_.-]{1,253}):[ \t]{0,8}(["']?)([A-Za-z0-9+/]{4,65536}={0,2})\2[ \t]*$/.exec(line);
        if (m && m[3]!.length <= KUBE_VALUE_MAX) {
          const value = m[3]!;
          const decoded = decodedBase64(value, 'utf8');
          if (decoded !== undefined) {
            const start = docStart + at + 1 + line.lastIndexOf(value);
            out.push({ key: m[1]!, start, end: start + value.length, decoded });
          }
        }
        if (nl < 0) break;
        at = nl;
      }
    }
    if (sep < 0) return out;
    docStart = sep + 1;
  }
}

/** A code cell's source line: where it starts in the joined code, where its JSON string starts in the file (-1: not
 * found as written), and its text. */
export interface NotebookLine {
  at: number;
  src: number;
  text: string;
}

/**
 * A Jupyter notebook's code cells as the Python they hold (lines of a cell joined, cells a blank line apart), and each
 * source line's place in the JSON text; undefined when the text is no notebook or has no code.
 */
export function notebookCode(text: string): { code: string; lines: NotebookLine[] } | undefined {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch {
    return undefined;
  }
  const cells = (nb as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return undefined;
  const lines: NotebookLine[] = [];
  let code = '';
  let cursor = 0;
  for (const cell of cells as { cell_type?: unknown; source?: unknown }[]) {
    if (cell?.cell_type !== 'code') continue;
    const source =
      typeof cell.source === 'string' ? [cell.source] : Array.isArray(cell.source) ? cell.source.filter((l): l is string => typeof l === 'string') : [];
    for (const l of source) {
      const encoded = JSON.stringify(l);
      const idx = text.indexOf(encoded, cursor);
      if (idx >= 0) cursor = idx + encoded.length;
      lines.push({ at: code.length, src: idx >= 0 ? idx + 1 : -1, text: l });
      code += l;
    }
    code += '\n\n';
  }
  return lines.length ? { code, lines } : undefined;
}

/** The file offset of the `k`th character of a notebook line (its JSON string escapes some characters). */
export function notebookOffset(line: NotebookLine, k: number): number {
  return line.src + JSON.stringify(line.text.slice(0, k)).length - 2;
}
