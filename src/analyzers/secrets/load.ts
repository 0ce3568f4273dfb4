// The secret detectors are data (rules/secret/*.yaml); this loader checks them, builds one shared engine and
// turns each detector into a TextRule with generated examples. The registry (rules/index.ts) lists its rules.
import { SecretEngine, type SecretHit } from './engine.js';
import { compilePack, type Detector, type Syntax, SYNTAXES } from './pack.js';
import { inEmbeddedDocs, lowReason } from './filters.js';
import { expandPlaceholders, expandTemplate } from './template.js';
import { compileFileDetectors, fileRule, type FileDetectorSpec } from './file-rules.js';
import type { Example, Rule, TextContext, TextRule } from '../../rule.js';
import ai from '../../../rules/secret/ai.yaml';
import cloud from '../../../rules/secret/cloud.yaml';
import generic from '../../../rules/secret/generic.yaml';
import keys from '../../../rules/secret/keys.yaml';
import saas from '../../../rules/secret/saas.yaml';
import urls from '../../../rules/secret/urls.yaml';
import vcs from '../../../rules/secret/vcs.yaml';

const PACKS: Record<string, unknown> = {
  'ai.yaml': ai,
  'cloud.yaml': cloud,
  'generic.yaml': generic,
  'keys.yaml': keys,
  'saas.yaml': saas,
  'urls.yaml': urls,
  'vcs.yaml': vcs,
};

function load(): Detector[] {
  const all: Detector[] = [];
  for (const [file, pack] of Object.entries(PACKS)) {
    const list = (pack as { detectors?: unknown } | null)?.detectors;
    if (!Array.isArray(list)) throw new Error(`rules/secret/${file}: expected a "detectors" list`);
    all.push(...compilePack(list, `rules/secret/${file}`));
  }
  const ids = new Set<string>();
  for (const d of all) {
    if (ids.has(d.id)) throw new Error(`rules/secret: detector "${d.id}" is defined twice`);
    ids.add(d.id);
  }
  return all.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
}

export const detectors: readonly Detector[] = load();
export const engine = new SecretEngine(detectors);

/** A well-formed value of a detector, made at run time (`seed` varies it). */
export function secretSample(id: string, seed = 0): string {
  const d = detectors.find((x) => x.ruleId === id || x.id === id);
  if (!d) throw new Error(`unknown secret detector "${id}"`);
  return expandTemplate(d.sample, seed);
}

/** Expand `{{sample…}}` / `{{gen…}}` placeholders of corpus and example text. */
export function expandSecrets(text: string, self?: string): string {
  return expandPlaceholders(text, (id, seed) => secretSample(id, seed), self);
}

const camel = (name: string): string => name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const yamlValue = (v: string): string =>
  v.includes('\n') ? `|\n  ${v.split('\n').join('\n  ')}` : /^[A-Za-z0-9]/.test(v) && !/[:#]/.test(v) ? v : JSON.stringify(v);

/** The sample written in each syntax: .env, JSON, YAML, TS, Python, shell, a URL query. */
export function syntaxExamples(name: string, value: string, syntaxes: readonly Syntax[] = SYNTAXES): Example[] {
  const multi = value.includes('\n');
  const make: Record<Syntax, () => Example> = {
    env: () => ({ path: '.env', code: `APP_ENV=production\n${name}=${value}\n`, line: 2 }),
    json: () => ({ path: 'config/settings.json', code: `{\n  "region": "eu-west-1",\n  "${name.toLowerCase()}": ${JSON.stringify(value)}\n}\n`, line: 3 }),
    yaml: () => ({ path: 'config/app.yaml', code: `service: api\n${name.toLowerCase()}: ${yamlValue(value)}\n`, line: multi ? 3 : 2 }),
    ts: () => ({
      path: 'src/config.ts',
      code: `export const region = 'eu-west-1';\nexport const ${camel(name)} = ${multi ? `\`${value}\`` : `'${value}'`};\n`,
      line: 2,
    }),
    py: () => ({ path: 'app/settings.py', code: `DEBUG = False\n${name} = ${multi ? `"""${value}"""` : `"${value}"`}\n`, line: 2 }),
    sh: () => ({ path: 'scripts/deploy.sh', code: `#!/bin/sh\nexport ${name}="${value}"\n`, line: 2 }),
    url: () => ({ path: 'scripts/fetch.sh', code: `#!/bin/sh\ncurl -s "https://api.example.com/v1/items?access_token=${value}&limit=10"\n`, line: 2 }),
  };
  return syntaxes.map((s) => ({ ...make[s](), note: s }));
}

const DEFAULT_FIX =
  'Revoke the value at the provider and issue a new one: it is in the git history, so treat it as leaked even after the line is gone. Read it at run time from the environment or a secret manager, keep local `.env` files git-ignored, and commit only an `.env.example` with placeholders.';

/** How the message says where a value the text does not spell out came from. */
const ENCODED: Record<NonNullable<SecretHit['encoded']>, string> = {
  'kubernetes-secret': 'base64-encoded in a Kubernetes Secret',
  joined: 'assembled in code from string pieces',
  escaped: 'written with escapes or line continuations',
  base64: 'base64-encoded in a string literal',
};

function toRule(d: Detector): TextRule {
  // Examples are generated on first use (tests, docs), not on every scan.
  let examples: TextRule['examples'] | undefined;
  const makeExamples = (): TextRule['examples'] => ({
    bad: [
      ...syntaxExamples(d.name ?? 'SECRET_VALUE', expandTemplate(d.sample, 0), d.syntaxes ?? SYNTAXES),
      ...(d.examples?.bad ?? []).map((e) => ({ ...e, code: expandSecrets(e.code, d.id) })),
    ],
    good: (d.examples?.good ?? []).map((e) => ({ ...e, code: expandSecrets(e.code, d.id) })),
  });
  const generic = d.validator === 'generic';
  const weak = generic || d.validator === 'url-password' || d.validator === 'auth-header';
  return {
    id: d.ruleId,
    title: d.title,
    severity: d.severity,
    cwe: d.cwe ?? ['CWE-798'],
    confidence: d.confidence ?? (d.validator && !generic && d.validator !== 'url-password' ? 'high' : (d.confidence ?? 'high')),
    status: 'experimental',
    help: `${d.risk}\n\nflowguard reports the value masked (its first 4 characters) and never prints it.\n\n**Fix:** ${d.fix ?? DEFAULT_FIX}`,
    kind: 'text',
    // The shared engine runs one combined keyword prefilter per file; the per-rule prefilter would repeat it.
    keywords: [],
    check(ctx: TextContext) {
      const hits = ctx.parsed<SecretHit[]>('flowguard:secret-engine', () => engine.scan(ctx.file));
      for (const h of hits) {
        if (h.detector !== d) continue;
        const properties: Record<string, string | boolean> = { provider: d.provider };
        if (h.validated) properties.validated = true;
        let message = generic && h.name ? `Literal secret assigned to \`${h.name}\` ({secret}).` : `${d.title} in plain text ({secret}).`;
        if (h.encoded)
          message =
            generic && h.name ? `Literal secret under \`${h.name}\`, ${ENCODED[h.encoded]} ({secret}).` : `${d.title}, ${ENCODED[h.encoded]} ({secret}).`;
        // A value of unknown format in a test, a doc or an example is usually a test or sample credential: low,
        // with the reason. A provider token (its format checked) stays at the rule's severity wherever it is.
        const low = weak
          ? (lowReason(ctx.file.path) ??
            (inEmbeddedDocs(ctx.file.path, ctx.file.text, h.start) ? 'in Markdown held in a data file: likely an example value' : undefined))
          : undefined;
        if (low) message = `${message.slice(0, -1)}, ${low}.`;
        ctx.report({ range: [h.start, h.end] }, message, { secret: h.secret, properties, ...(low ? { severity: 'low' as const } : {}) });
      }
    },
    get examples() {
      examples ??= makeExamples();
      return examples;
    },
  };
}

/** File-level detectors (`files:` lists): a whole file is the secret, recognised by its format (keystores). */
function loadFiles(): FileDetectorSpec[] {
  const all: FileDetectorSpec[] = [];
  for (const [file, pack] of Object.entries(PACKS)) {
    const list = (pack as { files?: unknown } | null)?.files;
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`rules/secret/${file}: "files" must be a list`);
    all.push(...compileFileDetectors(list, `rules/secret/${file}`));
  }
  for (const f of all) if (detectors.some((d) => d.id === f.id)) throw new Error(`rules/secret: detector "${f.id}" is defined twice`);
  return all;
}

export const fileDetectors: readonly FileDetectorSpec[] = loadFiles();

export const secretRules: readonly Rule[] = [
  ...detectors.map(toRule),
  ...fileDetectors.map((f) => fileRule(f, (text, self) => expandSecrets(text, self))),
].sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * The provider-format token in one configured value, or undefined: the secret packs are the project's one list of
 * provider formats, so an agent config's inline secret is recognised by the same detectors as any file's. `name`
 * gives the detectors that need a keyword near the value their context; generic and URL detectors do not count.
 */
export function providerToken(name: string, value: string): string | undefined {
  for (const h of engine.scan({ path: 'value.env', text: `${name}=${value}` })) if (h.detector.priority >= 2) return h.secret;
  return undefined;
}
