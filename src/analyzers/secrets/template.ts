// Token-shaped strings made at run time from a fixed seed, so none sits in the repository.
// A detector's `sample` template, e.g. `ghp_{alnum:30}{crc}`, and the `{{sample}}` placeholders of examples and corpus files.
import { sample } from '../../rule.js';
import { base62, bech32Encode, crc24, crc32 } from './validators.js';

const ALPHABETS: Record<string, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  upperdigits: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerdigits: 'abcdefghijklmnopqrstuvwxyz0123456789',
  digits: '0123456789',
  b32: 'abcdefghijklmnopqrstuvwxyz234567',
  BECH32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  password: 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!+-_.~',
};

function mix(seed: number, text: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** `n` seeded random bytes. */
function bytes(n: number, seed: number): Buffer {
  const s = sample('', n * 2, ALPHABETS.hex, seed);
  return Buffer.from(s, 'hex');
}

const b64url = (b: Buffer): string => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * `{jwt}` a signed user token; `{jwt:service_role}` / `{jwt:anon}` a Supabase project key of that role;
 * `{jwt:none}` an unsigned token (`alg: none`, empty signature) that carries a password claim.
 */
function jwt(seed: number, kind = ''): string {
  const json = (o: unknown): string => b64url(Buffer.from(JSON.stringify(o)));
  const iat = 1700000000 + (seed % 1000);
  if (kind === 'none') {
    const payload = { sub: sample('svc-', 6, ALPHABETS.lower, seed), password: sample('', 20, ALPHABETS.password, seed + 2), iat };
    return `${json({ alg: 'none', typ: 'JWT' })}.${json(payload)}.`;
  }
  if (kind) {
    const payload = { iss: 'supabase', ref: sample('', 20, ALPHABETS.lower, seed), role: kind, iat, exp: iat + 315360000 };
    return `${json({ alg: 'HS256', typ: 'JWT' })}.${json(payload)}.${b64url(bytes(32, seed + 1))}`;
  }
  const sub = sample('', 10, ALPHABETS.digits, seed);
  const payload = json({ sub, name: sample('user-', 6, ALPHABETS.lower, seed), iat });
  return `${json({ alg: 'HS256', typ: 'JWT' })}.${payload}.${b64url(bytes(32, seed + 1))}`;
}

const PEM_DER_HEAD: Record<string, string> = {
  'RSA PRIVATE KEY': '308204a40201000282010100',
  'EC PRIVATE KEY': '307702010104',
  'PRIVATE KEY': '308204be020100300d06092a864886f70d0101010500048204a8',
  'ENCRYPTED PRIVATE KEY': '308204e6301c060a2a864886f70d010c0103300e',
  'DSA PRIVATE KEY': '308201bb02010002818100',
};

const sshString = (b: Buffer | string): Buffer => {
  const v = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(v.length);
  return Buffer.concat([len, v]);
};
const sshUint = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/**
 * The body of an OpenSSH private key laid out as `ssh-keygen` writes it (openssh-key-v1: cipher and KDF names,
 * one public key, the private section): `none`/`none` unencrypted, `aes256-ctr`/`bcrypt` with a passphrase. The
 * zero-padded length fields give it the long `AAAA` runs of a real key; the key bytes are seeded random.
 */
function opensshKey(kind: string, seed: number): Buffer {
  const type = kind.startsWith('rsa') ? 'ssh-rsa' : 'ssh-ed25519';
  const encrypted = kind.includes('enc');
  const pub =
    type === 'ssh-rsa'
      ? Buffer.concat([sshString(type), sshString(Buffer.from([1, 0, 1])), sshString(Buffer.concat([Buffer.from([0]), bytes(384, seed)]))])
      : Buffer.concat([sshString(type), sshString(bytes(32, seed))]);
  const check = bytes(4, seed + 7);
  let priv: Buffer = Buffer.concat([check, check, pub.subarray(0), bytes(type === 'ssh-rsa' ? 1200 : 64, seed + 3), sshString('user@host')]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  if (encrypted) priv = bytes(priv.length, seed + 11);
  const kdf = encrypted ? Buffer.concat([sshString(bytes(16, seed + 5)), sshUint(16)]) : Buffer.alloc(0);
  return Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString(encrypted ? 'aes256-ctr' : 'none'),
    sshString(encrypted ? 'bcrypt' : 'none'),
    sshString(kdf),
    sshUint(1),
    sshString(pub),
    sshString(priv),
  ]);
}

/** The base64 of `body` in lines of `width` characters (what `base64` and PEM writers emit). */
function base64Lines(body: Buffer, width: number): string[] {
  return body.toString('base64').match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
}

function armor(type: string, body: Buffer, width: number, sep: string): string {
  return [`-----BEGIN ${type}-----`, ...base64Lines(body, width), `-----END ${type}-----`].join(sep);
}

/**
 * An OpenPGP armored secret key laid out as `gpg --export-secret-keys --armor` writes it: an old-format Secret-Key
 * packet (v4, EdDSA on Ed25519, unprotected or S2K-protected), a User ID packet, and the CRC-24 line. Key bytes are
 * seeded random; `bad-crc` spoils the checksum, `pubkey` makes the first packet a Public-Key packet.
 */
function pgpKey(kind: string, seed: number): string {
  const oid = Buffer.from('092b06010401da470f01', 'hex');
  const pub = Buffer.concat([Buffer.from([4]), bytes(4, seed), Buffer.from([22]), oid, Buffer.from([0x01, 0x07, 0x40]), bytes(32, seed + 1)]);
  const secret = kind.includes('enc')
    ? Buffer.concat([Buffer.from([0xfe, 7, 3, 0xfe]), bytes(8, seed + 2), Buffer.from([0xff]), bytes(16, seed + 3), bytes(56, seed + 4)])
    : Buffer.concat([Buffer.from([0, 0, 0xff]), bytes(32, seed + 2), bytes(2, seed + 3)]);
  const body = kind.includes('pubkey') ? pub : Buffer.concat([pub, secret]);
  const uid = Buffer.from(`Build Bot <bot${seed % 100}@ci.internal>`, 'latin1');
  const tag = kind.includes('pubkey') ? 0x98 : 0x94;
  const data = Buffer.concat([Buffer.from([tag, body.length]), body, Buffer.from([0xb4, uid.length]), uid]);
  let crc = crc24(data);
  if (kind.includes('bad-crc')) crc ^= 1;
  const sum = Buffer.from([(crc >> 16) & 255, (crc >> 8) & 255, crc & 255]).toString('base64');
  return ['-----BEGIN PGP PRIVATE KEY BLOCK-----', '', ...base64Lines(data, 64), `=${sum}`, '-----END PGP PRIVATE KEY BLOCK-----'].join('\n');
}

/** An age X25519 identity as `age-keygen` writes it: Bech32 of 32 bytes under `AGE-SECRET-KEY-`, upper case. */
function ageKey(seed: number): string {
  return bech32Encode('age-secret-key-', bytes(32, seed)).toUpperCase();
}

/** DER: a tag and its content, with the shortest length form. */
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const len =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : n < 0x10000
          ? Buffer.from([0x82, n >> 8, n & 255])
          : Buffer.from([0x83, n >> 16, (n >> 8) & 255, n & 255]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

/**
 * A keystore's bytes, laid out as keytool and openssl write them, key and certificate bytes seeded random:
 * `jks` (a PrivateKeyEntry), `jkstrust` (trusted certificates only: a truststore), `jceks` (a SecretKeyEntry),
 * `p12` (a pkcs8ShroudedKeyBag in clear SafeContents, certificates in EncryptedData), `p12trust` (certBags only,
 * unencrypted), `p12enc` (EncryptedData only).
 */
export function keystoreBytes(kind: string, seed: number): Buffer {
  const utf = (s: string): Buffer => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s, 'latin1')]);
  const cert = (k: number): Buffer => der(0x30, der(0x30, der(0xa0, der(0x02, Buffer.from([2]))), der(0x02, bytes(16, seed + k)), bytes(600, seed + k + 1)));
  const date = Buffer.from('0000018c2f3a1b00', 'hex');
  if (kind.startsWith('jks') || kind.startsWith('jceks')) {
    const magic = kind.startsWith('jks') ? 'feedfeed' : 'cececece';
    let entries: Buffer[];
    if (kind === 'jkstrust') entries = [1, 2].map((k) => Buffer.concat([sshUint(2), utf(`ca-${k}`), date, utf('X.509'), sshUint(cert(k).length), cert(k)]));
    else if (kind.startsWith('jceks')) entries = [Buffer.concat([sshUint(3), utf('db-key'), date, Buffer.from('aced0005737200', 'hex'), bytes(200, seed + 3)])];
    else {
      const key = der(0x30, der(0x30, der(0x06, Buffer.from('2b060104012a02110101', 'hex'))), der(0x04, bytes(1200, seed + 4)));
      entries = [Buffer.concat([sshUint(1), utf('release'), date, sshUint(key.length), key, sshUint(1), utf('X.509'), sshUint(cert(5).length), cert(5)])];
    }
    return Buffer.concat([Buffer.from(magic, 'hex'), sshUint(2), sshUint(entries.length), ...entries, bytes(20, seed + 9)]);
  }
  const oid = (hex: string): Buffer => der(0x06, Buffer.from(hex, 'hex'));
  const data = (content: Buffer): Buffer => der(0x30, oid('2a864886f70d010701'), der(0xa0, der(0x04, content)));
  const bag = (n: number, value: Buffer): Buffer => der(0x30, oid(`2a864886f70d010c0a01${n.toString(16).padStart(2, '0')}`), der(0xa0, value));
  const encrypted = (): Buffer =>
    der(0x30, oid('2a864886f70d010706'), der(0xa0, der(0x30, der(0x02, Buffer.from([0])), der(0x30, oid('2a864886f70d010701'), bytes(900, seed + 6)))));
  const shrouded = der(0x30, der(0x30, oid('2a864886f70d01050d')), der(0x04, bytes(1220, seed + 7)));
  let safes: Buffer[];
  if (kind === 'p12trust') safes = [data(der(0x30, bag(3, cert(1)), bag(3, cert(2))))];
  else if (kind === 'p12enc') safes = [encrypted()];
  else safes = [encrypted(), data(der(0x30, bag(2, shrouded)))];
  const mac = der(
    0x30,
    der(0x30, der(0x30, oid('608648016503040201')), der(0x04, bytes(32, seed + 8))),
    der(0x04, bytes(8, seed + 9)),
    der(0x02, Buffer.from([0x08, 0x00])),
  );
  return der(0x30, der(0x02, Buffer.from([3])), data(der(0x30, ...safes)), mac);
}

/** A PEM block with a plausible DER body; `sep` joins lines (`\n`, or a literal `\\n` for JSON strings). */
function pem(type: string, seed: number, sep: string): string {
  let der: Buffer;
  if (type === 'OPENSSH PRIVATE KEY') der = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), bytes(380, seed)]);
  else {
    const head = PEM_DER_HEAD[type] ?? PEM_DER_HEAD['PRIVATE KEY']!;
    const total = type === 'EC PRIVATE KEY' ? 0x79 : parseInt(head.slice(4, 8), 16) + 4;
    const headBuf = Buffer.from(head, 'hex');
    der = Buffer.concat([headBuf, bytes(Math.max(0, total - headBuf.length), seed)]);
  }
  return armor(type, der, 64, sep);
}

/**
 * Expand a sample template. Segments: `{alnum:N}` (and the other alphabets above), `{crc}` (base62 CRC-32 of what
 * follows the 4-character prefix, GitHub/npm style), `{jwt}`, `{pem:TYPE}`, `{pemjson:TYPE}` (`\n` escaped).
 */
export function expandTemplate(template: string, seed = 0): string {
  let out = '';
  let i = 0;
  let segment = 0;
  const re = /\{(\w+)(?::([^}]*))?\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    out += template.slice(i, m.index);
    i = m.index + m[0].length;
    const kind = m[1]!;
    const arg = m[2] ?? '';
    const s = mix(seed, `${template}#${segment++}`);
    if (kind === 'crc') out += base62(crc32(out.slice(4)));
    else if (kind === 'jwt') out += jwt(s, arg);
    else if (kind === 'pem') out += pem(arg, s, '\n');
    else if (kind === 'pemjson') out += pem(arg, s, '\\n');
    // `{sshkey:ed25519}`, `{sshkey:rsa}`, `{sshkey:ed25519enc}` (passphrase), `{sshkey:ed25519yaml}` (lines indented
    // by two spaces, as inside a YAML block scalar).
    else if (kind === 'sshkey') out += armor('OPENSSH PRIVATE KEY', opensshKey(arg, s), 70, arg.endsWith('yaml') ? '\n  ' : '\n');
    else if (kind === 'pgpkey') out += pgpKey(arg, s);
    else if (kind === 'agekey') out += ageKey(s);
    // `{keystore:jks}` and the other kinds of keystoreBytes, base64 in lines of 76 (what `base64` writes).
    else if (kind === 'keystore') out += base64Lines(keystoreBytes(arg, s), 76).join('\n');
    else if (ALPHABETS[kind]) out += sample('', Number(arg), ALPHABETS[kind], s);
    else throw new Error(`unknown sample segment {${kind}} in "${template}"`);
  }
  return out + template.slice(i);
}

export type SampleLookup = (id: string, seed: number) => string;

/**
 * Replace `{{sample}}`, `{{sample:ID}}`, `{{sample:ID:SEED}}` and `{{gen:ALPHABET:N[:SEED]}}` placeholders.
 * `self` is the detector id that a bare `{{sample}}` refers to.
 */
export function expandPlaceholders(text: string, lookup: SampleLookup, self?: string): string {
  return text.replace(/\{\{(sample|gen)(?::([\w/.-]+))?(?::([\w]+))?(?::(\d+))?\}\}/g, (all, what: string, a?: string, b?: string, c?: string) => {
    if (what === 'gen') {
      if (!a || !b) throw new Error(`bad placeholder ${all}`);
      return expandTemplate(`{${a}:${b}}`, Number(c ?? 0));
    }
    const id = a ?? self;
    if (!id) throw new Error(`placeholder ${all} needs a detector id`);
    return lookup(id.startsWith('secret/') ? id : `secret/${id}`, Number(b ?? 0));
  });
}
