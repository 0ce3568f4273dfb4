import { defineRule, LineIndex, parseDirectives } from '../../src/kit.js';

export default defineRule({
  id: 'code/suppression-without-reason',
  title: 'Suppression comment without a reason',
  severity: 'info',
  cwe: ['CWE-710'],
  confidence: 'high',
  status: 'stable',
  help: [
    'A `flowguard-ignore` comment hides a finding from every report that fails a build. Without a reason',
    'nobody can later tell a reviewed false positive from a silenced real issue. The suppression still',
    'applies; this note asks for the why. It runs for every scan type.',
    '',
    '**Fix:** add the reason after ` -- `: `// flowguard-ignore code/eval-injection -- input is a constant table`.',
  ].join('\n'),
  kind: 'text',
  keywords: ['flowguard-ignore'],
  check(ctx) {
    const dirs = parseDirectives(ctx.file.text, ctx.file.path);
    if (!dirs.length) return;
    const index = new LineIndex(ctx.file.text);
    for (const d of dirs) {
      if (d.reason) continue;
      const start = index.lineStart(d.line) + d.column - 1;
      const what = d.ids.length ? d.ids.join(', ') : 'no rule id';
      ctx.report({ range: [start, start + 'flowguard-ignore'.length] }, `\`flowguard-ignore\` (${what}) gives no reason after \`--\`.`);
    }
  },
  examples: {
    bad: [{ code: 'eval(x); // flowguard-ignore code/eval-injection' }, { path: '.env', code: '# flowguard-ignore secret/generic-secret\nTOKEN=abc', line: 1 }],
    good: [
      { code: 'eval(x); // flowguard-ignore code/eval-injection -- x is a constant table' },
      { code: 'const note = "flowguard-ignore is a comment directive";', note: 'inside a string, not a comment' },
    ],
  },
});
