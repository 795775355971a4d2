import type { RequestStats } from './connection.ts';

export interface AzureProgressCounts {
  subscriptions: number;
  subscriptionsInScope: number;
  resources: number;
}

/**
 * One status line, shown about four times a second and a last time (`last`) when the read ends: the
 * CLI passes a writer only when stderr is a TTY, and rewrites the line in place there.
 */
export function startProgress(show: (line: string, last: boolean) => void, stats: RequestStats, counts: AzureProgressCounts): () => void {
  const render = (last = false) =>
    show(`azure: subscriptions ${counts.subscriptions}/${counts.subscriptionsInScope} · resources ${counts.resources.toLocaleString('en-US')} · requests ${stats.requests.toLocaleString('en-US')} · throttled ${stats.throttled}`, last);
  const timer = setInterval(render, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    render(true);
  };
}
