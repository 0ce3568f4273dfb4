import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

// Binary or text is judged on the first 8 KiB by more than one byte: a known binary signature (images, archives,
// executables, fonts, wasm, databases), or a share of control bytes no text holds (NUL and the C0 controls other
// than tab, newlines, form feed and escape). One NUL in a JS file or an .env is text with a NUL in it: a scanner
// that skipped it would be silenced by a single byte.
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // zip, jar, docx
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat, Java class
  [0x00, 0x61, 0x73, 0x6d], // wasm
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x77, 0x4f, 0x46, 0x46], // wOFF
  [0x77, 0x4f, 0x46, 0x32], // wOF2
  [0x00, 0x01, 0x00, 0x00, 0x00], // TrueType
  [0x4f, 0x54, 0x54, 0x4f], // OTTO (OpenType)
  [0x00, 0x00, 0x01, 0x00], // ICO
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav, avi)
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], // SQLite
  [0x4d, 0x5a], // PE (exe, dll) — judged with the control share below, "MZ" also starts text
];
/** Share of control bytes in the sample above which it is binary. */
const CONTROL_SHARE = 0.1;

/** Why a buffer is binary ('signature' or 'control bytes'), or undefined for text. */
export function binaryReason(buf: Buffer): 'signature' | 'control bytes' | undefined {
  const head = buf.subarray(0, 8192);
  let controls = 0;
  let nul = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) nul++;
    if (b < 0x20 ? b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27 : b === 0x7f) controls++;
  }
  for (const sig of SIGNATURES) {
    if (head.length < sig.length || !sig.every((b, i) => head[i] === b)) continue;
    // "MZ" (and RIFF) open ordinary words too: a signature counts when the file also holds a NUL.
    if ((sig.length <= 2 && sig[0] === 0x4d) || sig[0] === 0x52) {
      if (nul > 0) return 'signature';
      continue;
    }
    return 'signature';
  }
  return head.length && controls / head.length > CONTROL_SHARE ? 'control bytes' : undefined;
}

/** Binary by binaryReason (UTF-16 with a BOM is text). */
export function decode(buf: Buffer): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  if (binaryReason(buf)) return { kind: 'binary' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text };
}

// Names of source and config files: a binary skip of one is reported (a file named like code that flowguard did
// not read is worth a reviewer's look).
const TEXT_NAME =
  /\.(?:[cm]?[jt]sx?|json[c5]?|ya?ml|toml|ini|cfg|conf|env|sh|bash|zsh|ps1|py|rb|php|go|rs|java|kt|cs|c|h|cc|cpp|hpp|swift|sql|html?|vue|svelte|xml|md|txt|properties|gradle|tf|hcl|lock|npmrc|yarnrc|gitconfig|pem|key)$|(?:^|\/)(?:\.env[^/]*|\.npmrc|\.yarnrc[^/]*|Dockerfile[^/]*|Makefile|Jenkinsfile|Procfile|\.[a-z]+rc|[^./]+)$/i;

/** True for a file whose name says source or config (an extensionless file included). */
export function textName(file: string): boolean {
  return TEXT_NAME.test(file);
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

export type ReadOutcome =
  | { ok: true; buf: Buffer }
  | { ok: false; reason: 'error'; code: string }
  | { ok: false; reason: 'outside' | 'not-a-file' | 'too-large' };

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
  return { ok: true, buf: readAll(fd, st.size) };
}

/** Up to `size` bytes of an open file from its start (fewer if it shrank while being read). */
export function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let n = 0;
  while (n < buf.length) {
    const got = fs.readSync(fd, buf, n, buf.length - n, n);
    if (got === 0) break;
    n += got;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
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
