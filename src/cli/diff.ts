import { parseArgs } from 'node:util';
import { UsageError } from '../engine/errors.ts';
import { atLeast, isSeverity, type Severity } from '../engine/severity.ts';
import { compareFindings } from '../policy/baseline.ts';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../reporters/diff.ts';
import { readRecordedReport } from './report-file.ts';
import { writeAll } from './write-reports.ts';

export const DIFF_USAGE = `Usage: aks-audit diff <old-report> <new-report> [options]

Compares two reports of aks-audit scans, each a JSON report or a SARIF file (SARIF holds
failures and waived ones only), matching findings by fingerprint (rule, resource, part):
new failures, fixed ones, failures whose status (fail -> unknown or waived) or severity
changed, and unchanged ones.

Options:
  --format <format>          text, json or markdown (default: text)
  --out <file>               write there instead of to stdout (- for stdout)
  --fail-on <severity>       exit 1 on new failures at or above: critical, high, medium, low,
                             info, or none (default: info, any new failure)

Exit codes:
  0  no new failure at or above --fail-on
  1  new failures at or above --fail-on
  2  usage error, or a report that cannot be read (the file and the place are named)`;

export interface DiffOptions {
  before: string;
  after: string;
  format: DiffFormat;
  /** A file, or undefined for stdout. */
  out?: string;
  failOn: Severity | 'none';
}

export function parseDiffArgs(argv: string[]): DiffOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, 'fail-on': { type: 'string' } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see aks-audit diff --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw new UsageError(`diff takes two reports, the old one and the new one (got ${positionals.length}; see aks-audit diff --help)`);
  const format = (values.format ?? 'text').toLowerCase();
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: "${values.format}" is not one of ${DIFF_FORMATS.join(', ')}`);
  const failOn = (values['fail-on'] ?? 'info').toLowerCase();
  if (failOn !== 'none' && !isSeverity(failOn)) throw new UsageError(`--fail-on: "${values['fail-on']}" is not one of critical, high, medium, low, info, none`);
  const options: DiffOptions = { before: positionals[0]!, after: positionals[1]!, format: format as DiffFormat, failOn };
  if (values.out !== undefined && values.out !== '-') options.out = values.out;
  return options;
}

/** Reads both reports (either failing stops with exit 2 before anything is written), writes the diff, and exits 1 on new failures at or above `--fail-on`. */
export function runDiff(options: DiffOptions, print: (line: string) => void): 0 | 1 {
  const before = readRecordedReport(options.before);
  const after = readRecordedReport(options.after);
  const changes = compareFindings(before.findings, after.findings);
  const output = renderDiff({ before, after, changes }, options.format);
  if (options.out === undefined) for (const line of output.replace(/\n$/, '').split('\n')) print(line);
  else writeAll([{ path: options.out, content: output }]);
  const { failOn } = options;
  return failOn !== 'none' && changes.new.some(({ finding }) => atLeast(finding.severity, failOn)) ? 1 : 0;
}
