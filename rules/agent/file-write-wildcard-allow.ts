import { defineRule, isSharedSettings, isWorkflow, permissions } from '../../src/kit.js';

export default defineRule({
  id: 'agent/file-write-wildcard-allow',
  title: 'Unscoped file write in a shared allow list',
  severity: 'low',
  cwe: ['CWE-732'],
  confidence: 'medium',
  help: 'A bare `Write`, `Edit` or `MultiEdit` (or `(*)`, `(**)`) in the committed allow list lets the agent change any file silently, including hooks, CI workflows and its own settings. Low: edits stay inside the project and show up in review.\n\n**Fix:** scope edits to source folders (`Edit(src/**)`) or leave them to `acceptEdits` mode per session.',
  kind: 'config',
  files: (p) => isSharedSettings(p) || isWorkflow(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow' || !/^(Write|Edit|MultiEdit|NotebookEdit)$/.test(perm.tool)) continue;
      if (perm.spec === undefined || /^\s*(\.\/)?\*+(\/\*+)?\s*$/.test(perm.spec))
        ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`: the agent edits any file without a prompt.`);
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": ["Read", "Edit"],\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 3 },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Write(**)"], "deny": ["Read(.env)"]}}' },
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Edit(src/**)", "Write(docs/**)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Edit"]}}', note: 'personal file' },
    ],
  },
});
