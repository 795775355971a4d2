import { located } from '../../../adapters/arm/collect-resources.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { armList } from '../arm-rest.ts';
import type { ArmConnection } from '../connection.ts';
import { EnrichmentSources, type Enrichment } from './enrichment-sources.ts';

/** Microsoft.Authorization `RoleAssignments_ListForSubscription`. */
export const ROLE_ASSIGNMENTS_API_VERSION = '2022-04-01';

/**
 * The role assignments each subscription inherits from its management groups. Resource Graph's
 * `authorizationresources`, asked for subscriptions, holds those at and below them only (its
 * authorization scope filter defaults to `AtScopeAndBelow`); the subscription's own list with
 * `$filter=atScope()` holds those at and above it, with the same read permission. What is at the
 * subscription came with the inventory and is left out here; an assignment on a management group
 * over several subscriptions is kept once, with no subscription, and counted in each one's source.
 */
export async function readInheritedRoleAssignments(conn: ArmConnection, subscriptions: string[]): Promise<Enrichment> {
  const sources = new EnrichmentSources('inherited-role-assignments', 'role assignments inherited from management groups');
  await Promise.all(
    subscriptions.map(async (subscriptionId) => {
      const path = `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleAssignments`;
      const { items, failure } = await armList(conn, path, ROLE_ASSIGNMENTS_API_VERSION, { $filter: 'atScope()' });
      sources.add(subscriptionId, { path, items: items.filter(aboveSubscription), ...(failure ? { failure } : {}) });
    }),
  );
  const { resources, tallies } = sources.result();
  const seen = new Set<string>();
  const once = resources.filter((r) => !located(r) && !seen.has(idKey(r.id)) && seen.add(idKey(r.id)));
  return { resources: once, tallies };
}

/** An item whose id is no subscription's: kept for the collector, which keeps those at a management group and counts the rest as id-less. */
function aboveSubscription(item: unknown): boolean {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id !== 'string' || !/^\/subscriptions\//i.test(id);
}
