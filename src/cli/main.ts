import { InputError, UsageError } from '../engine/errors.ts';
import { loadCatalogue } from '../engine/catalogue.ts';
import { FileErrors } from '../engine/schema-check.ts';
import { parseScanArgs, SCAN_USAGE } from './args.ts';
import { runScan, type ScanHooks } from './scan.ts';
import { TOOL } from './version.ts';

const USAGE = `aks-audit ${TOOL.version}: security and compliance audit of AKS estates

Usage:
  aks-audit scan [options]     audit an estate and write SARIF, JSON and HTML reports
  aks-audit rules              list the rules with their severity and title
  aks-audit --version

Run "aks-audit scan --help" for the scan options.`;

/**
 * The process boundary: arguments in, exit code out. Every error becomes one line on stderr.
 * `hooks` replace defaults for in-process callers (tests inject an Azure credential and CA);
 * without them, live Azure progress goes to stderr when it is a terminal.
 */
export async function main(
  argv: string[],
  out: (line: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (line: string) => void = (s) => process.stderr.write(s + '\n'),
  hooks: ScanHooks = {},
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') return (out(TOOL.version), 0);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') return (out(USAGE), 0);
    if (command === 'scan') {
      if (rest.includes('--help') || rest.includes('-h')) return (out(SCAN_USAGE), 0);
      return (await runScan(parseScanArgs(rest, new Date()), out, new Date(), withTerminalProgress(hooks))).exitCode;
    }
    if (command === 'rules') {
      for (const entry of loadCatalogue().values()) out(`${entry.severity.padEnd(8)} ${entry.id.padEnd(48)} ${entry.title}`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}" (try: aks-audit --help)`);
  } catch (error) {
    return reportError(error, err);
  }
}

function withTerminalProgress(hooks: ScanHooks): ScanHooks {
  if (hooks.azure?.progress || !process.stderr.isTTY) return hooks;
  return { ...hooks, azure: { ...hooks.azure, progress: (text) => process.stderr.write(text) } };
}

function reportError(error: unknown, err: (s: string) => void): 2 {
  if (error instanceof FileErrors) for (const problem of error.problems) err(`aks-audit: ${oneLine(problem)}`);
  else if (error instanceof UsageError || error instanceof InputError) err(`aks-audit: ${oneLine(error.message)}`);
  else if (isSystemError(error)) err(`aks-audit: ${oneLine(`${error.path ?? ''}${error.path ? ': ' : ''}${error.code}: ${error.message.split('\n')[0]}`)}`);
  else err(`aks-audit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in aks-audit; please report it with the command you ran.`);
  return 2;
}

/** File names and pointers come from the user's disk: control and bidi characters are shown escaped, so an error stays one honest line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}
