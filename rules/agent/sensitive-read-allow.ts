import { defineRule, isAgentMarkdown, isClaudeSettings, permissions } from '../../src/kit.js';

const SENSITIVE =
  /^(~|\/\/Users\/[^/]+|\/\/home\/[^/]+|\$HOME)\/(\.ssh|\.aws|\.config\/gcloud|\.kube|\.gnupg|\.docker\/config\.json|\.npmrc|\.netrc|\*\*?$)|(^|\/)\.env(\.(?!example|sample|template|dist|defaults)[\w.-]+|\.?\*)?$|\.(pem|key|p12|pfx)$|\*\.env|^\/\/etc(\/|$)|^\/\/(\*\*)?$|^~\/?$|(^|\/)id_(rsa|ed25519|ecdsa)/;

export default defineRule({
  id: 'agent/sensitive-read-allow',
  title: 'Agent allowed to read credentials',
  severity: 'high',
  cwe: ['CWE-200'],
  confidence: 'high',
  help: 'An allow rule such as `Read(~/.ssh/**)`, `Read(~/.aws/**)`, `Read(.env)`, `Read(**/*.pem)` or `Read(//etc/**)` puts keys and passwords into the model context, where a prompt injection can print or send them. High: credential disclosure.\n\n**Fix:** remove the grant and add matching denies (`Read(.env*)`, `Read(~/.ssh/**)`).',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isAgentMarkdown(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow' || !/^(Read|Grep|Glob|View|LS)$/.test(perm.tool) || !perm.spec) continue;
      if (SENSITIVE.test(perm.spec.trim())) ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`: credentials reach the model context.`);
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": ["Read(~/.ssh/**)"],\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 3 },
      { path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Read(.env.production)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Read(//etc/**)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Read(**/*.pem)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Read(.env.*)"], "deny": ["Read(~/.ssh/**)"]}}' },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Read(./src/**)", "Read(.env.example)"], "deny": ["Read(.env)", "Read(~/.ssh/**)"]}}',
      },
    ],
  },
});
