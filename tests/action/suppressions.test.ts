// Issue 23: the job summary lists each suppression (file, line, rule, reason), and on a pull request the ones it
// adds apart, so a reviewer sees what was silenced instead of "N suppressed".
import { describe, expect, it } from 'vitest';
import { commitPr, prEvent, runAction } from '../helpers/action.js';
import { tmpTree } from '../helpers/tmp.js';

const prRepo = (): { ws: string; base: string; head: string } =>
  commitPr(tmpTree({ 'old.js': '// flowguard-ignore code/eval-injection -- legacy plugin loader, input is a constant table\neval(input);\n' }), {
    'src/new.js': 'export const a = 1;\nnew Function(body); // flowguard-ignore code/function-constructor -- trust me\n',
    'old.js':
      '// flowguard-ignore code/eval-injection -- legacy plugin loader, input is a constant table\neval(input);\nsetTimeout("run(" + job + ")", 1); // flowguard-ignore code/string-timer\n',
  });
const section = (md: string, title: string): string => {
  const at = md.indexOf(title);
  if (at < 0) return '';
  const end = md.indexOf('\n\n', md.indexOf('\n\n', at) + 2);
  return md.slice(at, end < 0 ? undefined : end);
};

describe('job summary: suppressions', () => {
  it("lists each suppression by file, line, rule and reason; a pull request's own ones first", async () => {
    const { ws, base, head } = prRepo();
    const r = await runAction({ workspace: ws, inputs: { 'fail-on': 'none' }, event: prEvent(9, base, head) });
    expect(r.summary).toContain('3 suppressed');
    const added = section(r.summary, 'Suppressions added by this pull request (2)');
    expect(added).toContain(`[old.js:3](https://github.com/octo-org/octo-app/blob/${head}/old.js#L3) \`code/string-timer\`: _no reason given_`);
    expect(added).toMatch(/src\/new\.js:2\].*`code\/function-constructor`: trust me/);
    expect(added).not.toContain('code/eval-injection');
    const other = section(r.summary, 'Other suppressions (1)');
    expect(other).toMatch(/old\.js:2\].*`code\/eval-injection`: legacy plugin loader, input is a constant table/);
  });

  it('without a pull request every suppression is listed under one heading', async () => {
    const { ws } = prRepo();
    const r = await runAction({ workspace: ws, inputs: { 'fail-on': 'none' } });
    expect(r.summary).not.toContain('added by this pull request');
    const all = section(r.summary, 'Suppressions (3)');
    for (const want of [/old\.js:2.*code\/eval-injection/, /old\.js:3.*code\/string-timer/, /src\/new\.js:2.*code\/function-constructor/])
      expect(all).toMatch(want);
  });
});
