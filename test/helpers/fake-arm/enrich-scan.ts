import type { TokenCredential } from '@azure/core-auth';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { newRequestStats, type ArmConnection } from '../../../src/collectors/azure/connection.ts';
import { sourcesOf } from '../../../src/collectors/azure/enrich/enrichment-sources.ts';
import { enrichLive } from '../../../src/collectors/azure/enrich/index.ts';
import { Limiter } from '../../../src/collectors/azure/limiter.ts';
import type { Source } from '../../../src/state/snapshot.ts';
import type { State } from '../../../src/state/state.ts';
import { enrichmentRoutes, pricings, securityContacts, type EnrichmentEstate } from './routes-enrichment.ts';
import { resourceGraphRow } from './routes-inventory.ts';
import { startFakeArm, type FakeArm } from './server.ts';

/** An injected identity: never a credential chain that could probe anything but 127.0.0.1. */
const credential: TokenCredential = { getToken: async () => ({ token: 'fake-arm-token', expiresOnTimestamp: Date.now() + 3600e3 }) };

export interface EnrichRun {
  state: State;
  sources: Source[];
  arm: FakeArm;
  conn: ArmConnection;
}

/**
 * Runs the live enrichment with the real SDK clients against a fake ARM on 127.0.0.1 (HTTPS,
 * self-signed), over an inventory of ARM bodies given as Resource Graph would return them, and
 * adapts inventory + enrichment into state as the scan does. Every subscription gets the REST
 * examples' Defender plans and security contacts unless `estate` answers them otherwise. The fake
 * is closed before returning.
 */
export async function enrichAgainstFake(bodies: Array<Record<string, unknown>>, estate: EnrichmentEstate, options: { subscriptions?: string[]; readAt?: Date } = {}): Promise<EnrichRun> {
  const subscriptions = new Set([...(options.subscriptions ?? []), ...bodies.map((b) => String(b.id).split('/')[2]!)].map((s) => s.toLowerCase()));
  const defender = [...subscriptions].flatMap((sub) => [
    [`/subscriptions/${sub}/providers/Microsoft.Security/pricings`, { items: pricings(sub) }],
    [`/subscriptions/${sub}/providers/Microsoft.Security/securityContacts`, { items: securityContacts(sub) }],
  ]);
  const arm = await startFakeArm(enrichmentRoutes({ ...estate, answers: { ...Object.fromEntries(defender), ...estate.answers } }));
  try {
    const conn: ArmConnection = {
      endpoint: arm.url,
      credential,
      scope: 'https://management.azure.com/.default',
      tlsCa: arm.ca,
      concurrency: new Limiter(4),
      timeoutMs: 10_000,
      stats: newRequestStats(),
      retry: { maxRetries: 0, retryDelayInMs: 10, maxRetryDelayInMs: 10 },
    };
    const inventory = collectArmResources({ data: bodies.map((b) => resourceGraphRow(b)) }, 'resource-graph', 'azure:resource-graph').resources;
    // The subscriptions named on the command line, as Subscriptions_Get returned them.
    for (const sub of options.subscriptions ?? []) inventory.push(...collectArmResources({ id: `/subscriptions/${sub}`, subscriptionId: sub, displayName: `sub ${sub.slice(0, 8)}`, state: 'Enabled' }, 'subscriptions', `azure:${sub}`).resources);
    const readAt = options.readAt ?? new Date('2026-11-22T09:30:00Z');
    const enriched = await enrichLive(conn, inventory, { subscriptions: [...subscriptions], now: () => readAt });
    const { state } = adaptArm([...inventory, ...enriched.resources]);
    return { state, sources: sourcesOf(enriched.tallies), arm, conn };
  } finally {
    await arm.close();
  }
}
