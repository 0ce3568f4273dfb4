import { type CNode, defineRule, entry, fileContext, get, isClaudeSettings, isMap, json, permissions, sample, stepIn } from '../../src/kit.js';

// Files that hold credentials by convention; `.env.example` and friends are documentation.
const SECRET_FILE =
  /(^|\/)(\.env(\.[\w.-]+)?|\.envrc|[^/]+\.(pem|key|p12|pfx|tfvars)|id_(rsa|dsa|ecdsa|ed25519)|credentials(\.json)?|\.npmrc|\.pypirc|\.netrc|secrets?\.(json|ya?ml|toml)|service[-_]?account[^/]*\.json)$/i;
const NOT_SECRET = /\.(example|sample|template|tmpl|tpl|dist|defaults?|schema)$|(^|\/)\.env\.(example|sample|template)/i;

/** A `Read(...)` spec as a test on project-relative paths, gitignore-style (no slash: any depth). */
function specTest(spec: string | undefined): ((p: string) => boolean) | undefined {
  if (spec === undefined) return () => true;
  let s = spec.trim();
  if (!s || /^\*+$/.test(s)) return () => true;
  if (s.startsWith('//') || s.startsWith('~')) return undefined;
  let anchored = false;
  if (s.startsWith('./')) [s, anchored] = [s.slice(2), true];
  else if (s.startsWith('/')) [s, anchored] = [s.slice(1), true];
  if (/^[^/]+\/./.test(s) && !s.startsWith('**/')) anchored = true;
  const esc = (x: string): string => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const body = s
    .split('**/')
    .map((part) =>
      part
        .split('**')
        .map((q) => q.split('*').map(esc).join('[^/]*'))
        .join('.*'),
    )
    .join('(?:.*/)?');
  const re = new RegExp(`${anchored ? '^' : '(^|/)'}${body}(/.*)?$`);
  return (p) => re.test(p);
}

export default defineRule({
  id: 'agent/toxic-secret-read',
  title: 'Agent may read a file that holds a secret',
  severity: 'high',
  cwe: ['CWE-200', 'CWE-522'],
  confidence: 'medium',
  help: 'Claude Code reads any file of the project without asking unless a `deny` rule covers it. A `.env`, key or credentials file that the secret rules find a live credential in, in a project with Claude Code settings that do not deny reading it, goes into the model context the first time the agent looks: from there one prompt injection (an issue, a web page, a poisoned tool description) can send it out. The finding sits on the settings file, where the fix goes; the secret is its related location. Critical when an `allow` rule names the file.\n\n**Fix:** add `"Read(./.env)"`, `"Read(./.env.*)"` (and the other secret files) to `permissions.deny` in `.claude/settings.json`, with `Bash(cat .env*)`-style denies for the shell; keep real credentials out of the working tree where you can.',
  kind: 'project',
  check(ctx) {
    // Claude Code projects: the folder that holds `.claude/settings*.json`.
    const projects = new Map<string, string[]>();
    for (const f of ctx.allFiles) {
      if (f.isDirectory || !isClaudeSettings(f.path) || !/(^|\/)\.claude\/settings(\.local)?\.json$/.test(f.path)) continue;
      const root = f.path.replace(/\.claude\/[^/]+$/, '');
      projects.set(root, [...(projects.get(root) ?? []), f.path]);
    }
    for (const [root, settings] of [...projects].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const deny: ((p: string) => boolean)[] = [];
      const allow: ((p: string) => boolean)[] = [];
      let home: { path: string; node: CNode | undefined; text: string } | undefined;
      for (const s of settings.sort()) {
        const text = ctx.readText(s);
        if (text === undefined) continue;
        const fctx = fileContext(s, text);
        for (const p of permissions(fctx)) {
          if (p.tool !== 'Read') continue;
          const t = specTest(p.spec);
          if (!t) continue;
          if (p.list === 'deny') deny.push(t);
          // A bare `Read` allow is Claude Code's default; only a rule that names files counts as letting them in.
          else if (p.list === 'allow' && p.spec !== undefined && !/^[\s*]*$/.test(p.spec)) allow.push(t);
        }
        // `settings.json` sorts before `settings.local.json`: the shared file, where the team's deny list lives, when there is one.
        home ??= { path: s, node: json(fctx), text };
      }
      if (!home) continue;
      const perms = get(home.node, 'permissions');
      const at = (isMap(perms) ? entry(perms, 'deny')?.keyRange : undefined) ?? (isMap(home.node) ? entry(home.node, 'permissions')?.keyRange : undefined);
      for (const f of ctx.allFiles) {
        if (f.isDirectory || !f.path.startsWith(root) || /(^|\/)node_modules\//.test(f.path)) continue;
        const rel = f.path.slice(root.length);
        if (!SECRET_FILE.test(rel) || NOT_SECRET.test(rel)) continue;
        if (deny.some((t) => t(rel))) continue;
        const hits = ctx.secretsIn(f.path);
        if (!hits.length) continue;
        const text = ctx.readText(f.path) ?? '';
        const allowed = allow.some((t) => t(rel));
        const related = hits.slice(0, 5).map((h) => {
          let index = 0;
          for (let l = 1; l < h.line; l++) index = text.indexOf('\n', index) + 1;
          index += h.column - 1;
          return stepIn(f.path, text, [index, index + 1], `\`${h.ruleId}\` finds a credential in \`${f.path}\` line ${h.line}.`);
        });
        const ignored = ctx.isGitIgnored(f.path);
        ctx.report(
          home.path,
          at ? { range: at } : null,
          `\`${f.path}\` holds ${hits.length === 1 ? 'a credential' : `${hits.length} credentials`} (${hits[0]!.ruleId}${ignored ? ', git-ignored but on disk' : ''}) and ${allowed ? 'an `allow` rule lets the agent read it' : 'no `deny` rule keeps Claude Code from reading it'}.`,
          { related, key: f.path, ...(allowed ? { severity: 'critical' as const } : {}) },
        );
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.claude/settings.json',
        code: '{\n  "permissions": {\n    "allow": ["Bash(npm test)"],\n    "deny": ["Read(./secrets/**)"]\n  }\n}\n',
        files: { '.env': `ANTHROPIC_API_KEY=${sample('sk-ant-api03-', 93)}AA\n` },
        line: 4,
      },
      {
        path: '.claude/settings.json',
        code: '{"model": "sonnet"}',
        files: { 'config/.env.production': `KEY=${sample('sk-ant-api03-', 93, undefined, 2)}AA\n` },
        note: 'no permissions at all: file-level',
      },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"deny": ["Read(./.env)", "Read(./.env.*)"]}}',
        files: { '.env': `ANTHROPIC_API_KEY=${sample('sk-ant-api03-', 93)}AA\n` },
      },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"deny": ["Read(**/.env*)"]}}',
        files: { 'apps/web/.env.local': `ANTHROPIC_API_KEY=${sample('sk-ant-api03-', 93)}AA\n` },
      },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Read"]}}',
        files: { '.env': 'DEBUG=true\nPORT=3000\n', '.env.example': `ANTHROPIC_API_KEY=${sample('sk-ant-api03-', 93)}AA\n` },
        note: 'no credential in .env; .env.example is documentation',
      },
      {
        path: 'CLAUDE.md',
        code: '# Rules\n',
        files: { '.env': `ANTHROPIC_API_KEY=${sample('sk-ant-api03-', 93)}AA\n` },
        note: 'no Claude settings: the secret rules report the key, not this rule',
      },
    ],
  },
});
