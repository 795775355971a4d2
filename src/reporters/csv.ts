import type { Finding } from '../engine/finding.ts';
import type { ControlPosture, FrameworkPosture, ScanReport } from '../engine/report.ts';
import { showControls } from '../lib/control-characters.ts';
import { pushTo } from '../lib/maps.ts';

/** Columns about the finding, after the framework's or the rule's own. */
const FINDING_COLUMNS = ['rule', 'severity', 'status', 'resource_id', 'resource_name', 'part', 'subscription', 'resource_group', 'message', 'waiver_owner', 'waiver_expires', 'open_since', 'fingerprint'];

export interface CsvOptions {
  /**
   * The frameworks the user selected (`--framework`, or a config extending one). A report holds
   * the posture of every framework when none is selected; the rows follow the selection only.
   */
  frameworks?: readonly string[];
}

/**
 * A spreadsheet for auditors: with a framework selected, one row per control and resource (a
 * finding of one of the control's rules), so each control's evidence can be filtered and signed
 * off, and a control with no finding (a manual one) has a row of its own; without one, one row
 * per rule and resource.
 * Every status is listed, passes included: the CSV is the evidence that something was checked.
 */
export function* renderCsv(report: ScanReport, options: CsvOptions = {}): Generator<string> {
  const frameworks = (report.frameworks ?? []).filter((f) => options.frameworks?.includes(f.id));
  const openSince = report.history?.openSince ?? {};
  const findingCells = (f: Finding): unknown[] => [f.ruleId, f.severity, f.status, f.resource.id, f.resource.name, f.part, f.resource.subscriptionId, f.resource.resourceGroup, f.message, f.waiver?.owner, f.waiver?.expires, openSince[f.fingerprint], f.fingerprint];
  if (frameworks.length === 0) {
    const titles = new Map(report.rules.map((r) => [r.id, r.title]));
    yield row(['rule_title', ...FINDING_COLUMNS]);
    for (const f of report.findings) yield row([titles.get(f.ruleId), ...findingCells(f)]);
    return;
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) pushTo(byRule, f.ruleId, f);
  yield row(['framework', 'framework_version', 'control', 'control_section', 'control_title', 'control_status', ...FINDING_COLUMNS]);
  for (const framework of frameworks) {
    for (const control of framework.controls) {
      const cells = controlCells(framework, control);
      const findings = control.rules.flatMap((rule) => byRule.get(rule) ?? []);
      // A control with nothing to show (manual, or no resource its rules judge) still has its row: an auditor lists every control.
      if (findings.length === 0) yield row([...cells, ...FINDING_COLUMNS.map(() => '')]);
      for (const f of findings) yield row([...cells, ...findingCells(f)]);
    }
  }
}

function controlCells(framework: FrameworkPosture, control: ControlPosture): unknown[] {
  return [framework.id, framework.version, control.id, control.section, control.title, control.status];
}

/** RFC 4180: CRLF rows, a cell quoted when it holds a comma, quote or line break. */
function row(cells: unknown[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/**
 * Input text cannot start a formula when the file is opened in a spreadsheet (`=HYPERLINK(...)`,
 * `+`, `-`, `@`, or a tab or carriage return before one): such a cell is prefixed with `'`, as
 * OWASP advises. Control characters other than line breaks are shown as escapes.
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = showControls(String(value), 'layout');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
