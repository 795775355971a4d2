import { PageChain } from '../../read-limits.ts';
import { ArmFailureError, armFailure } from '../failure.ts';
import type { EnrichmentRead } from './enrichment-sources.ts';

type RawCallback = (raw: { bodyAsText?: string | null }) => void;

/**
 * Runs an SDK client call and keeps the bodies ARM sent (through the operation's `onResponse`),
 * not the client's models: those flatten `properties` and drop what they do not know, while the
 * ARM adapter reads the REST shape. Items are a list page's `value`, or the single body. An SDK
 * pager follows `nextLink` without end: a link that repeats, or one past `maxPages`, stops it here.
 */
export async function wireRead(path: string, call: (onResponse: RawCallback) => Promise<unknown>, maxPages?: number): Promise<EnrichmentRead> {
  const items: unknown[] = [];
  const chain = new PageChain(maxPages);
  try {
    await call((raw) => {
      const body = raw.bodyAsText ? (JSON.parse(raw.bodyAsText) as unknown) : undefined;
      const page = body as { value?: unknown; nextLink?: unknown } | undefined;
      if (Array.isArray(page?.value)) items.push(...(page.value as unknown[]));
      else if (body !== undefined) items.push(body);
      const stop = typeof page?.nextLink === 'string' && page.nextLink ? chain.stop(page.nextLink) : undefined;
      if (stop) throw new ArmFailureError({ code: stop.code, message: `${path}: ${stop.message}` });
    });
    return { path, items };
  } catch (error) {
    return { path, items: [], failure: armFailure(error) };
  }
}

/** Reads every page of an SDK pager (each page's body reaches `onResponse`). */
export async function drain(pages: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of pages);
}
