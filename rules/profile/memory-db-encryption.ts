import { asksForSqlcipher, defineControl, isClaudeFlowConfig, isMap, isMemoryDb, isPlainSqlite, profileExample, show, sub, tryParseJsonc, type ProfileEvaluator } from '../../src/kit.js';

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
    if (spec.mode === 'off') return ev.push('memory-db-encryption', 'not-applicable', '-', '-');
    if (!ev.config) return ev.push('memory-db-encryption', 'unknown', required, 'no security config');
    const dbs = ev.view.files.filter((f) => !f.isDirectory && isMemoryDb(f.path));
    const plainDbs = dbs.filter((d) => isPlainSqlite(ev.view.readHead(d.path, 16)));
    let claim = asksForSqlcipher(ev.config.node) || asksForSqlcipher(ev.config.root);
    let claimFile = ev.config.file;
    if (!claim && /\.(ts|js|mjs|cjs|mts|cts)$/.test(ev.config.file) && /(driver|backend|engine)\s*:\s*['"`]sqlcipher['"`]|sqlcipher\s*:\s*true/i.test(ev.config.text)) claim = true;
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
      return ev.push('memory-db-encryption', 'fail', required, drv ? show(drv.node) : 'not set', [ev.at(drv ? drv.node.range[0] : undefined, drv ? `Memory driver is ${show(drv.node)}, not sqlcipher.` : 'The config does not ask for SQLCipher (`memory.driver: sqlcipher`).')]);
    }
    if (plainDbs.length) return ev.push('memory-db-encryption', 'fail', required, 'plaintext SQLite', plainDbs.map((d) => ({ file: d.path, message: `\`${d.path}\` starts with the plaintext SQLite header although ${claimFile} asks for SQLCipher.` })));
    ev.push('memory-db-encryption', 'pass', required, 'sqlcipher', [{ file: claimFile, message: 'SQLCipher is configured and no plaintext memory.db was found.' }]);
  },
});
