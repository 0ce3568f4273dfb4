// The generic detector's judgement: which names are a secret's, and which assigned values look like one.
import {
  charClasses,
  constantName,
  decodedBase64,
  entropy,
  humanWords,
  isFixtureLike,
  isIntegrityHash,
  isPlaceholder,
  isReference,
  typeExpression,
  UUID,
} from './filters.js';

// Identifier words that make a name a secret's name, and last words that make it something about a secret instead.
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'pass',
  'secret',
  'token',
  'credential',
  'credentials',
  'apikey',
  'bearer',
  'pw',
  'passcode',
]);
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'signing',
  'encryption',
  'master',
  'client',
  'app',
  'service',
  'license',
  'webhook',
  'session',
  'jwt',
  'hmac',
  'crypto',
  'cipher',
  'account',
  'admin',
]);
const NOT_SECRET_LAST = new Set(
  'url uri urls endpoint endpoints path paths file files filename dir directory name names type types length len count size id ids field fields label labels placeholder prompt hint header headers param params regex regexp pattern format version expiry expires expiration ttl timeout limit policy prefix suffix mode enabled enable disabled required min max hash hashed validator validation strength reset confirm confirmation input class classname style icon text message messages error errors env var variable key_id keyid location provider providers store storage manager service kind source ref reference arn algorithm alg method schema option options index key name'.split(
    ' ',
  ),
);

// Environment variables tools read a password from, spelled as one word (libpq's `PGPASSWORD`, `sshpass -e`'s `SSHPASS`).
const GLUED: Record<string, string[]> = { pgpassword: ['pg', 'password'], sshpass: ['ssh', 'pass'] };

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when an identifier names a secret (`DB_PASSWORD`, `apiKey`, `client_secret`) rather than something about one. */
export function secretName(name: string): boolean {
  const w = words(name.replace(/^.*[.[\]]/, '') || name).flatMap((x) => GLUED[x] ?? [x]);
  if (!w.length) return false;
  const last = w[w.length - 1]!;
  let hit = false;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (SECRET_WORDS.has(x)) hit = true;
    else if (x === 'key' && i > 0 && KEY_QUALIFIERS.has(w[i - 1]!)) hit = true;
    else if (x === 'auth' && (i === w.length - 1 || ['token', 'key', 'secret', 'pass', 'password'].includes(w[i + 1]!))) hit = true;
  }
  if (!hit) return false;
  if (w.includes('public') || w.includes('publishable')) return false;
  // Anti-forgery tokens are sent to every visitor of the page that holds them.
  if (w.includes('csrf') || w.includes('xsrf') || w.includes('authenticity')) return false;
  if (NOT_SECRET_LAST.has(last) && !(last === 'key' && w.length > 1 && KEY_QUALIFIERS.has(w[w.length - 2]!))) return false;
  if (
    ['max', 'min', 'num', 'is', 'has', 'show', 'use', 'allow', 'require', 'no', 'with', 'without', 'should', 'can', 'get', 'set', 'on'].includes(w[0]!) &&
    w.length > 1
  )
    return false;
  return true;
}

/** The identifier ending at or spanning `at`: word characters, `.`, `-`, brackets and quotes of `a["b"]`. */
export function nameAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && /[\w.$-]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && /[\w.$-]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** A value that is code, not a literal: a dotted path, a call, a camelCase or snake_case word. */
export function looksLikeCode(v: string): boolean {
  // `config.db.password`, `this.token`, `settings.API_KEY`: a lowercase root and no digits inside words.
  // (optional chaining reads the same: `config.db?.password`)
  const path = v.replace(/\?\./g, '.');
  const dotted = /^[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:\(\)?)?$/.test(path) && !/[0-9][A-Za-z]/.test(path);
  return (
    dotted ||
    /^[a-z]+(?:[A-Z][a-z]+)+$/.test(v) ||
    /^(?:[a-z]+|[A-Z](?:[a-z]+|[A-Z]*))(?:[_-](?:[a-z]+|[A-Z](?:[a-z]+|[A-Z]*)))+$/.test(v) ||
    /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(v) ||
    /^[a-z]+$/.test(v) ||
    /^[A-Z][A-Za-z]*<[A-Za-z]/.test(v) ||
    // PowerShell Verb-Noun (`ConvertTo-SecureString`)
    /^[A-Z][a-z]+[A-Za-z]*-[A-Z][a-z]+[A-Za-z]*$/.test(v) ||
    /[()[\]{}]/.test(v)
  );
}

export function genericValueOk(v: string, path: string, name: string): boolean {
  if (v.length < 8 || v.length > 200) return false;
  if (/^\d+$/.test(v) || UUID.test(v) || isIntegrityHash(v)) return false;
  // Password hashes (bcrypt, argon2, crypt(3) SHA) are what a login stores, not what it sends.
  if (/^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|y)\$/.test(v)) return false;
  // Keys their providers publish for clients (Stripe publishable keys, PostHog project keys).
  if (/^(?:pk_(?:live|test)_|phc_)[A-Za-z0-9]{16,}$/.test(v)) return false;
  // A URL without credentials (`REDIS_CREDENTIALS=redis://cache:6379`, `AUTH_URL=ldap://…`) names a server; one with
  // `user:password@` is the URL detectors' to judge.
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@]*$/i.test(v)) return false;
  if (/^(?:https?|file|ftp):\/\//i.test(v) || /^[./~]{1,2}\//.test(v) || /^[A-Za-z]:\\/.test(v)) return false;
  // Not ASCII: prose (CJK has no spaces to tell it apart), never a credential format.
  if (/[^\x21-\x7e]/.test(v)) return false;
  // Absolute paths (`/secrets/gcp.json`, `/run/secrets/db_password`).
  if (/^(?:\/[\w.@-]+){2,}\/?$/.test(v) && (/\.[a-z]{2,5}$/i.test(v) || /^(?:\/[a-z0-9_.@-]+)+\/?$/.test(v))) return false;
  if (/^\/[\w.@-]+\.(?:json|ya?ml|pem|key|p12|txt|env|conf|cfg|ini|toml|xml)$/i.test(v)) return false;
  if (constantName(v) || typeExpression(v)) return false;
  // An upper-case field name standing in a template (`brd-customer-CUSTOMER_ID-zone-ZONE_NAME:PASSWORD`).
  if (/(?:^|[^A-Za-z0-9_])(?:PASSWORD|PASSWD|TOKEN|SECRET|API_KEY|APIKEY|USERNAME|CUSTOMER_ID|ACCOUNT_ID)(?![A-Za-z0-9_])/.test(v)) return false;
  if (/^[0-9a-f]{40}$/i.test(v) && /sha|commit|rev|hash|ref/i.test(name)) return false;
  if (/^[0-9a-f]{7,64}$/i.test(v) && /sha|commit|hash|digest|checksum|integrity/i.test(name)) return false;
  // (`env.AUTH_SECRET!`: TypeScript's non-null assertion after a reference)
  if (looksLikeCode(v.replace(/!$/, '').replace(/^!/, '')) || humanWords(v)) return false;
  const decoded = decodedBase64(v);
  if (decoded !== undefined && (isPlaceholder(decoded) || humanWords(decoded) || isReference(decoded))) return false;
  // File paths (`secrets/service-account.json`) and constants made of words (`__WEBPACK_MODULE__`).
  if (/^[\w.-]+(?:\/[\w.-]+)+$/.test(v) && /\.[a-z]{2,5}$/i.test(v)) return false;
  // Lowercase slugs and namespaces (`app/auth-token`, `flowguard/v1/salt`, `claude-3-7-sonnet-20250219`) name things:
  // words with trailing digits or whole-number parts, never letters and digits mixed inside a part.
  if (/^[a-z]+\d*(?:[/._:-](?:[a-z]+\d*|\d+))+$/.test(v)) return false;
  if (/^[A-Za-z_.-]+$/.test(v) && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(v.replace(/^[A-Z][a-z]/, ''))) return false;
  const h = entropy(v);
  const classes = charClasses(v);
  const bump = isFixtureLike(path) ? 0.3 : 0;
  if (v.length < 12) return classes >= 3 && h >= 2.9 + bump;
  if (v.length < 20) return classes >= 2 && h >= 3.1 + bump;
  return classes >= 2 ? h >= 3.5 + bump : h >= 4.2 + bump;
}
