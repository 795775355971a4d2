import { cached } from '../lib/maps.ts';
import type { CoverageEntry } from '../state/coverage.ts';

/**
 * The coverage entries indexed once per evaluation: rules ask per resource, and an estate has
 * tens of thousands, so every question is two map lookups.
 */
export class Coverage {
  /** `subscription/resource group` → types read there. */
  private readonly groups = new Map<string, Set<string>>();
  /** `subscription` → type → the entry about the whole subscription. */
  private readonly subscriptions = new Map<string, Map<string, CoverageEntry>>();

  constructor(entries: readonly CoverageEntry[]) {
    for (const entry of entries) {
      const sub = entry.subscriptionId.toLowerCase();
      if (entry.resourceGroup !== undefined) {
        if (!entry.read) continue;
        const types = cached(this.groups, `${sub}/${entry.resourceGroup.toLowerCase()}`, () => new Set<string>());
        for (const type of entry.types) types.add(type);
        continue;
      }
      const types = cached(this.subscriptions, sub, () => new Map<string, CoverageEntry>());
      // A read wins over a failure for the same scope (a file beside a refused live read).
      for (const type of entry.types) if (!types.get(type)?.read) types.set(type, entry);
    }
  }

  /**
   * Null when resources of `type` were read across the whole subscription (a live inventory), so
   * that finding none anywhere in it means there are none; else why not. Files are exported per
   * resource group and never answer for a whole subscription.
   */
  unreadInSubscription(type: string, subscriptionId: string | null): string | null {
    if (subscriptionId === null) return `the subscription is not known before apply, so what ${type} it holds cannot be told`;
    const whole = this.subscriptions.get(subscriptionId.toLowerCase())?.get(type);
    if (whole?.read) return null;
    if (whole) return `${type} in subscription ${subscriptionId} could not be read (${whole.code ?? 'error'}: ${whole.reason ?? 'no reason given'})`;
    return `${type} of subscription ${subscriptionId} was not read as a whole (files hold what was exported, not all there is), so finding none proves nothing; scan the subscription live`;
  }

  /**
   * Null when resources of `type` (ARM type, lower case) in that resource group were read, so
   * that finding none there means there are none; else why not, for an unknown's reason.
   */
  unread(type: string, subscriptionId: string | null, resourceGroup: string): string | null {
    if (subscriptionId === null) return `the subscription is not known before apply, so what else of ${type} is in resource group ${resourceGroup} cannot be told`;
    const sub = subscriptionId.toLowerCase();
    if (this.groups.get(`${sub}/${resourceGroup.toLowerCase()}`)?.has(type)) return null;
    const whole = this.subscriptions.get(sub)?.get(type);
    if (whole?.read) return null;
    const scope = `resource group ${resourceGroup} of subscription ${subscriptionId}`;
    if (whole) return `${type} in ${scope} could not be read (${whole.code ?? 'error'}: ${whole.reason ?? 'no reason given'})`;
    return `the input holds no ${type} from ${scope}, so finding none there proves nothing; export that resource group or scan it live`;
  }
}
