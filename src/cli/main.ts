import { InputError, UsageError } from '../engine/errors.ts';
import { loadCatalogue } from '../engine/catalogue.ts';
import { loadFrameworks } from '../engine/framework.ts';
import { FileErrors } from '../engine/schema-check.ts';
import { parseScanArgs, SCAN_USAGE } from './args.ts';
import { DIFF_USAGE, parseDiffArgs, runDiff } from './diff.ts';
import { runScan, type ScanHooks } from './scan.ts';
import { renderLine, wantsColour } from './colour.ts';
import { EXPLAIN_USAGE, explainCommand } from './explain-command.ts';
import { STDOUT } from './output-args.ts';
import { REPORT_USAGE, parseReportArgs, runReport } from './report-command.ts';
import { RULES_USAGE, rulesCommand } from './rules-command.ts';
import { TOOL } from '../lib/version.ts';
import { showControls } from '../lib/control-characters.ts';
import { streamWriter } from './standard-streams.ts';

const USAGE = `aks-audit ${TOOL.version}: security and compliance audit of AKS estates

Usage:
  aks-audit scan [options]     audit an estate and write SARIF, JSON, HTML or text reports
  aks-audit diff <old> <new>   new, fixed and changed findings between two reports (JSON or SARIF)
  aks-audit report --history <folder|url>
                               the newest run's reports again from a history, without scanning
  aks-audit rules [options]    list the rules: id, severity, service, frameworks, title
                               (--json, --framework <id>, --service <name>)
  aks-audit explain <rule-id>  what a rule checks, its parameters, how to fix a failure
  aks-audit help [command]     this text, or a command's options
  aks-audit --version

Run "aks-audit <command> --help" for a command's options.`;

/** Each command's usage, for `<command> --help` and `help <command>`. */
const COMMAND_USAGE: Record<string, string> = { scan: SCAN_USAGE, diff: DIFF_USAGE, report: REPORT_USAGE, rules: RULES_USAGE, explain: EXPLAIN_USAGE };

/** What tests (and other in-process callers) may set instead of the process's own. */
export interface MainHooks extends ScanHooks {
  /** Whether stdout and stderr are terminals, which decides colour; default: the process's streams. */
  isTTY?: { stdout: boolean; stderr: boolean };
  /** Where NO_COLOR, FORCE_COLOR and TERM are read; default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The process boundary: arguments in, exit code out. Every error becomes one line on stderr.
 * It is also the terminal boundary: each line printed, `out` and `err` alike, has its control and
 * bidi characters shown escaped (names, paths and messages come from the input), so a line is one
 * line and an escape sequence in a resource or file name never reaches the terminal; the
 * summary's colour codes (src/cli/colour.ts) are added after that, on a terminal only.
 * `hooks` replace defaults for in-process callers (tests inject an Azure credential and CA, the
 * terminal's TTY state and environment, and where a report on stdout goes);
 * without them, live Azure progress goes to stderr when it is a terminal.
 */
export async function main(
  argv: string[],
  out: (line: string) => void = lineWriter(process.stdout),
  err: (line: string) => void = lineWriter(process.stderr),
  hooks: MainHooks = {},
): Promise<number> {
  const print = (line: string) => out(showControls(line));
  const complain = (line: string) => err(showControls(line));
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') return (noArguments(command, rest), print(TOOL.version), 0);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return (printLines(usageFor(rest), print), 0);
    const usage = COMMAND_USAGE[command];
    if (usage === undefined) throw new UsageError(`unknown command "${command}" (try: aks-audit --help)`);
    if (rest.includes('--help') || rest.includes('-h')) return (printLines(usage, print), 0);
    if (command === 'rules') {
      const catalogue = loadCatalogue();
      return (printLines(rulesCommand(rest, catalogue, loadFrameworks(catalogue)).join('\n'), print), 0);
    }
    if (command === 'explain') {
      const catalogue = loadCatalogue();
      return (printLines(explainCommand(rest, catalogue, loadFrameworks(catalogue)).join('\n'), print), 0);
    }
    if (command === 'diff') return runDiff(parseDiffArgs(rest), print);
    if (command === 'report') {
      const options = parseReportArgs(rest);
      // With a report on stdout, what was written is said on stderr.
      return await runReport(options, Object.values(options.paths ?? {}).includes(STDOUT) ? complain : print, hooks.stdout ?? streamWriter(process.stdout), hooks.history);
    }
    const options = parseScanArgs(rest, new Date());
    // With a report on stdout, the summary goes to stderr: what reads stdout gets the report alone.
    const piped = Object.values(options.paths ?? {}).includes(STDOUT);
    const summary = piped ? err : out;
    const colour = wantsColour(hooks.env ?? process.env, (hooks.isTTY ?? { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true })[piped ? 'stderr' : 'stdout']);
    const outcome = await runScan(options, (line) => summary(renderLine(line, colour)), new Date(), withTerminalProgress(hooks));
    if (outcome.problem) complain(`aks-audit: ${outcome.problem}`);
    if (!options.quiet) summary(renderLine(outcome.status, colour));
    return outcome.exitCode;
  } catch (error) {
    return reportError(error, complain);
  }
}

/** `help` alone, or `help <command>`; anything more is a usage error. */
function usageFor(rest: string[]): string {
  if (rest.length === 0) return USAGE;
  const usage = rest.length === 1 ? COMMAND_USAGE[rest[0]!] : undefined;
  if (usage === undefined) throw new UsageError(`help takes one command name (${Object.keys(COMMAND_USAGE).join(', ')}), not "${rest.join(' ')}"`);
  return usage;
}

function noArguments(command: string, rest: string[]): void {
  if (rest.length) throw new UsageError(`${command} takes no arguments, not "${rest.join(' ')}"`);
}

function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  const write = streamWriter(stream);
  return (line) => write(line + '\n');
}

/** Our own multi-line texts (usage, a stack trace), one line at a time: a line break inside a line is escaped. */
function printLines(text: string, print: (line: string) => void): void {
  for (const line of text.split('\n')) print(line);
}

/** The progress line is rewritten in place (carriage return, erase line): the only control characters aks-audit writes itself. */
function withTerminalProgress(hooks: ScanHooks): ScanHooks {
  if (hooks.azure?.progress || !process.stderr.isTTY) return hooks;
  const write = streamWriter(process.stderr);
  return { ...hooks, azure: { ...hooks.azure, progress: (line, last) => write(`\r\x1b[K${showControls(line)}${last ? '\n' : ''}`) } };
}

/** An error as the user reads it: one line for their mistake (usage, input, a path), a stack trace and a plea for a bug report otherwise. */
export function reportError(error: unknown, err: (line: string) => void): 2 {
  if (error instanceof FileErrors) for (const problem of error.problems) err(`aks-audit: ${problem}`);
  else if (error instanceof UsageError || error instanceof InputError) err(`aks-audit: ${error.message}`);
  else if (isSystemError(error)) err(`aks-audit: ${error.path ?? ''}${error.path ? ': ' : ''}${error.code}: ${error.message.split('\n')[0]}`);
  else {
    printLines(`aks-audit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, err);
    err('This is a bug in aks-audit; please report it with the command you ran.');
  }
  return 2;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}
