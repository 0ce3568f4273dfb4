import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

/** A NUL byte in the first 8 KiB marks a binary file (UTF-16 with a BOM is text). */
export function decode(buf: Buffer): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { kind: 'binary' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text };
}

export function readDecoded(absPath: string): Decoded {
  return decode(readFileSync(absPath));
}

/** Why a file named by the user (a config, a baseline) was not read. */
export type NamedReadFailure = { reason: 'not-a-file'; kind: string } | { reason: 'too-large' } | { reason: 'error'; code: string };

/**
 * A file flowguard opens by name (a config, its `baseline:`), read only when it is a regular file of at most
 * `maxBytes`: opened without blocking (a FIFO with no writer, a terminal), checked with fstat on the open file (so
 * a device, a FIFO or a directory is refused before any read), and never read past the cap (a file that grows).
 */
export function readNamedFile(file: string, maxBytes: number): { ok: true; text: string } | ({ ok: false } & NamedReadFailure) {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', kind: fileKind(st) };
    if (st.size > maxBytes) return { ok: false, reason: 'too-large' };
    // One byte past the size seen: a file that grew is read to the cap, not without end.
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) return { ok: false, reason: 'too-large' };
    let text = buf.subarray(0, n).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // Opening a directory for reading works on Linux; reading it is EISDIR.
    return code === 'EISDIR' ? { ok: false, reason: 'not-a-file', kind: 'a directory' } : { ok: false, reason: 'error', code };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function fileKind(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The one-line reason of a failed `readNamedFile`, after `<file>: `. */
export function namedReadMessage(failure: NamedReadFailure, what: string, maxBytes: number): string {
  if (failure.reason === 'not-a-file') return `the ${what} is ${failure.kind}, not a regular file; not read`;
  if (failure.reason === 'too-large') return `the ${what} is larger than ${Math.round(maxBytes / 1024 / 1024) || 1} MiB; not read`;
  return `cannot read ${what} (${failure.code})`;
}

/**
 * The real path, in one system call (`realpath(3)`); Node's default JS version lstats every component of the
 * path, which is most of the cost of reading a small file. Falls back to it where the native call fails (some
 * Windows virtual drives) and lets its error stand.
 */
export function realpath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return fs.realpathSync(p);
  }
}

export type ReadOutcome = { ok: true; buf: Buffer } | { ok: false; reason: 'error'; code: string } | { ok: false; reason: 'outside' | 'not-a-file' | 'too-large' };

// Between discovery and this read the file may have been swapped (by a hostile checkout step, a race, a test): a
// symlink to /etc/passwd, a FIFO that blocks a plain read forever, a file grown to gigabytes. So: resolve it again
// and stay inside the root, open the resolved path without following a last-moment symlink and without blocking,
// check it is still a regular file, and never read more than the cap.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** The identity of a file as discovery saw it (`lstat`, or `stat` of a followed symlink's target). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * Read a discovered file that must still be a regular file under `rootReal`, at most `maxSize` bytes. With the
 * identity discovery recorded, the path is opened as it is (the last component not followed) and the open file
 * must be that same file: nothing on the way to it can have been swapped for a link out of the root without the
 * identity changing, so the resolution of the whole path is only needed when it did change (or where identities
 * are not reliable, on Windows).
 */
export function readInsideRoot(abs: string, rootReal: string, maxSize: number, seen?: FileIdentity): ReadOutcome {
  if (seen && process.platform !== 'win32') {
    let fd: number | undefined;
    try {
      fd = fs.openSync(abs, OPEN_FLAGS);
      const st = fs.fstatSync(fd);
      if (st.dev === seen.dev && st.ino === seen.ino) return readOpen(fd, st, maxSize);
    } catch {
      /* a symlink (O_NOFOLLOW), gone, swapped: the full check below says which */
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  let fd: number | undefined;
  try {
    const real = realpath(abs);
    const rel = path.relative(rootReal, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, reason: 'outside' };
    fd = fs.openSync(real, OPEN_FLAGS);
    return readOpen(fd, fs.fstatSync(fd), maxSize);
  } catch (error) {
    return { ok: false, reason: 'error', code: (error as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function readOpen(fd: number, st: fs.Stats, maxSize: number): ReadOutcome {
  if (!st.isFile()) return { ok: false, reason: 'not-a-file' };
  if (st.size > maxSize) return { ok: false, reason: 'too-large' };
  const buf = Buffer.allocUnsafe(st.size);
  let n = 0;
  while (n < buf.length) {
    const got = fs.readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
  }
  return { ok: true, buf: n === buf.length ? buf : buf.subarray(0, n) };
}

/** At most `bytes` from the start of a discovered file, with the same checks as `readInsideRoot`; undefined on any failure. */
export function readHead(abs: string, rootReal: string, bytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    const real = realpath(abs);
    const rel = path.relative(rootReal, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    fd = fs.openSync(real, OPEN_FLAGS);
    if (!fs.fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.allocUnsafe(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
