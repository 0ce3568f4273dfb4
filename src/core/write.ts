// Report files (--output, --profile-output, baseline create, merge, the Action's sarif-file and profile-file).
// Written to a new file beside the target (created exclusively, O_EXCL) and renamed over it: a reader never sees
// half a report, and an existing link at the target is replaced, never written through. `direct` (the CLI's
// default) still writes straight into an existing non-regular file such as /dev/stdout or a FIFO, as `>` would.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

export interface WriteOptions {
  /** Shown in errors (the path as the user gave it). */
  display: string;
  /** Write into an existing special file or a link to one (CLI), instead of replacing it (Action). */
  direct?: boolean;
  /** Paths in errors are shown relative to this directory. */
  cwd?: string;
}

/** Writes `body` to `file` as described above, or throws a UsageError with one sentence. */
export function writeReport(file: string, body: string, opts: WriteOptions): void {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${opts.display}: it is a directory`);
  try {
    if (opts.direct && existing && !existing.isFile()) {
      const target = fs.statSync(file);
      if (target.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (!target.isFile()) {
        fs.writeFileSync(file, body);
        return;
      }
    }
    const dir = path.dirname(file);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      fs.writeFileSync(fd, body);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
      throw error;
    }
    fs.closeSync(fd);
    try {
      fs.renameSync(tmp, file);
    } catch (error) {
      fs.rmSync(tmp, { force: true });
      throw error;
    }
  } catch (error) {
    throw new UsageError(`cannot write ${opts.display}: ${whyNot(file, error, opts.cwd)}`);
  }
}

/** A sentence for a failed write: which part of the path is in the way, or what the system said, in words. */
export function whyNot(file: string, error: unknown, cwd?: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    // A parent that is a regular file: name it.
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      try {
        if (!fs.statSync(dir).isDirectory()) return `${(cwd !== undefined && path.relative(cwd, dir)) || dir} is a file, not a directory`;
        break;
      } catch {
        /* not there: look further up */
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  switch (code) {
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOENT':
      return 'no such directory';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ELOOP':
      return 'too many symbolic links in the path';
    default:
      return code ?? (error instanceof Error ? error.message : 'error');
  }
}
