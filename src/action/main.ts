// The GitHub Action: inputs → the same core as the CLI → SARIF file, outputs, exit status.
import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FAIL_ON, SCAN_TYPES, type FailOn, type ScanType } from '../core/config.js';
import { summarize } from '../core/errors.js';
import { breaches, scan } from '../core/scan.js';
import { toSarif } from '../report/sarif.js';
import { countBySeverity } from '../report/text.js';

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = path.resolve(workspace, core.getInput('path') || '.');
    const type = (core.getInput('type') || 'comprehensive') as ScanType;
    if (!SCAN_TYPES.includes(type)) throw new Error(`input "type" must be one of ${SCAN_TYPES.join(', ')}`);
    const failOn = (core.getInput('fail-on') || 'high') as FailOn;
    if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new Error(`input "fail-on" must be one of ${FAIL_ON.join(', ')}`);
    const exclude = core.getMultilineInput('exclude');
    const result = await scan({ root, type, exclude, failOn });
    const sarifFile = path.resolve(workspace, core.getInput('sarif-file') || 'flowguard.sarif');
    fs.writeFileSync(sarifFile, toSarif(result));
    const active = result.findings.filter((f) => !f.suppressed);
    core.setOutput('sarif-file', path.relative(workspace, sarifFile));
    core.setOutput('findings', String(active.length));
    core.setOutput('findings-by-severity', JSON.stringify(countBySeverity(result.findings)));
    core.setOutput('profile-status', 'skipped');
    const failed = breaches(result, failOn);
    core.setOutput('exit-code', failed ? '1' : '0');
    if (failed) core.setFailed(`flowguard: findings at or above ${failOn}`);
  } catch (error) {
    core.setOutput('exit-code', '2');
    core.setFailed(`flowguard: ${summarize(error)}`);
  }
}
