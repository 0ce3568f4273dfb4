import { defineRule, isMemoryDb, isPlainSqlite, sqlcipherConfigs } from '../../src/kit.js';

export default defineRule({
  id: 'agent/memory-unencrypted',
  title: 'Agent memory stored in plaintext although SQLCipher is configured',
  severity: 'medium',
  cwe: ['CWE-311'],
  confidence: 'high',
  help: 'The configuration asks for an SQLCipher-encrypted memory database, yet `memory.db` starts with the plaintext SQLite header: every prompt, tool result and token the swarm stored is readable by anyone who gets the file. Medium: an encryption claim that is not met.\n\n**Fix:** open the database with the SQLCipher driver and a key from the environment, and migrate the existing file (`sqlcipher_export`).',
  kind: 'project',
  check(ctx) {
    const dbs = ctx.allFiles.filter((f) => !f.isDirectory && isMemoryDb(f.path));
    if (!dbs.length) return;
    const configs = sqlcipherConfigs(ctx);
    if (!configs.length) return;
    for (const db of dbs) {
      if (isPlainSqlite(ctx.readHead(db.path, 16)))
        ctx.report(db.path, null, `\`${db.path}\` is a plaintext SQLite file while \`${configs[0]}\` asks for SQLCipher.`);
    }
  },
  examples: {
    bad: [
      {
        path: '.swarm/memory.db',
        code: 'SQLite format 3\0rest-of-page',
        files: { 'claude-flow.config.json': '{"memory": {"backend": "sqlcipher", "path": ".swarm/memory.db"}}', '.gitignore': '.swarm/\n' },
      },
    ],
    good: [
      {
        path: '.swarm/memory.db',
        code: 'SQLite format 3\0rest-of-page',
        files: { 'claude-flow.config.json': '{"memory": {"backend": "sqlite"}}' },
        note: 'no encryption claim',
      },
      { path: '.swarm/memory.db', code: '\u00a7\u0012random-cipher-bytes-here', files: { 'claude-flow.config.json': '{"memory": {"backend": "sqlcipher"}}' } },
    ],
  },
});
