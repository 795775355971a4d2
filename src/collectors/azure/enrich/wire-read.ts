import { armFailure } from '../failure.ts';
import type { EnrichmentRead } from './enrichment-sources.ts';

type RawCallback = (raw: { bodyAsText?: string | null }) => void;

/**
 * Runs an SDK client call and keeps the bodies ARM sent (through the operation's `onResponse`),
 * not the client's models: those flatten `properties` and drop what they do not know, while the
 * ARM adapter reads the REST shape. Items are a list page's `value`, or the single body.
 */
export async function wireRead(path: string, call: (onResponse: RawCallback) => Promise<unknown>): Promise<EnrichmentRead> {
  const items: unknown[] = [];
  try {
    await call((raw) => {
      const body = raw.bodyAsText ? (JSON.parse(raw.bodyAsText) as unknown) : undefined;
      const value = (body as { value?: unknown } | undefined)?.value;
      if (Array.isArray(value)) items.push(...(value as unknown[]));
      else if (body !== undefined) items.push(body);
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
