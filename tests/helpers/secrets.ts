// A generated secret that the registry's own secret rules detect, taken from a secret rule's bad examples
// (generated at run time with sample(), never committed). Undefined while no secret/ rule exists.
import * as path from 'node:path';
import { rules } from '../../rules/index.js';
import { scan } from '../../src/pipeline/scan.js';

export interface SecretSample {
  ruleId: string;
  /** Root-relative path the example is meant for. */
  path: string;
  code: string;
  /** The raw values the core reported (what must never be printed). */
  raws: string[];
}

export const hasSecretRules = (): boolean => rules.some((r) => r.id.startsWith('secret/'));

export async function secretSample(prefer = /github/): Promise<SecretSample | undefined> {
  const candidates = rules.filter((r) => r.id.startsWith('secret/')).sort((a, b) => Number(prefer.test(b.id)) - Number(prefer.test(a.id)));
  for (const rule of candidates) {
    for (const ex of rule.examples.bad) {
      if (ex.todo || ex.files) continue;
      const file = ex.path ?? 'src/settings.ts';
      const raws: string[] = [];
      const result = await scan({
        root: path.resolve('/flowguard-virtual-root'),
        contents: new Map([[file, ex.code]]),
        only: [rule.id],
        onSecret: (raw) => raws.push(raw),
      });
      if (result.findings.length && raws.length) return { ruleId: rule.id, path: file, code: ex.code, raws };
    }
  }
  return undefined;
}
