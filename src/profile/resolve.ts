// Which config file speaks for profile P (AGENT-CONFIG.md, "Config resolution"):
// (1) config/security/<P>.* or security/<P>.*; (2) `profiles.<P>` in claude-flow.config.json or
// .claude-flow/config.json; (3) a config declaring `profile`/`environment`/`security.profile`/`name` = P.
// When none is P, the next stricter profile's config is used, else the next less strict one.
import { PROFILES, type ProfileName } from '../core/config.js';
import { isProfileConfigPath } from '../analyzers/config/files.js';
import { tryParseJsonc } from '../analyzers/config/jsonc.js';
import { at, get, isMap, str, type CNode } from '../analyzers/config/tree.js';
import { parseYaml } from '../analyzers/config/yaml.js';
import { evaluateConfigModule } from './static-eval.js';

export interface ConfigSource {
  file: string;
  text: string;
  /** The whole file. */
  root: CNode;
  /** The profile's subtree (`profiles.<P>`) or the whole file. */
  node: CNode;
  profile: ProfileName;
  via: 'path' | 'profiles' | 'declared';
}

export interface FileView {
  files: readonly { path: string; isDirectory: boolean }[];
  readText(path: string): string | undefined;
}

const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const isFlowRoot = (p: string): boolean => /^(claude-flow\.config\.json|\.claude-flow\/config\.json)$/.test(p);
const isDeclaringCandidate = (p: string): boolean =>
  isProfileConfigPath(p) || isFlowRoot(p) || /(^|\/)(security\.config|security-profile|flowguard-profile)\.(json|ya?ml|ts|js|mjs|cjs)$/.test(p);

export function profileName(v: string | undefined): ProfileName | undefined {
  const s = v?.trim().toLowerCase();
  if (!s) return undefined;
  if (s === 'dev' || s === 'development') return 'development';
  if (s === 'prod' || s === 'production') return 'production';
  if (s === 'enterprise') return 'enterprise';
  return undefined;
}

export function parseConfigFile(file: string, text: string): CNode | undefined {
  if (CODE.test(file)) return evaluateConfigModule(text, file);
  if (/\.ya?ml$/.test(file)) return parseYaml(text);
  return tryParseJsonc(text);
}

/** The profile a config declares about itself. */
export function declaredProfile(root: CNode): ProfileName | undefined {
  for (const p of ['profile', 'securityProfile', 'environment', 'security.profile', 'security.securityProfile', 'name']) {
    const n = profileName(str(at(root, p)));
    if (n) return n;
  }
  return undefined;
}

/** Every profile config of the project, by profile (first by resolution step, then path order). */
export function findProfileConfigs(view: FileView): Map<ProfileName, ConfigSource> {
  const found: ConfigSource[] = [];
  const paths = view.files
    .filter((f) => !f.isDirectory && isDeclaringCandidate(f.path))
    .map((f) => f.path)
    .sort();
  for (const file of paths) {
    const text = view.readText(file);
    if (text === undefined) continue;
    const root = parseConfigFile(file, text);
    if (!root) continue;
    const baseName = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    const byPath = isProfileConfigPath(file) ? profileName(baseName) : undefined;
    const profiles = get(root, 'profiles');
    if (byPath) {
      const own = isMap(profiles) ? profiles.entries.find((e) => profileName(e.key) === byPath && isMap(e.value))?.value : undefined;
      found.push({ file, text, root, node: own ?? root, profile: byPath, via: 'path' });
    }
    if (isMap(profiles)) {
      for (const e of profiles.entries) {
        const p = profileName(e.key);
        if (p && isMap(e.value)) found.push({ file, text, root, node: e.value, profile: p, via: 'profiles' });
      }
    }
    const declared = declaredProfile(root);
    if (declared && declared !== byPath) found.push({ file, text, root, node: root, profile: declared, via: 'declared' });
  }
  const rank = { path: 0, profiles: 1, declared: 2 };
  found.sort((a, b) => rank[a.via] - rank[b.via] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const out = new Map<ProfileName, ConfigSource>();
  for (const c of found) if (!out.has(c.profile)) out.set(c.profile, c);
  return out;
}

/** The config evaluated for profile P, or undefined when nothing resolves. */
export function resolveConfig(configs: Map<ProfileName, ConfigSource>, profile: ProfileName): ConfigSource | undefined {
  const i = PROFILES.indexOf(profile);
  const order = [profile, ...PROFILES.slice(i + 1), ...PROFILES.slice(0, i).reverse()];
  for (const p of order) {
    const c = configs.get(p);
    if (c) return c;
  }
  return undefined;
}
