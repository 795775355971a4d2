import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where the step runs, from the runner's environment and the event that started the workflow. */
export interface RunContext {
  /** The checkout (GITHUB_WORKSPACE): annotation paths are relative to it. */
  workspace: string;
  /** `https://github.com/<owner>/<repo>`, for links to files and to the run; undefined outside Actions. */
  repositoryUrl?: string;
  /** `<owner>/<repo>` (GITHUB_REPOSITORY). */
  repository?: string;
  /** The commit the files were read at: the pull request's head, not the merge commit GITHUB_SHA names there. */
  sha?: string;
  pullNumber?: number;
  apiUrl: string;
  runUrl?: string;
  /** Why the event could not be read, when it could not: the step goes on without PR details. */
  eventProblem?: string;
}

export function readRunContext(env: NodeJS.ProcessEnv, cwd = process.cwd()): RunContext {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repository = env['GITHUB_REPOSITORY'] || undefined;
  const context: RunContext = { workspace: resolve(cwd, env['GITHUB_WORKSPACE'] || '.'), apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com' };
  if (repository) {
    context.repository = repository;
    context.repositoryUrl = `${server}/${repository}`;
    if (env['GITHUB_RUN_ID']) context.runUrl = `${context.repositoryUrl}/actions/runs/${env['GITHUB_RUN_ID']}`;
  }
  if (env['GITHUB_SHA']) context.sha = env['GITHUB_SHA'];
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) return context;
  try {
    const pull = (JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown; head?: { sha?: unknown } } }).pull_request;
    if (typeof pull?.number === 'number') context.pullNumber = pull.number;
    if (typeof pull?.head?.sha === 'string' && /^[0-9a-f]{40,64}$/.test(pull.head.sha)) context.sha = pull.head.sha;
  } catch (error) {
    context.eventProblem = `${eventPath}: the event could not be read (${(error as Error).message.split('\n')[0]}): no pull request details`;
  }
  return context;
}

/** A report's file path as the checkout names it (forward slashes), or undefined when it lies outside the checkout. */
export function checkoutPath(file: string, context: RunContext, cwd = process.cwd()): string | undefined {
  const inside = relative(context.workspace, resolve(cwd, file));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside.split(sep).join('/');
}

/** A link to a line of a file at the commit scanned, when the run says which repository and commit. */
export function lineUrl(context: RunContext, path: string, line: number): string | undefined {
  if (!context.repositoryUrl || !context.sha) return undefined;
  return `${context.repositoryUrl}/blob/${context.sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
