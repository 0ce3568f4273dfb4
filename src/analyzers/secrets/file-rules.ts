// File-level secret detectors (the `files:` list of rules/secret/*.yaml): the whole file is the secret, recognised
// by its format. They run as project rules, since a binary file never reaches the text rules. A finding names the
// file and the format, never any of its bytes, and has no region (SARIF: a file-level result).
import type { Example, ProjectContext, ProjectRule, Severity } from '../../rule.js';
import { checkMeta, type DetectorMeta } from './pack.js';
import { KEYSTORE_MAX_BYTES, keystoreCandidate, keystoreOf, mayBeKeystore, type KeystoreContents } from './keystore.js';

/** One `files:` entry, as written. */
export interface FileDetectorSpec extends DetectorMeta {
  /** The format recogniser (one today). */
  format: 'keystore';
  fix: string;
  examples: { bad: Example[]; good: Example[] };
}

const KEYS = new Set(['id', 'title', 'provider', 'severity', 'confidence', 'cwe', 'format', 'risk', 'fix', 'examples']);

/** What the message says a keystore holds, and the severity it gets (undefined: no finding). */
const HOLDS: Record<KeystoreContents, { text: string; severity?: Severity } | undefined> = {
  'private-key': { text: 'holds a private key entry' },
  'secret-key': { text: 'holds a secret key entry' },
  encrypted: { text: 'its entries are encrypted (a private key or only certificates: it cannot be told without the password)', severity: 'medium' },
  unknown: { text: 'its entries could not be read', severity: 'medium' },
  // A truststore (trusted certificates only) holds nothing secret.
  certificates: undefined,
};

export function compileFileDetectors(specs: readonly unknown[], source: string): FileDetectorSpec[] {
  return specs.map((raw) => {
    const spec = raw as FileDetectorSpec;
    const fail = (msg: string): never => {
      throw new Error(`${source}: file detector "${spec?.id ?? '?'}": ${msg}`);
    };
    checkMeta(spec, KEYS, ['title', 'provider', 'risk', 'fix'], fail);
    if (spec.format !== 'keystore') fail('format must be "keystore"');
    if (!spec.examples?.bad?.length || !spec.examples?.good?.length) fail('needs bad and good examples');
    return spec;
  });
}

export function fileRule(spec: FileDetectorSpec, expand: (text: string, self: string) => string): ProjectRule {
  let examples: ProjectRule['examples'] | undefined;
  return {
    id: `secret/${spec.id}`,
    title: spec.title,
    severity: spec.severity,
    cwe: spec.cwe ?? ['CWE-312'],
    confidence: spec.confidence ?? 'high',
    status: 'experimental',
    help: `${spec.risk}\n\nflowguard names the file and its format and never prints any of its content.\n\n**Fix:** ${spec.fix}`,
    kind: 'project',
    check(ctx: ProjectContext) {
      for (const f of ctx.files) {
        if (f.isDirectory || !keystoreCandidate(f.path, f.size)) continue;
        const head = ctx.readHead(f.path, 80);
        if (!head || !mayBeKeystore(head)) continue;
        const whole = ctx.readHead(f.path, Math.min(f.size, KEYSTORE_MAX_BYTES));
        const info = whole && keystoreOf(whole);
        if (!info) continue;
        const holds = HOLDS[info.contents];
        if (!holds) continue;
        const encoded = whole[0] === 0x30 || whole[0] === 0xfe || whole[0] === 0xce ? '' : ' (base64-encoded)';
        ctx.report(f.path, null, `\`${f.path}\` is a ${info.format} keystore${encoded} committed to the repository: ${holds.text}.`, {
          ...(holds.severity ? { severity: holds.severity } : {}),
          properties: { provider: spec.provider, format: info.format, contents: info.contents },
        });
      }
    },
    get examples() {
      examples ??= {
        bad: spec.examples.bad.map((e) => ({ ...e, code: expand(e.code, spec.id) })),
        good: spec.examples.good.map((e) => ({ ...e, code: expand(e.code, spec.id) })),
      };
      return examples;
    },
  };
}
