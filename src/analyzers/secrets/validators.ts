// Offline checks that a token-shaped string is well formed: checksums, decodable headers, plausible key bodies.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ s.charCodeAt(i)) & 0xff]!;
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// Some token generators order the alphabet lowercase first; a checksum in either order is well formed.
const BASE62_LOWER_FIRST = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Base62 of a 32-bit number, left-padded with `0` to `width`. */
export function base62(n: number, width = 6, alphabet = BASE62): string {
  let out = '';
  let v = n >>> 0;
  do {
    out = alphabet[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens: a 4-character prefix, a random body
 * and 6 characters of base62 CRC-32 of the body.
 */
export function prefixedChecksumOk(token: string): boolean {
  if (token.length < 4 + 6 + 20) return false;
  const body = token.slice(4, -6);
  const crc = crc32(body);
  const check = token.slice(-6);
  return base62(crc) === check || base62(crc, 6, BASE62_LOWER_FIRST) === check;
}

/** Append the checksum to a body, for generating well-formed test tokens. */
export function withChecksum(prefix: string, body: string): string {
  return prefix + body + base62(crc32(body));
}

export function base64urlDecode(s: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** The decoded header and payload of a `header.payload.signature` token, when both are JSON objects. */
export function jwtParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; signature: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const json = (p: string): Record<string, unknown> | undefined => {
    const buf = base64urlDecode(p);
    if (!buf) return undefined;
    try {
      const v: unknown = JSON.parse(buf.toString('utf8'));
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const header = json(parts[0]!);
  const payload = header ? json(parts[1]!) : undefined;
  return header && payload ? { header, payload, signature: parts[2]! } : undefined;
}

/**
 * A signed JWT: the header has an `alg` other than `none`, the payload is a JSON object and there is a signature. A
 * token whose `role` is `anon` is a public key by design (Supabase and PostgREST anon keys ship in every client).
 */
export function jwtOk(token: string): boolean {
  const jwt = jwtParts(token);
  if (!jwt || typeof jwt.header.alg !== 'string' || jwt.header.alg.toLowerCase() === 'none') return false;
  if (jwt.payload.role === 'anon') return false;
  return jwt.signature.length >= 16;
}

/** A Supabase service-role key: a signed JWT whose payload claims `role: service_role` (it bypasses row-level security). */
export function supabaseServiceRoleOk(token: string): boolean {
  const jwt = jwtParts(token);
  if (!jwt || typeof jwt.header.alg !== 'string' || jwt.header.alg.toLowerCase() === 'none') return false;
  return jwt.payload.role === 'service_role' && jwt.signature.length >= 16;
}

// Claim names that carry a credential, and claim names that only describe one.
const CREDENTIAL_CLAIM = /pass(?:word|wd|phrase)?$|secret|api[_-]?key|access[_-]?key|private[_-]?key|token$|credential|^pwd$|^key$/i;
const NOT_CREDENTIAL_CLAIM = /(?:type|types|kind|name|id|ids|use|url|uri|expir\w*|exp|hint|len|length)$/i;

/**
 * An unsigned JWT (`alg: none`, empty signature) that carries a credential: a claim named like a password, secret,
 * key or token whose value is a string of 8+ characters. Anyone can mint such a token, so it authenticates nothing;
 * the credential inside it is the leak. Returns the claim's name.
 */
export function unsignedJwtCredential(token: string): string | undefined {
  const jwt = jwtParts(token);
  if (!jwt || typeof jwt.header.alg !== 'string' || jwt.header.alg.toLowerCase() !== 'none' || jwt.signature !== '') return undefined;
  const walk = (o: Record<string, unknown>, depth: number): string | undefined => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string' && v.length >= 8 && CREDENTIAL_CLAIM.test(k) && !NOT_CREDENTIAL_CLAIM.test(k)) return k;
      if (v && typeof v === 'object' && !Array.isArray(v) && depth < 3) {
        const inner = walk(v as Record<string, unknown>, depth + 1);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return walk(jwt.payload, 0);
}

/** The credential claim's value of an unsigned JWT (what the placeholder filters judge). */
export function unsignedJwtValue(token: string, claim: string): string {
  const find = (o: Record<string, unknown>, depth: number): string | undefined => {
    for (const [k, v] of Object.entries(o)) {
      if (k === claim && typeof v === 'string') return v;
      if (v && typeof v === 'object' && !Array.isArray(v) && depth < 3) {
        const inner = find(v as Record<string, unknown>, depth + 1);
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  };
  const jwt = jwtParts(token);
  return (jwt && find(jwt.payload, 0)) ?? '';
}

/** The payload of the tutorials' token (jwt.io and most JWT docs): subject `1234567890`, name `John Doe`. */
export function jwtDocumented(token: string): boolean {
  const v = jwtParts(token)?.payload;
  if (!v) return false;
  // jwt.io's John Doe; Supabase's local-development anon and service_role keys (signed with its published demo secret).
  return (v.sub === '1234567890' && v.name === 'John Doe') || v.iss === 'supabase-demo';
}

/** The lines of an armored block as written, or as a string literal spells them (`\\n` escapes), trimmed. */
function literalLines(block: string): string[] {
  return block
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n')
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\\n$/, ''));
}

/** The base64 body of a PEM block: the lines between BEGIN and END, minus `Key: value` headers. */
export function pemBody(block: string): { body: string; encrypted: boolean } {
  const lines = literalLines(block)
    // A line of a string literal (`"…\n" +`, `'…',`): the quotes and the concatenation go, and a line left holding
    // only the close of a literal is no body. A `+` of base64 at a line's edge stays: it is part of the key.
    .map((l) => (/^["'`]\s{0,4}[+,;)]?$/.test(l) ? '' : l))
    .map((l) => l.replace(/^(?:\+\s{0,4})?["'`]/, '').replace(/(?:\\n)?["'`]\s{0,4}[+,;)]?$/, ''));
  let encrypted = /ENCRYPTED/.test(lines[0] ?? '');
  const body: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('-----END')) break;
    if (/^[A-Za-z-]+:/.test(line)) {
      if (/^Proc-Type:.*ENCRYPTED/i.test(line)) encrypted = true;
      continue;
    }
    body.push(line.replace(/\s+/g, ''));
  }
  return { body: body.join(''), encrypted };
}

/**
 * A PEM private key body is plausible when it is base64 of a DER SEQUENCE (RSA, EC, PKCS#8, encrypted PKCS#8)
 * or of an OpenSSH key (`openssh-key-v1`); encrypted legacy PEM bodies are random bytes, so only size is checked.
 */
export function pemOk(block: string): boolean {
  const { body, encrypted } = pemBody(block);
  if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const der = Buffer.from(body, 'base64');
  if (/OPENSSH/.test(block.slice(0, 40))) return der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  if (encrypted && !/ENCRYPTED PRIVATE KEY/.test(block.slice(0, 40))) return der.length >= 48;
  if (der[0] !== 0x30) return false;
  const lenByte = der[1] ?? 0;
  if (lenByte < 0x80) return lenByte + 2 <= der.length + 2;
  const n = lenByte & 0x7f;
  if (n < 1 || n > 3) return false;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + (der[2 + i] ?? 0);
  // Allow a truncated copy but not a body that claims far less than it holds, except the block-cipher padding a
  // decrypted legacy key keeps (PKCS#7: 1 to 16 bytes, each holding the count).
  if (len < 32) return false;
  const extra = der.length - (len + 2 + n);
  if (extra <= 4) return true;
  return extra <= 16 && der.subarray(der.length - extra).every((b) => b === extra);
}

/** CRC-24 of OpenPGP ASCII armor (RFC 4880 §6.1): init 0xB704CE, generator 0x1864CFB. */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** The body and the `=XXXX` checksum line of an OpenPGP armored block (headers and escapes removed). */
export function pgpArmor(block: string): { body: string; checksum?: string } {
  const lines = literalLines(block)
    // A line of a string literal (`"…\n" +`): the quotes and the concatenation go, a `+` of base64 stays.
    // A line left holding only the close of a literal (`' +` once its `\n` split the line) is no body.
    .map((l) => (/^["'`]\s{0,4}[+,]?$/.test(l) ? '' : l))
    .map((l) => (/^(?:\+\s{0,4})?["'`]/.test(l) ? l.replace(/^(?:\+\s{0,4})?["'`]/, '').replace(/(?:\\n)?["'`]\s{0,4}[+,]?$/, '') : l));
  const body: string[] = [];
  let checksum: string | undefined;
  for (const line of lines.slice(1)) {
    if (line.startsWith('-----END')) break;
    if (/^[A-Za-z-]+: /.test(line)) continue;
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) {
      checksum = line.slice(1);
      continue;
    }
    body.push(line.replace(/\s+/g, ''));
  }
  return checksum === undefined ? { body: body.join('') } : { body: body.join(''), checksum };
}

/**
 * An armored `PGP PRIVATE KEY BLOCK` whose first packet is a Secret-Key packet (tag 5, old or new packet format,
 * version 3 to 6) and whose CRC-24 armor checksum, when present, matches the body (RFC 4880 §6, RFC 9580 §6.1).
 */
export function pgpPrivateKeyOk(block: string): boolean {
  const { body, checksum } = pgpArmor(block);
  if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const data = Buffer.from(body, 'base64');
  if (checksum !== undefined) {
    const want = Buffer.from(checksum, 'base64');
    if (want.length !== 3 || crc24(data) !== ((want[0]! << 16) | (want[1]! << 8) | want[2]!)) return false;
  }
  const head = data[0] ?? 0;
  if (!(head & 0x80)) return false;
  let tag: number;
  let len: number;
  let at: number;
  if (head & 0x40) {
    tag = head & 0x3f;
    const l0 = data[1] ?? 0;
    if (l0 < 192) [len, at] = [l0, 2];
    else if (l0 < 224) [len, at] = [((l0 - 192) << 8) + (data[2] ?? 0) + 192, 3];
    else if (l0 === 255) [len, at] = [data.readUInt32BE(2), 6];
    else return false;
  } else {
    tag = (head >> 2) & 0x0f;
    const type = head & 3;
    if (type === 0) [len, at] = [data[1] ?? 0, 2];
    else if (type === 1) [len, at] = [data.readUInt16BE(1), 3];
    else if (type === 2) [len, at] = [data.readUInt32BE(1), 5];
    else return false;
  }
  const version = data[at] ?? 0;
  // A truncated copy is still a leak; a packet claiming far more than the block could hold is not a key.
  return tag === 5 && version >= 3 && version <= 6 && len >= 20 && len <= 16384;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

const hrpExpand = (hrp: string): number[] => [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];

/** A Bech32 string (BIP 173, checksum constant 1) in one case throughout; age keys use it. */
export function bech32Ok(s: string): boolean {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const v = s.toLowerCase();
  const sep = v.lastIndexOf('1');
  if (sep < 1 || v.length - sep < 7) return false;
  const data: number[] = [];
  for (const c of v.slice(sep + 1)) {
    const d = BECH32.indexOf(c);
    if (d < 0) return false;
    data.push(d);
  }
  return bech32Polymod([...hrpExpand(v.slice(0, sep)), ...data]) === 1;
}

/** Bech32-encode bytes under a human-readable part (for generating well-formed test keys). */
export function bech32Encode(hrp: string, bytes: Uint8Array): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const mod = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...check].map((d) => BECH32[d]).join('')}`;
}

/**
 * The private half of a PuTTY key file (`.ppk`, versions 2 and 3): the `Private-Lines: N` count and the N base64
 * lines after it (indentation of a YAML block scalar stripped). Undefined when the count and the lines disagree.
 */
export function puttyPrivateBody(block: string): string | undefined {
  const m = /Private-Lines:[ \t]{0,4}([0-9]{1,3})\r?\n/.exec(block);
  if (!m) return undefined;
  const n = Number(m[1]);
  const lines = block
    .slice(m.index + m[0].length)
    .split(/\r?\n/)
    .slice(0, n)
    .map((l) => l.trim());
  if (n === 0 || lines.length !== n || !lines.every((l) => /^[A-Za-z0-9+/]{4,128}={0,2}$/.test(l))) return undefined;
  return lines.join('');
}
