// Bounds every live read of a scan shares, Azure and Kubernetes alike: how many pages one list may
// take, and the scan's deadline. A server that pages forever or never answers ends one source, never
// the scan. No SDK is imported here: the CLI parses these for offline scans too.

/** Pages one list may take by default: 1,000 pages are a million Resource Graph rows or 500,000 Kubernetes objects of one kind. */
export const DEFAULT_MAX_PAGES = 1000;

/** `--deadline`: aborted when the live scan's time is up; what is unread then is `timeout`. */
export interface Deadline {
  signal: AbortSignal;
  seconds: number;
}

export function deadlineAfter(seconds: number): Deadline {
  return { signal: AbortSignal.timeout(seconds * 1000), seconds };
}

export function deadlineMessage(deadline: Deadline): string {
  return `the scan's deadline (--deadline ${deadline.seconds}) passed before this was read`;
}

/** Why a paged list stopped early: a token it had already followed (it would never end), or the page cap. */
export interface PagingStop {
  code: 'page-loop' | 'page-limit';
  message: string;
}

/**
 * One paged list (`nextLink`, `$skipToken`, `continue`): told each page's continuation token, it
 * says when to stop following them. Pages already read are kept; the source is then partial.
 */
export class PageChain {
  private readonly maxPages: number;
  private readonly seen = new Set<string>();
  private pages = 0;

  constructor(maxPages = DEFAULT_MAX_PAGES) {
    this.maxPages = maxPages;
  }

  /** After a page whose continuation token is `token`: undefined to fetch the next page, or why not. */
  stop(token: string): PagingStop | undefined {
    this.pages += 1;
    if (this.seen.has(token)) return { code: 'page-loop', message: `a continuation token came back after ${this.pages} page(s): the list would never end, so the rest was not read` };
    if (this.pages >= this.maxPages) return { code: 'page-limit', message: `stopped after ${this.pages} page(s) (--max-pages ${this.maxPages}); the rest was not read` };
    this.seen.add(token);
    return undefined;
  }
}

/** What the command line bounds for every live collector of one scan. */
export interface ReadLimits {
  /** `--max-pages` (default DEFAULT_MAX_PAGES). */
  maxPages?: number;
  deadline?: Deadline;
}
