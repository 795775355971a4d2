import type { ArmResource } from '../../../adapters/arm/collect-resources.ts';
import { PRICING, SUBSCRIPTION } from '../../../adapters/arm/subscriptions.ts';
import { armList } from '../arm-rest.ts';
import type { ArmConnection } from '../connection.ts';
import { EnrichmentSources, type Enrichment } from './enrichment-sources.ts';

/**
 * Raw REST reads, not `@azure/arm-security`: its newest release (5.0.0) pins Pricings to
 * 2022-03-01, which has no plan extensions, and security contacts to 2020-01-01-preview, and
 * its models flatten `properties`. The ARM adapter reads every version's REST shape.
 */
export const PRICINGS_API_VERSION = '2024-01-01';
/** The newest security contacts version in the specifications (there is no stable one). */
export const SECURITY_CONTACTS_API_VERSION = '2023-12-01-preview';

/**
 * Defender plans for the subscriptions Resource Graph returned no pricing for, and every
 * subscription's security contacts (Resource Graph has none). A subscription whose contact list
 * was read is marked as carrying its children, so an empty list reads as "no contact".
 */
export async function readDefender(conn: ArmConnection, subscriptions: string[], inventory: ArmResource[]): Promise<Enrichment[]> {
  const priced = new Set(inventory.filter((r) => r.type === PRICING).map((r) => r.subscriptionId));
  const subscriptionResources = new Map(inventory.filter((r) => r.type === SUBSCRIPTION).map((r) => [r.subscriptionId, r]));
  const pricings = new EnrichmentSources('defender-pricings', 'Defender plans (Microsoft.Security/pricings)');
  const contacts = new EnrichmentSources('security-contacts', 'security contacts (Microsoft.Security/securityContacts)');
  await Promise.all(
    subscriptions.map(async (subscriptionId) => {
      const sub = subscriptionId.toLowerCase();
      const reads: Promise<unknown>[] = [read(conn, contacts, sub, 'securityContacts', SECURITY_CONTACTS_API_VERSION).then((ok) => ok && contactsKnown(sub, subscriptionResources.get(sub), contacts))];
      if (!priced.has(sub)) reads.push(read(conn, pricings, sub, 'pricings', PRICINGS_API_VERSION));
      await Promise.all(reads);
    }),
  );
  return [pricings.result(), contacts.result()];
}

async function read(conn: ArmConnection, sources: EnrichmentSources, sub: string, collection: string, apiVersion: string): Promise<boolean> {
  const path = `/subscriptions/${sub}/providers/Microsoft.Security/${collection}`;
  const { items, failure } = await armList(conn, path, apiVersion);
  return sources.add(sub, { path, items, ...(failure ? { failure } : {}) }) !== null;
}

/**
 * The subscription's resource from the inventory is marked as carrying its children; without one
 * (its read failed), a bare subscription resource with an empty child list says the same.
 */
function contactsKnown(sub: string, subscription: ArmResource | undefined, contacts: EnrichmentSources): void {
  if (subscription) subscription.childrenIncluded = true;
  else contacts.add(sub, { path: `/subscriptions/${sub}`, items: [{ id: `/subscriptions/${sub}`, subscriptionId: sub, resources: [] }] });
}
