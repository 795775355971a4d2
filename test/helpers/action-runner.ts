import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Action's entry as the tests run it: the sources, which Node 24 runs directly (action.yml runs their bundle). */
export const ACTION_ENTRY = fileURLToPath(new URL('../../src/action/main.ts', import.meta.url));

/** A workflow command the runner would act on: `::error file=a,line=3::message`, unescaped. */
export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepRun {
  code: number;
  stdout: string;
  /** The commands on stdout the runner obeys (none between `::stop-commands::` and its token). */
  commands: WorkflowCommand[];
  /** Lines printed as text: the log a person reads. */
  log: string[];
  outputs: Record<string, string>;
  summary: string;
}

export interface StepSettings {
  /** `with:` of the step: each becomes `INPUT_<NAME>`. */
  inputs: Record<string, string>;
  /** The event payload GITHUB_EVENT_PATH names; a pull_request event by default. */
  event?: object;
  env?: Record<string, string>;
  entry?: string;
}

export const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
export const PULL_NUMBER = 42;

/**
 * Runs the Action's entry in `workspace` as GitHub's runner does: a process with the step's inputs
 * in `INPUT_*`, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_EVENT_PATH naming a pull_request
 * event, and nothing else of this process's environment (a CI runner's own GITHUB_* stay out).
 */
export async function runStep(workspace: string, settings: StepSettings): Promise<StepRun> {
  const runner = mkdtempSync(join(tmpdir(), 'aks-audit-runner-'));
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary.md'), event: join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(settings.event ?? { action: 'synchronize', number: PULL_NUMBER, pull_request: { number: PULL_NUMBER, head: { sha: HEAD_SHA } } }));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'contoso/platform-infra',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_RUN_ID: '1234',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...Object.fromEntries(Object.entries(settings.inputs).map(([name, value]) => [`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`, value])),
    ...settings.env,
  };
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [settings.entry ?? ACTION_ENTRY], { cwd: workspace, env, maxBuffer: 64 << 20 }, (error, out) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out }));
  });
  const { commands, log } = parseStdout(stdout);
  return { code, stdout, commands, log, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}

/** The runner's reading of stdout: `::name k=v,…::message` lines are commands, except while commands are stopped. */
export function parseStdout(stdout: string): { commands: WorkflowCommand[]; log: string[] } {
  const commands: WorkflowCommand[] = [];
  const log: string[] = [];
  let stoppedUntil: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined;
      else log.push(line);
      continue;
    }
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) {
      if (line) log.push(line);
      continue;
    }
    const [, name, props, message] = match as unknown as [string, string, string | undefined, string];
    if (name === 'stop-commands') {
      stoppedUntil = message;
      continue;
    }
    const properties = Object.fromEntries((props ? props.split(',') : []).map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
    commands.push({ name, properties, message: unescape(message) });
  }
  return { commands, log };
}

function unescape(text: string): string {
  return text.replaceAll('%0A', '\n').replaceAll('%0D', '\r').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

/** GITHUB_OUTPUT as the runner reads it: `name<<delimiter`, value lines, `delimiter`; or `name=value`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: ${heredoc[1]} has no closing delimiter`);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return outputs;
}
