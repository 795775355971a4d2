import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

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

/** A fresh empty folder for one test's inputs and outputs. */
export function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'aks-audit-cli-'));
}
