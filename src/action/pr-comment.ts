import { mayCarryToken } from '../lib/bearer-url.ts';
import { showControls } from '../lib/control-characters.ts';
import { TOOL } from '../lib/version.ts';

/** GitHub refuses a comment body longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;

/** Comments read per page (GitHub's maximum), and pages read at most: a pull request with more than 10,000 comments gets a new one. */
const PAGE_SIZE = 100;
const MAX_PAGES = 100;
const DEFAULT_TIMEOUT_MS = 30_000;

export interface PullRequestComment {
  /** `GITHUB_API_URL`: https://api.github.com, or a GitHub Enterprise Server's `https://<host>/api/v3`. */
  apiUrl: string;
  token: string;
  /** `owner/name`, as in `GITHUB_REPOSITORY`. */
  repository: string;
  pullNumber: number;
  /** Names this comment among the pull request's others: the body starts with `<!-- marker -->`. */
  marker: string;
  /** Markdown; cut to fit GitHub's limit when longer. */
  body: string;
  fetch?: typeof fetch;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export type CommentOutcome = { action: 'created' | 'updated'; id: number; url: string } | { action: 'failed'; warning: string };

/**
 * One comment per pull request, kept current: the comment whose body starts with the marker is
 * edited in place, or one is created. Whatever goes wrong (a read-only token on a fork's pull
 * request, GitHub down) comes back as a warning: a comment is never worth failing the scan for.
 * The token only goes to `apiUrl`: redirects and pages that point elsewhere are not followed.
 */
export async function upsertPullRequestComment(request: PullRequestComment): Promise<CommentOutcome> {
  const where = `pull request #${request.pullNumber}`;
  try {
    const api = new GitHubApi(request);
    const marker = markerLine(request.marker);
    const body = fitComment(marker, request.body);
    const existing = await api.findComment(marker);
    const written =
      existing === undefined
        ? await api.send('POST', `${api.issue}/comments`, { body })
        : await api.send('PATCH', `${api.repo}/issues/comments/${existing}`, { body });
    const { id, html_url: url } = written as { id: number; html_url: string };
    return { action: existing === undefined ? 'created' : 'updated', id, url };
  } catch (error) {
    const reason = error instanceof CommentError ? error.message : `the request failed (${causeOf(error)})`;
    return { action: 'failed', warning: showControls(`could not comment on ${where}: ${reason}`) };
  }
}

/** What a failed request means, in a sentence for the warning. */
class CommentError extends Error {}

class GitHubApi {
  readonly repo: string;
  readonly issue: string;
  private readonly origin: string;
  private readonly headers: Record<string, string>;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;

  constructor(request: PullRequestComment) {
    const base = apiBase(request.apiUrl);
    if (!/^[\w.-]+\/[\w.-]+$/.test(request.repository)) throw new CommentError(`"${request.repository}" is not an owner/name repository`);
    if (!Number.isSafeInteger(request.pullNumber) || request.pullNumber < 1) throw new CommentError(`"${request.pullNumber}" is not a pull request number`);
    this.origin = base.origin;
    this.repo = `${base.href}/repos/${request.repository}`;
    this.issue = `${this.repo}/issues/${request.pullNumber}`;
    this.headers = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${request.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': `${TOOL.name}/${TOOL.version}`,
    };
    this.fetch = request.fetch ?? fetch;
    this.timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** The id of the first comment whose body starts with the marker line, reading every page. */
  async findComment(marker: string): Promise<number | undefined> {
    let url: string | undefined = `${this.issue}/comments?per_page=${PAGE_SIZE}`;
    for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
      const response = await this.call('GET', url);
      const comments = (await response.json()) as { id: number; body?: string | null }[];
      const found = comments.find((c) => c.body?.startsWith(marker));
      if (found) return found.id;
      url = this.nextPage(response.headers.get('link'));
    }
    return undefined;
  }

  async send(method: 'POST' | 'PATCH', url: string, payload: unknown): Promise<unknown> {
    const response = await this.call(method, url, JSON.stringify(payload));
    return response.json();
  }

  private async call(method: string, url: string, body?: string): Promise<Response> {
    const response = await this.fetch(url, {
      method,
      headers: body === undefined ? this.headers : { ...this.headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.ok) return response;
    throw new CommentError(await failureOf(method, response));
  }

  /** The `rel="next"` page, followed only on the API's own origin so the token goes nowhere else. */
  private nextPage(link: string | null): string | undefined {
    const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
    if (next === undefined) return undefined;
    if (new URL(next).origin !== this.origin) throw new CommentError(`GitHub pointed the next page of comments at ${new URL(next).host}, not the API's host: not followed`);
    return next;
  }
}

/** `apiUrl` as a base without a trailing slash, when the token may go there. */
function apiBase(apiUrl: string): { origin: string; href: string } {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new CommentError(`the API URL "${apiUrl}" is not a URL`);
  }
  if (!mayCarryToken(url)) throw new CommentError(`the API URL "${apiUrl}" is not https: the token is not sent`);
  return { origin: url.origin, href: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function markerLine(marker: string): string {
  if (!marker || /[\r\n]|--/.test(marker)) throw new CommentError(`the marker "${marker}" cannot sit in an HTML comment (empty, a line break or "--")`);
  return `<!-- ${marker} -->`;
}

/**
 * The marker line and the body, cut at a line boundary when GitHub would refuse the whole: a code
 * block left open is closed, and a last line says how much was left out.
 */
export function fitComment(marker: string, body: string): string {
  const whole = `${marker}\n${body}`;
  if (whole.length <= COMMENT_LIMIT) return whole;
  const note = (left: number) => `\n\n_… cut here: GitHub takes at most ${COMMENT_LIMIT.toLocaleString('en-US')} characters in a comment (${left.toLocaleString('en-US')} left out)._`;
  const room = COMMENT_LIMIT - marker.length - 1 - note(body.length).length - '\n```'.length;
  const lineEnd = body.lastIndexOf('\n', room);
  let kept = body.slice(0, lineEnd > 0 ? lineEnd : room);
  // A cut between the halves of a surrogate pair would leave half a character.
  if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  const openFence = (kept.match(/^\s*```/gm)?.length ?? 0) % 2 === 1;
  return `${marker}\n${kept}${openFence ? '\n```' : ''}${note(body.length - kept.length)}`;
}

/** The sentence for an answer other than 2xx: GitHub's own message and what usually causes it. */
async function failureOf(method: string, response: Response): Promise<string> {
  if (response.status >= 300 && response.status < 400) {
    const location = URL.parse(response.headers.get('location') ?? '', response.url);
    const host = location?.host ?? 'an unreadable location';
    return `${method} answered HTTP ${response.status}, a redirect to ${host}: not followed, so the token stays with the API`;
  }
  let message = '';
  try {
    message = ((await response.json()) as { message?: unknown }).message?.toString() ?? '';
  } catch {
    // Not GitHub's JSON error (a proxy's page): the status says enough.
  }
  const said = `HTTP ${response.status}${message ? ` ${message}` : ''}`;
  if (response.status === 401) return `${said} (the token was refused)`;
  if (response.status === 403) return `${said} (the token cannot write to this pull request: give the job \`permissions: pull-requests: write\`; a pull request from a fork gets a read-only token)`;
  if (response.status === 404) return `${said} (no such repository or pull request, or the token cannot see it)`;
  return said;
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
