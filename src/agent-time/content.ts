// What a file would hold after an agent's Write, Edit, MultiEdit or NotebookEdit, built from its current text
// the way Claude Code applies the tool. An edit the tool itself would reject (its `old_string` is not in the file)
// yields undefined: the tool fails on its own and there is nothing to judge.

export interface StringEdit {
  old_string: string;
  new_string: string;
  replace_all?: boolean;
}

/** Apply edits in order, each to the result of the one before. */
export function applyEdits(current: string, edits: readonly StringEdit[]): string | undefined {
  let text = current;
  for (const e of edits) {
    if (e.old_string === '') {
      // Claude Code creates a file with an empty old_string (only when the file is empty or missing).
      if (text !== '') return undefined;
      text = e.new_string;
      continue;
    }
    const at = text.indexOf(e.old_string);
    if (at < 0) return undefined;
    text = e.replace_all ? text.split(e.old_string).join(e.new_string) : text.slice(0, at) + e.new_string + text.slice(at + e.old_string.length);
  }
  return text;
}

export interface NotebookEdit {
  new_source: string;
  cell_id?: string;
  cell_type?: 'code' | 'markdown';
  edit_mode?: 'replace' | 'insert' | 'delete';
}

/**
 * A notebook after a cell edit, as the text the scanners read. The cell's new source is appended as its own lines
 * after the notebook's current text: fingerprints do not depend on lines, so what the notebook already holds
 * cancels out, and the new cell's findings sit at `firstLine` and below. A delete adds nothing.
 */
export function notebookAfter(current: string, edit: NotebookEdit): { text: string; firstLine: number } | undefined {
  if (edit.edit_mode === 'delete') return undefined;
  const base = current.endsWith('\n') || current === '' ? current : `${current}\n`;
  const firstLine = base === '' ? 1 : base.split('\n').length;
  return { text: base + edit.new_source, firstLine };
}
