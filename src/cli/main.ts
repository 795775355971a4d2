import { InputError, UsageError } from '../engine/errors.ts';
import { loadCatalogue } from '../engine/catalogue.ts';
import { FileErrors } from '../engine/schema-check.ts';
import { parseScanArgs, SCAN_USAGE } from './args.ts';
import { DIFF_USAGE, parseDiffArgs, runDiff } from './diff.ts';
import { runScan, type ScanHooks } from './scan.ts';
import { TOOL } from '../lib/version.ts';
import { showControls } from '../lib/control-characters.ts';
import { streamWriter } from './standard-streams.ts';

const USAGE = `aks-audit ${TOOL.version}: security and compliance audit of AKS estates

Usage:
  aks-audit scan [options]     audit an estate and write SARIF, JSON and HTML reports
  aks-audit diff <old> <new>   new, fixed and changed findings between two reports (JSON or SARIF)
  aks-audit rules              list the rules with their severity and title
  aks-audit --version

Run "aks-audit scan --help" for the scan options.`;

/**
 * The process boundary: arguments in, exit code out. Every error becomes one line on stderr.
 * It is also the terminal boundary: each line printed, `out` and `err` alike, has its control and
 * bidi characters shown escaped (names, paths and messages come from the input), so a line is one
 * line and an escape sequence in a resource or file name never reaches the terminal.
 * `hooks` replace defaults for in-process callers (tests inject an Azure credential and CA);
 * without them, live Azure progress goes to stderr when it is a terminal.
 */
export async function main(
  argv: string[],
  out: (line: string) => void = lineWriter(process.stdout),
  err: (line: string) => void = lineWriter(process.stderr),
  hooks: ScanHooks = {},
): Promise<number> {
  const print = (line: string) => out(showControls(line));
  const complain = (line: string) => err(showControls(line));
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') return (print(TOOL.version), 0);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return (printLines(USAGE, print), 0);
    if (command === 'scan') {
      if (rest.includes('--help') || rest.includes('-h')) return (printLines(SCAN_USAGE, print), 0);
      const outcome = await runScan(parseScanArgs(rest, new Date()), print, new Date(), withTerminalProgress(hooks));
      if (outcome.problem) complain(`aks-audit: ${outcome.problem}`);
      return outcome.exitCode;
    }
    if (command === 'diff') {
      if (rest.includes('--help') || rest.includes('-h')) return (printLines(DIFF_USAGE, print), 0);
      return runDiff(parseDiffArgs(rest), print);
    }
    if (command === 'rules') {
      for (const entry of loadCatalogue().values()) print(`${entry.severity.padEnd(8)} ${entry.id.padEnd(48)} ${entry.title}`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}" (try: aks-audit --help)`);
  } catch (error) {
    return reportError(error, complain);
  }
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

function reportError(error: unknown, err: (line: string) => void): 2 {
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
