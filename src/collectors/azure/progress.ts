import type { RequestStats } from './connection.ts';

export interface AzureProgressCounts {
  subscriptions: number;
  subscriptionsInScope: number;
  resources: number;
}

/**
 * One status line, rewritten in place about four times a second: for a terminal only (the CLI
 * passes a writer only when stderr is a TTY), so logs and pipes never see carriage returns.
 */
export function startProgress(write: (text: string) => void, stats: RequestStats, counts: AzureProgressCounts): () => void {
  const render = () =>
    write(`\r\x1b[Kazure: subscriptions ${counts.subscriptions}/${counts.subscriptionsInScope} · resources ${counts.resources.toLocaleString('en-US')} · requests ${stats.requests.toLocaleString('en-US')} · throttled ${stats.throttled}`);
  const timer = setInterval(render, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    render();
    write('\n');
  };
}
