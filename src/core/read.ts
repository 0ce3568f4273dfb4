import { readFileSync } from 'node:fs';

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
