import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type MainHooks } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process, as the binary would, capturing what it prints. */
export async function runMain(...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, (s) => stdout.push(s), (s) => stderr.push(s));
  return { code, stdout, stderr };
}

export interface CliRunWith extends CliRun {
  /** What a report sent to stdout (`--out -`) wrote, in one string. */
  report: string;
}

/** `runMain` with the terminal as `hooks` says (TTY or not, environment), and the report written to stdout captured. */
export async function runMainWith(hooks: MainHooks, ...argv: string[]): Promise<CliRunWith> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let report = '';
  const code = await main(argv, (s) => stdout.push(s), (s) => stderr.push(s), { env: {}, isTTY: { stdout: false, stderr: false }, stdout: (text) => (report += text), ...hooks });
  return { code, stdout, stderr, report };
}

/** A fresh empty folder for one test's inputs and outputs. */
export function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'aks-audit-cli-'));
}
