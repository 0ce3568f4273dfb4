// A file deleted, swapped or made unreadable between discovery and read. `onProgress` fires just before each file
// is read, in sorted order, which makes the race deterministic: the hook swaps `b-victim.js` right before its turn.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { tmpTree } from '../helpers/tmp.js';

const VICTIM = 'b-victim.js';
const isRoot = process.getuid?.() === 0;

async function scanWithSwap(swap: (abs: string) => void) {
  const root = tmpTree({ 'a-good.js': 'eval(process.argv[2]);\n', [VICTIM]: 'export const ok = 1;\n', 'c-good.js': 'eval(process.argv[3]);\n' });
  const victim = path.join(root, VICTIM);
  let swapped = false;
  const result = await scan({
    root,
    type: 'comprehensive',
    onProgress: (done) => {
      // done === 2: the second file (b-victim.js) is read right after this call.
      if (done === 2 && !swapped) {
        swapped = true;
        swap(victim);
      }
    },
  });
  expect(swapped).toBe(true);
  return { result };
}

const cases: [string, (abs: string, outside: string) => void, RegExp][] = [
  ['deleted', (abs) => fs.rmSync(abs), /cannot read file: ENOENT/],
  ['replaced by a directory', (abs) => (fs.rmSync(abs), fs.mkdirSync(abs)), /no longer a regular file|EISDIR/],
  ['replaced by a dangling symlink', (abs) => (fs.rmSync(abs), fs.symlinkSync('nowhere.js', abs)), /ENOENT/],
  ['replaced by a symlink to /etc/passwd', (abs) => (fs.rmSync(abs), fs.symlinkSync('/etc/passwd', abs)), /outside the scan root/],
  [
    'replaced by a symlink to a file outside the root',
    (abs, outside) => (fs.rmSync(abs), fs.symlinkSync(path.join(outside, 'evil.js'), abs)),
    /outside the scan root/,
  ],
];
if (process.platform !== 'win32')
  cases.push(['replaced by a FIFO (a plain read would block forever)', (abs) => (fs.rmSync(abs), execFileSync('mkfifo', [abs])), /no longer a regular file/]);
// chmod 000 blocks reads only for a non-root user; as root (CI containers) the cases above cover the read-failure path.
if (!isRoot && process.platform !== 'win32') cases.push(['made unreadable (chmod 000)', (abs) => fs.chmodSync(abs, 0), /EACCES/]);

describe('a file that changes between discovery and read', () => {
  it.each(cases)(
    '%s: reported as an error, the files around it still scanned',
    async (_name, swap, message) => {
      let outsideDir = '';
      const { result } = await scanWithSwap((abs) => {
        outsideDir = tmpTree({ 'evil.js': 'eval(process.argv[9]);\n' });
        swap(abs, outsideDir);
      });
      expect(result.errors).toEqual([{ file: VICTIM, message: expect.stringMatching(message) }]);
      expect(result.findings.filter((f) => f.ruleId === 'code/eval-injection').map((f) => f.file)).toEqual(['a-good.js', 'c-good.js']);
      expect(result.findings.some((f) => f.message.includes('argv[9]'))).toBe(false);
    },
    60_000,
  );

  it('a file grown past the size cap after discovery is skipped, not read whole', async () => {
    const root = tmpTree({ 'a-good.js': 'eval(process.argv[2]);\n', [VICTIM]: 'x\n' });
    const result = await scan({
      root,
      maxFileSize: 1024,
      onProgress: (done) => {
        if (done === 2) fs.writeFileSync(path.join(root, VICTIM), 'eval(process.argv[9]);\n'.repeat(1000));
      },
    });
    expect(result.skipped).toEqual([{ file: VICTIM, reason: 'larger than the 1 KiB size cap' }]);
    expect(result.findings.filter((f) => f.ruleId === 'code/eval-injection').map((f) => f.file)).toEqual(['a-good.js']);
  }, 60_000);
});
