import { parseScanArgs } from '../cli/args.ts';
import { renderLine } from '../cli/colour.ts';
import { failsGate, type ExitCode } from '../cli/exit-code.ts';
import { reportError } from '../cli/main.ts';
import { reportPath, runScan, type ScanHooks } from '../cli/scan.ts';
import type { Format } from '../reporters/index.ts';
import { annotate } from './annotations.ts';
import { commentBody, commentMarker } from './comment-body.ts';
import { readInputs } from './inputs.ts';
import { jobSummary, type Gate } from './job-summary.ts';
import { actionOutputs } from './outputs.ts';
import { upsertPullRequestComment, type CommentOutcome, type PullRequestComment } from './pr-comment.ts';
import { readRunContext } from './run-context.ts';
import { appendOutputs, appendSummary, printUntrusted, workflowCommand } from './workflow-commands.ts';

/** What tests replace: the comment client (a local stand-in of the API is the client's own test), the clock, and the scan's hooks. */
export interface ActionHooks extends ScanHooks {
  comment?: (request: PullRequestComment) => Promise<CommentOutcome>;
  now?: Date;
}

/**
 * The Action, from the step's environment to its exit code: inputs → the CLI's scan, in process →
 * the CLI's summary in the log, annotations, the job summary, the step's outputs and the pull
 * request's comment. The exit code is the scan's (0 passed, 1 the gate failed, 2 error, 3 nothing
 * read); any but 0 fails the step, with one error saying why.
 */
export async function runAction(env: NodeJS.ProcessEnv, print: (line: string) => void, hooks: ActionHooks = {}): Promise<ExitCode> {
  const now = hooks.now ?? new Date();
  const fail = (error: unknown) => reportError(error, errorLines(print));
  let inputs, options;
  try {
    inputs = readInputs(env);
    options = parseScanArgs(inputs.argv, now);
  } catch (error) {
    return fail(error);
  }
  const context = readRunContext(env);
  const warnings: string[] = [];
  if (context.eventProblem) warnings.push(context.eventProblem);
  if (inputs.missingBaseline !== undefined) warnings.push(`baseline ${inputs.missingBaseline} not found: every failure counts, not only new ones (scan the default branch to make a baseline)`);
  const commenting = inputs.comment && context.pullNumber !== undefined && context.repository !== undefined;

  const log: string[] = [];
  const started = performance.now();
  let outcome;
  try {
    outcome = await runScan(options, (line) => log.push(renderLine(line, false)), now, hooks);
  } catch (error) {
    printUntrusted(log, print);
    return fail(error);
  }
  const scanMs = performance.now() - started;
  printUntrusted(log, print);

  const { report, exitCode } = outcome;
  const policy = { failOn: options.failOn, failOnNew: options.failOnNew ?? false };
  const gate: Gate = { exitCode, failOn: policy.failOn, failOnNew: policy.failOnNew, failures: report.findings.filter((f) => failsGate(f, policy)).length };
  if (outcome.problem) gate.problem = outcome.problem;
  const verdict = exitCode === 0 ? undefined : `aks-audit: ${gate.problem ?? (exitCode === 2 ? `${report.crashes.length} rule(s) failed to run` : `${gate.failures} ${gate.failOnNew ? 'new ' : ''}failure(s) at or above ${gate.failOn}`)} (see the job summary)`;

  const annotations = annotate(report, policy, context, { error: verdict ? 1 : 0, warning: warnings.length + (commenting ? 1 : 0) });
  for (const warning of warnings) print(workflowCommand('warning', {}, warning));
  if (verdict) print(workflowCommand('error', {}, verdict));
  for (const command of annotations.commands) print(command);

  const reports: Partial<Record<Format, string>> = Object.fromEntries(options.formats.map((format) => [format, reportPath(options, format)]));
  const summaryFile = env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendSummary(summaryFile, jobSummary({ report, gate, context, category: inputs.category, reports: outcome.written, notAnnotated: annotations.notShown, scanMs, ...(inputs.missingBaseline === undefined ? {} : { missingBaseline: inputs.missingBaseline }) }));
  const outputFile = env['GITHUB_OUTPUT'];
  if (outputFile) appendOutputs(outputFile, actionOutputs(report, gate, reports, inputs.category));

  if (inputs.comment && !commenting) print(workflowCommand('notice', {}, 'comment: true, but this run is not for a pull request: no comment was written'));
  if (commenting) {
    const post = hooks.comment ?? upsertPullRequestComment;
    const posted = await post({ apiUrl: context.apiUrl, token: inputs.token, repository: context.repository!, pullNumber: context.pullNumber!, marker: commentMarker(inputs.category), body: commentBody(report, gate, context, inputs.category) });
    if (posted.action === 'failed') print(workflowCommand('warning', {}, posted.warning));
  }
  print(`aks-audit: scanned in ${Math.round(scanMs)} ms`);
  return exitCode;
}

/** Each line of a user's error as an error annotation; of an internal error, only the first, and its stack trace as log lines. */
function errorLines(print: (line: string) => void): (line: string) => void {
  let internal: boolean | undefined;
  return (line) => {
    if (internal) return printUntrusted([line], print);
    internal ??= line.startsWith('aks-audit: internal error');
    print(workflowCommand('error', {}, line));
  };
}
