import { armList, armRequest } from './arm-rest.ts';
import type { ArmConnection } from './connection.ts';
import type { ArmFailure } from './failure.ts';
import { isSubscriptionId } from './scan-options.ts';

/** Microsoft.Resources Subscriptions API (`Subscriptions_Get`, `Subscriptions_List`). */
export const SUBSCRIPTIONS_API_VERSION = '2022-12-01';

/** One subscription in scope: its ARM body when it could be read, else why not. */
export interface ScopedSubscription {
  id: string;
  body: Record<string, unknown> | null;
  failure?: ArmFailure;
}

export interface SubscriptionListing {
  subscriptions: ScopedSubscription[];
  /** `--all-subscriptions`: the listing itself failed (nothing, or only its first pages, in scope). */
  failure?: ArmFailure;
  /** Listed but not scanned: disabled or deleted subscriptions refuse reads. */
  skipped: string[];
}


/** Named subscriptions: one GET each, so a 403 or 404 on one is that subscription's alone. */
export async function readSubscriptions(conn: ArmConnection, ids: string[]): Promise<SubscriptionListing> {
  const unique = [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
  const subscriptions = await Promise.all(
    unique.map(async (id): Promise<ScopedSubscription> => {
      const answer = await armRequest(conn, 'GET', `/subscriptions/${encodeURIComponent(id)}`, SUBSCRIPTIONS_API_VERSION);
      if (!answer.ok) return { id, body: null, failure: answer.failure };
      return { id, body: answer.body as Record<string, unknown> };
    }),
  );
  return { subscriptions, skipped: [] };
}

/** Every subscription the identity can list (paged by `nextLink`), minus those that refuse reads. */
export async function listSubscriptions(conn: ArmConnection): Promise<SubscriptionListing> {
  const { items, failure } = await armList(conn, '/subscriptions', SUBSCRIPTIONS_API_VERSION);
  const subscriptions: ScopedSubscription[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    const body = item as Record<string, unknown>;
    const id = typeof body.subscriptionId === 'string' ? body.subscriptionId : undefined;
    if (!id || !isSubscriptionId(id)) continue;
    if (body.state === 'Disabled' || body.state === 'Deleted') skipped.push(id);
    else subscriptions.push({ id, body });
  }
  return { subscriptions, skipped, ...(failure ? { failure } : {}) };
}
