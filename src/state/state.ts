import type { AksCluster } from './aks.ts';
import type { Subscription } from './subscription.ts';

/** The normalized estate every rule reads. Adapters fill it; nothing else writes it. */
export interface State {
  subscriptions: Subscription[];
  clusters: AksCluster[];
}

export function emptyState(): State {
  return { subscriptions: [], clusters: [] };
}
