import {
  asksForSqlcipher,
  defineControl,
  get,
  isClaudeFlowConfig,
  isMap,
  isMemoryDb,
  isPlainSqlite,
  isScalar,
  noConfig,
  profileExample,
  show,
  sub,
  tryParseJsonc,
  type ProfileEvaluator,
  walkAll,
} from '../../src/kit.js';

/** `encryption: false` (or `encryption.enabled: false`) in the framework's own config, with its line. */
function frameworkEncryption(ev: ProfileEvaluator): { file: string; line: number; value: string } | undefined {
  for (const f of ev.view.files) {
    if (f.isDirectory || !isClaudeFlowConfig(f.path) || ev.view.isGitIgnored(f.path)) continue;
    const text = ev.view.readText(f.path);
    if (text === undefined) continue;
    for (const w of walkAll(tryParseJsonc(text))) {
      if (w.entry?.key !== 'encryption') continue;
      const v = isMap(w.node) ? get(w.node, 'enabled') : w.node;
      if (isScalar(v) && typeof v.value === 'boolean')
        return { file: f.path, line: ev.lineOf(f.path, text, v.range[0]), value: `\`encryption${isMap(w.node) ? '.enabled' : ''}: ${String(v.value)}\`` };
    }
  }
  return undefined;
}

export default defineControl({
  id: 'memory-db-encryption',
  title: 'Agent memory database not encrypted',
  severity: 'high',
  cwe: 'CWE-311',
  why: 'memory.db stores prompts, tool output and tokens; production requires SQLCipher and no plaintext database on disk.',
  fix: 'set `memory.driver: sqlcipher` and migrate the database.',
  bad: [profileExample({ memory: '{ driver: sqlite }' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    const spec = ev.spec['memory-db-encryption']!;
    const required = 'SQLCipher, no plaintext SQLite header';
    if (spec.mode === 'off') return ev.push('memory-db-encryption', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    const dbs = ev.view.files.filter((f) => !f.isDirectory && isMemoryDb(f.path));
    const plainDbs = dbs.filter((d) => isPlainSqlite(ev.view.readHead(d.path, 16)));
    if (!ev.config) {
      // No security config, but the agent framework's own files answer: a readable SQLite header is plaintext, and
      // `.hive-mind/config.json` (`defaults.encryption`) or a claude-flow config says whether encryption was asked for.
      if (!plainDbs.length) return ev.push('memory-db-encryption', 'unknown', required, noConfig(ev.profile));
      const said = frameworkEncryption(ev);
      return ev.push('memory-db-encryption', 'fail', required, said ? `plaintext SQLite; ${said.file}: ${said.value}` : 'plaintext SQLite', [
        ...plainDbs.map((d) => ({ file: d.path, message: `\`${d.path}\` starts with the plaintext SQLite header.` })),
        ...(said ? [{ file: said.file, line: said.line, message: `\`${said.file}\` sets ${said.value}.` }] : []),
      ]);
    }
    let claim = asksForSqlcipher(ev.config.node) || asksForSqlcipher(ev.config.root);
    let claimFile = ev.config.file;
    if (
      !claim &&
      /\.(ts|js|mjs|cjs|mts|cts)$/.test(ev.config.file) &&
      /(driver|backend|engine)\s*:\s*['"`]sqlcipher['"`]|sqlcipher\s*:\s*true/i.test(ev.config.text)
    )
      claim = true;
    if (!claim) {
      for (const f of ev.view.files) {
        if (f.isDirectory || !isClaudeFlowConfig(f.path) || ev.view.isGitIgnored(f.path)) continue;
        const t = ev.view.readText(f.path);
        if (t !== undefined && asksForSqlcipher(tryParseJsonc(t))) {
          claim = true;
          claimFile = f.path;
          break;
        }
      }
    }
    if (!claim) {
      const mem = ev.find('memory', 'memoryStore', 'storage');
      const drv = mem && isMap(mem.node) ? sub(mem.node, 'driver', 'backend', 'engine', 'type') : undefined;
      return ev.push('memory-db-encryption', 'fail', required, drv ? show(drv.node) : 'not set', [
        ev.at(
          drv ? drv.node.range[0] : undefined,
          drv ? `Memory driver is ${show(drv.node)}, not sqlcipher.` : 'The config does not ask for SQLCipher (`memory.driver: sqlcipher`).',
        ),
      ]);
    }
    if (plainDbs.length)
      return ev.push(
        'memory-db-encryption',
        'fail',
        required,
        'plaintext SQLite',
        plainDbs.map((d) => ({ file: d.path, message: `\`${d.path}\` starts with the plaintext SQLite header although ${claimFile} asks for SQLCipher.` })),
      );
    ev.push('memory-db-encryption', 'pass', required, 'sqlcipher', [
      { file: claimFile, message: 'SQLCipher is configured and no plaintext memory.db was found.' },
    ]);
  },
});
