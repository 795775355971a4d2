import type { CoverageEntry } from '../../state/coverage.ts';
import type { ArmFailure } from './failure.ts';
import type { FamilyInventory, InventoryFilters } from './resource-graph.ts';
import type { ScopedSubscription } from './subscriptions.ts';

/**
 * What the Resource Graph inventory read, per family and subscription: the whole subscription
 * (or each `--resource-group`) when the family's query answered, not read when it or the
 * subscription failed, and not read in full when a `--tag` filter left untagged resources out.
 * Only top-level types count: Resource Graph holds few child resources (no scale set instances'
 * public IPs, no agent pools), so a family's child types are never claimed as read. A subscription
 * Resource Graph left out of its answers (`omitted`) was read for no family.
 */
export function inventoryCoverage(subscriptions: ScopedSubscription[], inventory: FamilyInventory[], filters: InventoryFilters, omitted: readonly string[] = []): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  const left = new Set(omitted.map((id) => id.toLowerCase()));
  for (const { family, failures } of inventory) {
    const failed = new Map<string, ArmFailure>();
    for (const { subscriptions: ids, failure } of failures) for (const id of ids) failed.set(id.toLowerCase(), failure);
    const types = family.types.filter((t) => t.split('/').length === 2);
    for (const s of subscriptions) {
      const subscriptionId = s.id.toLowerCase();
      const failure = s.failure ?? failed.get(subscriptionId) ?? (left.has(subscriptionId) ? OMITTED : undefined);
      if (failure) {
        entries.push({ subscriptionId, types, read: false, code: failure.code, reason: `${family.name}: ${failure.message}` });
      } else if (family.subscriptionLevel) {
        entries.push({ subscriptionId, types, read: true });
      } else if (filters.tags.length) {
        entries.push({ subscriptionId, types, read: false, code: 'filtered', reason: `${family.name}: the --tag filter leaves untagged resources out` });
      } else if (filters.resourceGroups.length) {
        for (const group of filters.resourceGroups) entries.push({ subscriptionId, resourceGroup: group.toLowerCase(), types, read: true });
      } else {
        entries.push({ subscriptionId, types, read: true });
      }
    }
  }
  return entries;
}

const OMITTED: ArmFailure = { code: 'omitted', message: 'Resource Graph left this subscription out of its answers without an error' };
