import { defineControl, isMap, isScalar, normKey, profileExample, profileLineOf, show, sub, truthy, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'encryption-algorithm',
  title: 'Encryption algorithm below the profile',
  severity: 'high',
  cwe: 'CWE-327',
  why: 'Data at rest (agent memory, sessions) must use an authenticated cipher: AES-256-GCM (production) or ChaCha20-Poly1305 (development).',
  fix: 'set `encryption: { enabled: true, algorithm: AES-256-GCM }`.',
  bad: [profileExample({ encryption: '{ enabled: true, algorithm: AES-128-CBC }' }, { line: profileLineOf('encryption') })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    const algos = (ev.spec['encryption-algorithm']!.algorithms as string[] | undefined) ?? [];
    const norm = (a: string) => a.toUpperCase().replace(/[^A-Z0-9]/g, '');
    ev.configControl(
      'encryption-algorithm',
      algos.join(' or '),
      () => {
        const enc = ev.find('encryption', 'dataEncryption', 'encryptionAtRest');
        if (enc && isMap(enc.node)) {
          const en = sub(enc.node, 'enabled');
          if (en && truthy(en.node) === false && ev.spec['encryption-algorithm']!.mode === 'required') return en;
          return sub(enc.node, 'algorithm', 'cipher', 'algo') ?? (ev.spec['encryption-algorithm']!.mode === 'required' ? undefined : undefined);
        }
        if (enc && isScalar(enc.node) && typeof enc.node.value === 'string') return enc;
        return ev.find('encryptionAlgorithm', 'cipherAlgorithm');
      },
      (f) => {
        if (normKey(f.key) === 'enabled') return { ok: false, actual: 'disabled', message: 'Encryption is disabled (`enabled: false`).' };
        const v = isScalar(f.node) && typeof f.node.value === 'string' ? f.node.value : undefined;
        if (!v) return { ok: undefined, actual: show(f.node), message: 'The encryption algorithm is not a string.' };
        const ok = algos.some((a) => norm(a) === norm(v));
        return { ok, actual: v, message: ok ? `Encryption uses ${v}.` : `Encryption uses ${v}, not ${algos.join(' or ')}.` };
      },
    );
  },
});
