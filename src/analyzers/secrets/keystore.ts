// Keystore files (PKCS#12 `.p12`/`.pfx`, Java `JKS` and `JCEKS`) recognised by their format, not their name: a
// binary keystore never reaches the text rules (the scan skips binary files), so the file-level detector reads
// the head of each candidate file itself. A keystore that base64 text holds whole (`release.jks.b64`, as CI guides
// store it) is the same file. Nothing of the content is ever reported: only the format and what kind of entry it
// holds.

/** What a keystore holds, as far as its unencrypted structure tells. */
export type KeystoreContents = 'private-key' | 'secret-key' | 'encrypted' | 'certificates' | 'unknown';

export interface KeystoreInfo {
  format: 'PKCS#12' | 'JKS' | 'JCEKS';
  contents: KeystoreContents;
}

/** Largest keystore read whole (real ones are a few KiB; a bundle of CAs some hundred). */
export const KEYSTORE_MAX_BYTES = 4 * 1024 * 1024;

const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;

// DER of the OIDs that matter (tag 06, length, value).
const OID_PKCS7_DATA = Buffer.from('06092a864886f70d010701', 'hex');
const OID_PKCS7_SIGNED = Buffer.from('06092a864886f70d010702', 'hex');
const OID_PKCS7_ENCRYPTED = Buffer.from('06092a864886f70d010706', 'hex');
const OID_PKCS7_ENVELOPED = Buffer.from('06092a864886f70d010703', 'hex');
/** pkcs-12 bag types 1.2.840.113549.1.12.10.1.n: 1 keyBag, 2 pkcs8ShroudedKeyBag, 3 certBag, 5 secretBag. */
const BAG_PREFIX = Buffer.from('060b2a864886f70d010c0a01', 'hex');

/**
 * The DER/BER header at `at`: the content's start and, for a definite length, its end (-1 for indefinite).
 * Undefined when the bytes are no valid header.
 */
function tlv(buf: Buffer, at: number): { tag: number; start: number; end: number } | undefined {
  if (at + 2 > buf.length) return undefined;
  const tag = buf[at]!;
  const first = buf[at + 1]!;
  if (first < 0x80) return { tag, start: at + 2, end: at + 2 + first };
  if (first === 0x80) return { tag, start: at + 2, end: -1 };
  const n = first & 0x7f;
  if (n > 4 || at + 2 + n > buf.length) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + buf[at + 2 + i]!;
  // DER uses the shortest form: a long form for a short length is not what a PKCS#12 writer emits.
  if (len < 0x80) return undefined;
  return { tag, start: at + 2 + n, end: at + 2 + n + len };
}

/** PFX ::= SEQUENCE { version INTEGER 3, authSafe ContentInfo (data or signedData), … } at the buffer's start. */
function pkcs12(buf: Buffer): KeystoreInfo | undefined {
  const pfx = tlv(buf, 0);
  if (!pfx || pfx.tag !== 0x30 || pfx.start + 3 > buf.length) return undefined;
  // Nothing fits a keystore in under 100 bytes, and a definite length must be the file (or most of it, for a head).
  if (pfx.end !== -1 && pfx.end < 100) return undefined;
  if (buf[pfx.start] !== 0x02 || buf[pfx.start + 1] !== 0x01 || buf[pfx.start + 2] !== 0x03) return undefined;
  const auth = tlv(buf, pfx.start + 3);
  if (!auth || auth.tag !== 0x30) return undefined;
  const oid = buf.subarray(auth.start, auth.start + OID_PKCS7_DATA.length);
  if (!oid.equals(OID_PKCS7_DATA) && !oid.equals(OID_PKCS7_SIGNED)) return undefined;
  // The bag types of unencrypted SafeContents sit in the clear; encrypted ones hide theirs.
  const bag = (n: number): boolean => buf.includes(Buffer.concat([BAG_PREFIX, Buffer.from([n])]));
  let contents: KeystoreContents;
  if (bag(1) || bag(2)) contents = 'private-key';
  else if (bag(5)) contents = 'secret-key';
  else if (buf.includes(OID_PKCS7_ENCRYPTED) || buf.includes(OID_PKCS7_ENVELOPED)) contents = 'encrypted';
  else if (bag(3)) contents = 'certificates';
  else contents = 'unknown';
  return { format: 'PKCS#12', contents };
}

/**
 * JKS / JCEKS: magic, version 1 or 2, entry count, then the entries (tag 1 private key, 2 trusted certificate,
 * 3 secret key in JCEKS). Entries are walked while the bytes allow; a truncated or odd entry leaves `unknown`.
 */
function javaKeystore(buf: Buffer): KeystoreInfo | undefined {
  if (buf.length < 12) return undefined;
  const magic = buf.readUInt32BE(0);
  if (magic !== JKS_MAGIC && magic !== JCEKS_MAGIC) return undefined;
  const format = magic === JKS_MAGIC ? 'JKS' : 'JCEKS';
  const version = buf.readUInt32BE(4);
  if (version !== 1 && version !== 2) return undefined;
  const count = buf.readUInt32BE(8);
  if (count > 100000) return undefined;
  let at = 12;
  let certificates = 0;
  const u32 = (): number | undefined => {
    if (at + 4 > buf.length) return undefined;
    const v = buf.readUInt32BE(at);
    at += 4;
    return v;
  };
  const skipUtf = (): boolean => {
    if (at + 2 > buf.length) return false;
    at += 2 + buf.readUInt16BE(at);
    return at <= buf.length;
  };
  const skipBlob = (): boolean => {
    const n = u32();
    if (n === undefined || at + n > buf.length) return false;
    at += n;
    return true;
  };
  const skipCert = (): boolean => (version === 2 ? skipUtf() : true) && skipBlob();
  for (let i = 0; i < count; i++) {
    const tag = u32();
    if (tag === 1) return { format, contents: 'private-key' };
    if (tag === 3 && format === 'JCEKS') return { format, contents: 'secret-key' };
    if (tag !== 2) return { format, contents: 'unknown' };
    // alias, creation date (8 bytes), certificate
    if (!skipUtf() || at + 8 > buf.length) return { format, contents: 'unknown' };
    at += 8;
    if (!skipCert()) return { format, contents: 'unknown' };
    certificates++;
  }
  return { format, contents: certificates ? 'certificates' : 'unknown' };
}

/** The keystore a file's bytes are, or undefined. */
export function keystoreOf(buf: Buffer): KeystoreInfo | undefined {
  if (buf.length < 12) return undefined;
  if (buf[0] === 0x30) return pkcs12(buf);
  if (buf[0] === 0xfe || buf[0] === 0xce) return javaKeystore(buf);
  const text = base64Body(buf);
  if (text === undefined) return undefined;
  const decoded = Buffer.from(text, 'base64');
  if (decoded[0] === 0x30) return pkcs12(decoded);
  if (decoded[0] === 0xfe || decoded[0] === 0xce) return javaKeystore(decoded);
  return undefined;
}

/** Base64 whose first bytes decode to a keystore's magic: `MII` (DER SEQUENCE), `/u3+7Q` (JKS), `zs7Ozg` (JCEKS). */
const BASE64_HEAD = /^\s{0,64}(?:MI[I-L]|\/u3\+7Q|zs7Ozg)/;

/** The base64 of a text file that is nothing but base64 (lines of it, `=` padding), or undefined. */
function base64Body(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 80).toString('latin1');
  if (!BASE64_HEAD.test(head)) return undefined;
  const text = buf.toString('latin1').replace(/\s+/g, '');
  if (text.length < 128 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  return text;
}

/** Whether the first bytes of a file could start a keystore (binary magic or base64 of one): cheap, on a head. */
export function mayBeKeystore(head: Buffer): boolean {
  if (head.length < 4) return false;
  const b = head[0]!;
  if (b === 0x30) return head[1]! === 0x80 || (head[1]! >= 0x81 && head[1]! <= 0x84);
  if (b === 0xfe) return head.readUInt32BE(0) === JKS_MAGIC;
  if (b === 0xce) return head.readUInt32BE(0) === JCEKS_MAGIC;
  return BASE64_HEAD.test(head.subarray(0, 80).toString('latin1'));
}

// Files never worth a look: source, markup, data and media formats that a keystore is not saved as.
const NOT_KEYSTORE =
  /\.(?:[cm]?[jt]sx?|json[c5]?|md|mdx|markdown|rst|ya?ml|toml|ini|cfg|conf|properties|env|html?|css|s[ac]ss|less|svg|png|jpe?g|gif|webp|avif|ico|bmp|tiff?|woff2?|ttf|otf|eot|map|lock|py|pyi|go|rs|java|kt|kts|scala|groovy|gradle|rb|php|c|h|cc|cpp|hpp|cs|swift|m|mm|dart|lua|sql|sh|bash|zsh|ps1|bat|vue|svelte|astro|xml|csv|tsv|log|snap|mp[34]|wav|ogg|webm|mov|avi|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|wasm|so|dylib|dll|exe|node|pyc|pem|crt|cer|pub|asc|gpg|sig|patch|diff|tex|txt)$/i;

/** Whether a file is worth reading the head of: not of a known non-keystore format, of a keystore's size. */
export function keystoreCandidate(path: string, size: number): boolean {
  if (size < 100 || size > KEYSTORE_MAX_BYTES) return false;
  // (a `.txt` or `.b64` file may hold a base64 keystore: only `.txt` named like one is read)
  if (/\.txt$/i.test(path)) return /(?:keystore|\.p12|\.pfx|\.jks|\.jceks)/i.test(path);
  return !NOT_KEYSTORE.test(path);
}
