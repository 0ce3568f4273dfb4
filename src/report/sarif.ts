// SARIF 2.1.0, as GitHub code scanning reads it. Pure: (result) → string; byte-identical for the same tree.
import type * as Sarif from 'sarif';
import type { Finding, FlowLocation } from '../core/types.js';
import { SARIF_LEVEL, SECURITY_SEVERITY } from '../core/finding.js';
import type { ActiveRule, ScanResult } from '../core/types.js';
import { INFORMATION_URI, VERSION } from '../version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A root-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function toUri(file: string): string {
  return file
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function pascal(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
}

/** First paragraph of the help, without Markdown emphasis, as plain text. */
export function plainSummary(help: string): string {
  const para = help.split(/\n\s*\n/)[0] ?? help;
  return para.replace(/\s+/g, ' ').replace(/`/g, '').replace(/\*\*/g, '').trim();
}

function sarifRule(a: ActiveRule): Sarif.ReportingDescriptor {
  const r = a.rule;
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: plainSummary(r.help) },
    helpUri: `${INFORMATION_URI}/blob/main/docs/rules.md#${r.id.replace(/[^a-z0-9-]/g, '')}`,
    help: { text: r.help.replace(/\*\*/g, '').replace(/`/g, ''), markdown: r.help },
    defaultConfiguration: { level: SARIF_LEVEL[a.severity] },
    properties: {
      tags: ['security', ...r.cwe.map((c) => `external/cwe/${c.toLowerCase()}`)],
      precision: r.confidence === 'high' ? 'high' : r.confidence === 'medium' ? 'medium' : 'low',
      'security-severity': SECURITY_SEVERITY[a.severity],
    },
  };
}

function physical(file: string, region?: { line: number; column: number; endLine: number; endColumn: number }): Sarif.PhysicalLocation {
  const loc: Sarif.PhysicalLocation = { artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' } };
  if (region) {
    loc.region = {
      startLine: region.line,
      startColumn: region.column,
      endLine: region.endLine,
      endColumn: Math.max(region.endColumn, region.endLine === region.line ? region.column : 1),
    };
  }
  return loc;
}

function flowLocation(file: string, step: FlowLocation): Sarif.ThreadFlowLocation {
  return { location: { physicalLocation: physical(step.file ?? file, step), message: { text: step.message } } };
}

function sarifResult(f: Finding, ruleIndex: number): Sarif.Result {
  const region =
    f.line !== undefined ? { line: f.line, column: f.column ?? 1, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column ?? 1 } : undefined;
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.file, region) }],
    partialFingerprints: { 'flowguard/v1': f.fingerprint },
  };
  if (f.flow && f.flow.length) result.codeFlows = [{ threadFlows: [{ locations: f.flow.map((s) => flowLocation(f.file, s)) }] }];
  if (f.related && f.related.length)
    result.relatedLocations = f.related.map((s, i) => ({ id: i + 1, physicalLocation: physical(s.file ?? f.file, s), message: { text: s.message } }));
  if (f.suppressed && f.suppression) {
    result.suppressions = [
      f.suppression.justification ? { kind: f.suppression.kind, justification: f.suppression.justification } : { kind: f.suppression.kind },
    ];
  }
  if (f.baselineState) result.baselineState = f.baselineState;
  const props: Sarif.PropertyBag = { severity: f.severity, 'security-severity': SECURITY_SEVERITY[f.severity] };
  if (f.properties) for (const k of Object.keys(f.properties).sort()) props[k] = f.properties[k];
  result.properties = props;
  return result;
}

export function toSarifObject(result: ScanResult): Sarif.Log {
  const rules = [...result.rules].sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
  const index = new Map(rules.map((a, i) => [a.rule.id, i]));
  const notifications: Sarif.Notification[] = [
    ...result.errors.map(
      (e): Sarif.Notification => ({
        level: 'error',
        message: { text: `${e.file}: ${e.message}` },
        descriptor: { id: 'file-error' },
        locations: [{ physicalLocation: physical(e.file) }],
      }),
    ),
    ...result.skipped.map(
      (s): Sarif.Notification => ({
        level: 'note',
        message: { text: `${s.file}: skipped, ${s.reason}` },
        descriptor: { id: 'file-skipped' },
        locations: [{ physicalLocation: physical(s.file) }],
      }),
    ),
  ];
  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (notifications.length) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'flowguard', semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
        automationDetails: { id: `flowguard/${result.type}/` },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
}

export function toSarif(result: ScanResult): string {
  return `${JSON.stringify(toSarifObject(result), null, 2)}\n`;
}
