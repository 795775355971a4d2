import type { State } from '../../state/state.ts';
import type { UnrecognizedType } from '../../state/snapshot.ts';
import { adaptClusters, AGENT_POOL, MANAGED_CLUSTER } from './aks.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTING } from './diagnostic-settings.ts';
import { ArmIndex } from './index-resources.ts';
import { adaptSubscriptions, PRICING, SUBSCRIPTION } from './subscriptions.ts';

/** Types some adapter reads, directly or as a child of another resource. */
const KNOWN_TYPES = new Set([MANAGED_CLUSTER, AGENT_POOL, DIAGNOSTIC_SETTING, SUBSCRIPTION, PRICING]);

export interface ArmAdaptation {
  state: State;
  unrecognized: UnrecognizedType[];
}

/**
 * ARM resources (from files, Resource Graph or the live API: one shape) → normalized state.
 * Resources of types no adapter reads are counted, not errors.
 */
export function adaptArm(resources: ArmResource[]): ArmAdaptation {
  const index = new ArmIndex(resources);
  const unrecognized: UnrecognizedType[] = [];
  for (const [type, list] of index.types()) if (!KNOWN_TYPES.has(type)) unrecognized.push({ type, count: list.length });
  unrecognized.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const subscriptionIds = new Set(resources.map((r) => r.subscriptionId));
  return {
    state: {
      subscriptions: adaptSubscriptions(index, subscriptionIds),
      clusters: adaptClusters(index),
    },
    unrecognized,
  };
}
