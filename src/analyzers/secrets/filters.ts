// False-positive filters: what a value looks like when it is not a secret.
import { entropy } from '../../core/entropy.js';
import { createHash } from '../../core/lazy.js';

export { entropy };

/** How many of lower, upper, digit, other the value uses. */
export function charClasses(s: string): number {
  return (/[a-z]/.test(s) ? 1 : 0) + (/[A-Z]/.test(s) ? 1 : 0) + (/[0-9]/.test(s) ? 1 : 0) + (/[^A-Za-z0-9]/.test(s) ? 1 : 0);
}

// A run of x is a placeholder in one case (`xxxx`, `XXXX`); `xXXx` turns up in random base62 by chance.
const X_RUN = /x{4,}|X{4,}/;
const PLACEHOLDER_WORDS =
  /\*{3,}|\.{3}|…|your[-_ ]?|my[-_]?(?:api|secret|token|key|pass)|changeme|change[-_]?me|replace[-_]?(?:me|with|this)|placeholder|redacted|dummy|example|sample|insert[-_]|todo|fixme|fake|mock|bogus|not[-_]?a[-_]?real|<[^>]{1,60}>|\[[a-z _-]{3,40}\]|\^[A-Z]{3,10}\^|^(?:none|null|nil|undefined|true|false|empty|string|secret|password|token|test|tests|testing|foo|bar|baz|abc|xyz)$/i;

// Common default or demo passwords, compared on the value's letters only (`Password123!` → `password`).
const WEAK = new Set(
  'password passwd pass pwd secret secrets changeme admin administrator root toor test tester testing example sample dummy default letmein qwerty welcome token apikey apitoken key yourpassword mypassword mysecret foobar foo bar baz hunter abc abcdef guest user demo local localhost postgres mysql redis rabbit guest'.split(
    ' ',
  ),
);

/** Runs like `aaaaaaaa`, `12345678`, `abcdefgh` or a short unit repeated (`abcabcabc`). */
export function repetitive(s: string): boolean {
  if (s.length < 4) return true;
  if (/^(.)\1+$/.test(s)) return true;
  if (/(.)\1{5,}/.test(s)) return true;
  let asc = 0;
  let desc = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d === 1) asc++;
    if (d === -1) desc++;
  }
  if (asc >= s.length * 0.6 || desc >= s.length * 0.6) return true;
  // A typed run of the alphabet or of digits inside a value (`…-klmnopqrstuvw-…`, `abcdefgh12345678`): 8 ascending
  // characters in a row turn up in random base62 about once in 10^12 positions.
  if (/[a-z]{8}|[A-Z]{8}|[0-9]{8}/.test(s) && ascendingRun(s) >= 8) return true;
  for (let unit = 1; unit <= 8; unit++) {
    if (s.length >= unit * 3 && s.length % unit === 0 && s.slice(0, unit).repeat(s.length / unit) === s) return true;
  }
  return false;
}

/** The longest run of characters each one code point above the one before (`lmnop` → 5). */
function ascendingRun(s: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    run = s.charCodeAt(i) - s.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * A key body (base64 of DER or of an OpenSSH key) that is a placeholder: placeholder words at its start, or too few
 * distinct characters over the whole body. Not `isPlaceholder` of its first characters: real keys start with
 * structure (an OpenSSH key's zero-padded length fields read `AAAAAAAA`), which is not repetition of a dummy.
 */
export function keyBodyPlaceholder(body: string): boolean {
  return PLACEHOLDER_WORDS.test(body.slice(0, 64)) || X_RUN.test(body.slice(0, 64)) || entropy(body) < 4.2;
}

// Markers that stand in for a value: Flowise's `_FLOWISE_BLANK_<uuid>` (a redacted credential), and the like.
const MARKER_UUID = /^_?(?:[A-Z0-9]+_){0,4}(?:BLANK|EMPTY|UNSET|MASKED?|HIDDEN|REDACTED)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// OpenAI-style placeholders: `sk-my-…`, `sk-your-…`, `sk-myOpenAIKey…`, `sk-xxx…` (also after `proj-`, `svcacct-`, `admin-`).
const SK_PLACEHOLDER = /^sk-(?:(?:proj|svcacct|admin)-)?(?:(?:my|your)(?:[-_]|(?:open)?ai|api|secret|key|token)|x{3}|X{3})/i;

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || X_RUN.test(value)) return true;
  if (MARKER_UUID.test(value) || SK_PLACEHOLDER.test(value)) return true;
  if (repetitive(value)) return true;
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  if (WEAK.has(letters)) return true;
  return false;
}

// Words people type into demo and test credentials; leetspeak is undone first (`P@ssw0rd` → `password`).
const HUMAN_WORDS =
  /password|postgres|mysql|mongo|redis|rabbit|hasura|passwd|passphrase|secret|testing|test|example|sample|dummy|fake|mock|demo|changeme|change|admin|root|default|local|development|dev|production|prod|staging|placeholder|token|apikey|api|key|super|secure|hello|world|qwerty|letmein|welcome|user|guest|pass|my|your|foo|bar|baz|insert|here|value|abc|xyz|db|app|service|client|access|private|public|random|string/g;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** A value built from dictionary words with digits and punctuation (`SuperSecret123!`, `test-password-1`). */
export function humanWords(value: string): boolean {
  const norm = value.toLowerCase().replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
  const stripped = norm.replace(HUMAN_WORDS, '');
  if (stripped.length === norm.length) return false;
  return stripped.replace(/[^a-z]/g, '').length <= 3;
}

/** What decoded base64 must be to count as text: one line of printable ASCII, printable ASCII with tabs and line
 * breaks, or UTF-8 with no control character but whitespace. */
export type Base64Text = 'line' | 'lines' | 'utf8';

/**
 * The one base64 reader of the secrets pass: the text a value decodes to, or undefined when it is not base64
 * (`urlSafe`: also `-` and `_`, and any length) or decodes to binary. Generic values and `Basic` credentials read
 * `line`, code literals `lines` (URL-safe), Kubernetes `data:` values `utf8`.
 */
export function decodedBase64(value: string, as: Base64Text = 'line', urlSafe = false): string | undefined {
  if (urlSafe ? !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) : value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(urlSafe ? value.replace(/-/g, '+').replace(/_/g, '/') : value, 'base64');
  const text = bytes.toString(as === 'utf8' ? 'utf8' : 'latin1');
  const ok = as === 'line' ? /^[\x20-\x7e]+$/ : as === 'lines' ? /^[\t\n\r\x20-\x7e]*$/ : /^[^\x00-\x08\x0e-\x1f\x7f\uFFFD]+$/;
  return ok.test(text) ? text : undefined;
}

export function isReference(value: string): boolean {
  // Secret-manager references: Vault, 1Password, AWS ARNs, GCP Secret Manager, SOPS/helm-secrets style URIs.
  if (
    /^(?:vault|op|sm|ssm|awssm|gcpsm|azkv|secretsmanager|resolve|ref\+[a-z]+):/i.test(value) ||
    /^arn:aws/.test(value) ||
    /^projects\/[^/]+\/secrets\//.test(value)
  )
    return true;
  // Azure App Service Key Vault references, CloudFormation dynamic references.
  if (/^@Microsoft\.KeyVault\(/i.test(value) || /\{\{resolve:/.test(value)) return true;
  return /\$\{|\$\(|^\$[A-Za-z_]|\{\{|%[A-Za-z_][A-Za-z0-9_]*%|process\.env|import\.meta\.env|Bun\.env|Deno\.env|os\.environ|os\.getenv|getenv\(|#\{|ENV\[|System\.getenv|env\(/.test(
    value,
  );
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Hashes (sha256, hex) of keys published in provider documentation; keeping hashes keeps the repo free of token strings. */
// AWS docs' AKIAIOSFODNN7EXAMPLE and its secret are caught by the EXAMPLE filter.
const DOCUMENTED = new Set([
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606', // jwt.io's example token (John Doe)
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326', // Stripe API reference test key
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397', // Stripe docs test key
  '7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09', // Stripe docs test key
  'bc3ae723f57c6b9e3fd80b699fcc420f6074b0b1718039669d22631d508ac0a7', // GitHub docs OAuth token example
  '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb', // Slack docs bot token example
  '02091175c1ae3023fb1e92ff16e1a5ca44dcd9f449916770f7d4eb192092e273', // SendGrid docs key example
  '9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d', // Mailgun docs API key
  '02f7ce3c263f85c019eeeeea4b08f1b7f6ade2b7a2199c14f3efdac0eef382e1', // discord.js guide bot token
  '74170575123fcbfc8a830f337f5f67000e6f0933c6e39c30b727d2d8155b2dcd', // Google Maps docs API key
  // Public API keys of the Firebase Android SDK's examples and test apps (16 keys)
  '27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045',
  '49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0',
  'a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41',
  '8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1',
  '37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619',
  'eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1',
  '2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4',
  '3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665',
  '4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583',
  'ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d',
  '3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682',
  'a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6',
  'e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9',
  'dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614',
  'f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c',
  '0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c',
  '1e48247fd949c4226084b0bd4f1ba6f4ce6b0a352f81eae3fadce6f9b7723780', // Mailchimp SDK docs API key (the part before -us<N>)
  '213f90b544c037143bd8e493d2bf92db5ec345829251be9fe33a0b7faa473658', // the same key with its -us<N> suffix (as a generic value)
  'a0702bc91d699f600970f4dc4992b13ede1a29d49fa0942dd4bed2b5e4b1016e', // NuGet docs: the ClearTextPassword example of nuget.config
  'dba72c00f41f4e4c435e2491a5e1ce0140c7b5a6a498dc4847396b5e6368970c', // NuGet docs: the other packageSourceCredentials example password
  '0a2ce05e867b7ca38f16af06744ae3be36159f7e2491d88e14002d1c5c9d570e', // Neon API reference: the create-API-key example response
  // Doppler's "Auth Token Formats" page: one example body under each prefix
  '8af2d6a88e58f83220068c66d07e7db4b68a69803f820d238f3ad95f6531f861', // dp.ct.
  'd2b8c529258c39495e2fd50b2126066383399639f92f78474df43a763b000473', // dp.pt.
  '778f894c0023f94df99cbc860e4cbd126000741c0cf989d03d8997aadd1b1b83', // dp.sa.
  '0d648df92c0acdebabeaac5acbdeb28a09284e911ebc5ad6b707e7e2f0bd468a', // dp.said.
  'da5e53905ccf2d6218ed1e7b3dc98eb39b2eb4ce9804fc7527e13703158d5662', // dp.scim.
  '05274bd7e713fb2ae14b019564e614bf343ec41c5a7126cd9d3a4600ae5ce288', // dp.audit.
  '8ac8a3706abe2cb2e44ab004d311a7171110cf130c95ce1ac434e50ae244832f', // dp.st.dev.
]);

export function documentedExample(value: string): boolean {
  if (/EXAMPLE/.test(value)) return true;
  return DOCUMENTED.has(createHash('sha256').update(value).digest('hex'));
}

const LOCKFILES =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|flake\.lock|deno\.lock|uv\.lock)$/;
export function isLockfile(path: string): boolean {
  return LOCKFILES.test(path);
}

/** Test fixtures, examples and templates: values there must look more random before they count. */
export function isFixtureLike(path: string): boolean {
  return (
    /(?:^|\/)(?:tests?|__tests__|specs?|fixtures?|__fixtures__|mocks?|__mocks__|examples?|samples?|testdata)\//i.test(path) ||
    /\.(?:test|spec)\.[a-z]+$/i.test(path) ||
    isTemplateEnv(path)
  );
}

export function isTemplateEnv(path: string): boolean {
  return /(?:^|\/)[^/]*\.(?:example|sample|template|tmpl|dist|defaults?)(?:\.[a-z]+)?$/i.test(path) || /(?:^|\/)(?:example|sample|template)\.env$/i.test(path);
}

/** Integrity hashes (`sha512-…`), base64 digests and SRI strings. */
export function isIntegrityHash(value: string): boolean {
  return /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+=*$/.test(value);
}

/**
 * An upper-snake constant name written where a value goes (`SECRET_STRUCTURED_OUTPUT_4207`, `AZURE_AD_B2C_SECRET`):
 * words (each with a vowel, or an acronym of up to 4), short letter-digit parts (`B2C`, `S3`) and numbers.
 */
export function constantName(value: string): boolean {
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false;
  const parts = value.split('_');
  let words = 0;
  for (const p of parts) {
    // (a word may end in a version or a digit: `CONTEXT7`, `OAUTH2`, `S3`)
    if (/^[A-Z]+[0-9]{0,2}$/.test(p)) {
      if (p.replace(/[0-9]+$/, '').length > 4 && !/[AEIOUY]/.test(p)) return false;
      words++;
    } else if (!/^\d+$/.test(p) && p.length > 4) return false;
  }
  return words >= 2 && words * 2 >= parts.length;
}

/** Type names and unions written where a value goes (`Uint8Array`, `PrivateKey|Uint8Array|String`). */
export function typeExpression(value: string): boolean {
  const part =
    /^(?:(?:Big)?(?:Uint|Int|Float)(?:8|16|32|64)(?:Clamped)?Array|ArrayBuffer|SharedArrayBuffer|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:<[^<>]{1,40}>|\[\])?|string|number|boolean|bigint|object|null|undefined|any|unknown)$/;
  const parts = value.split('|');
  return parts.every((p) => part.test(p.trim())) && (parts.length > 1 || /\d/.test(value));
}

/** Translation catalogues: their values are prose in any script, never credentials. */
export function isLocaleFile(path: string): boolean {
  return (
    /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|translations?)\//i.test(path) ||
    /\.(?:po|pot|xliff|xlf|arb|strings|resx)$/i.test(path) ||
    /(?:^|\/)(?:messages|strings|translations?)(?:[._-][A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?)?\.(?:json|ya?ml|properties)$/i.test(path)
  );
}

/** Documentation: README files, Markdown and reST pages, docs folders. */
export function isDocs(path: string): boolean {
  return /(?:^|\/)(?:docs?|documentation)\//i.test(path) || /\.(?:md|mdx|markdown|rst|adoc|txt)$/i.test(path) || /(?:^|\/)README[^/]*$/i.test(path);
}

/** Why a weakly typed finding (a generic value, a URL or header password) in this file is a low one, if it is. */
export function lowReason(path: string): string | undefined {
  if (/(?:^|\/)(?:tests?|__tests__|specs?|e2e|fixtures?|__fixtures__|mocks?|__mocks__|testdata)\//i.test(path) || /[._-](?:test|spec)\.[a-z]+$/i.test(path))
    return 'in a test file: likely a test credential';
  if (isDocs(path)) return 'in documentation: likely an example value';
  if (/(?:^|\/)(?:examples?|samples?|demos?)\//i.test(path) || isTemplateEnv(path)) return 'in an example: likely a sample value';
  return undefined;
}

/**
 * A value inside a Markdown document held in a JSON or YAML string (a skill, prompt or docs page exported as data:
 * escaped newlines and a code fence earlier on the same line) is an example, as it would be in the `.md` file.
 * Reads back at most 20,000 characters.
 */
export function inEmbeddedDocs(path: string, text: string, at: number): boolean {
  if (!/\.(?:json|jsonl|ndjson|ya?ml)$/i.test(path)) return false;
  const window = text.slice(Math.max(0, at - 20000), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return /\\n(?:\\`){3}|\\n```|\\n#{1,6} /.test(before);
}
