import { defineAnalysis } from '../../engine/analysis.ts';
import type { AksCluster } from '../../state/aks.ts';
import { platformTargets, type PlatformTarget } from './private-reachability.ts';
import { pushTo } from '../../lib/maps.ts';
import { subscriptionScope, TAG_VALUE_NOT_KEPT } from '../../state/resource.ts';

// Which PaaS resources each cluster depends on: the targets the cross-resource rule judges and the
// HTML report shows beside each cluster.

/** Which PaaS resources count as a cluster's dependencies (the rule's `scope` and `tag` parameters). */
export interface TargetScope {
  /** `subscription`: every target in the cluster's subscription; `resourceGroup`: its own resource group; a list: those resource groups of its subscription. */
  scope: 'subscription' | 'resourceGroup' | string[];
  /** Only targets carrying this tag (any value when `value` is absent). Tag names compare case-insensitively, as ARM does. */
  tag: { key: string; value?: string } | null;
}

/** Clusters that depend on the same targets, with those targets. */
export interface Cohort {
  clusters: AksCluster[];
  targets: PlatformTarget[];
}

/** The estate's PaaS targets by subscription, for the cross-resource rule and the report. */
export const CLUSTER_DEPENDENCIES = defineAnalysis('cluster dependencies', (state) => new ClusterDependencies(platformTargets(state)));

/** The targets each cluster depends on, indexed once by subscription. */
export class ClusterDependencies {
  private readonly bySubscription = new Map<string, PlatformTarget[]>();

  constructor(targets: PlatformTarget[]) {
    for (const target of targets) pushTo(this.bySubscription, subscriptionScope(target.resource), target);
  }

  of(cluster: AksCluster, { scope, tag }: TargetScope): PlatformTarget[] {
    const groups = scope === 'subscription' ? null : new Set((scope === 'resourceGroup' ? [cluster.resourceGroup ?? ''] : scope).map((g) => g.toLowerCase()));
    return (this.bySubscription.get(subscriptionScope(cluster)) ?? []).filter(
      ({ resource }) => (!groups || groups.has((resource.resourceGroup ?? '').toLowerCase())) && (!tag || hasTag(resource.tags, tag)),
    );
  }

  /**
   * The clusters grouped by what they depend on, in order of their first cluster. What `of` gives
   * follows from a cluster's subscription alone, or under `resourceGroup` scope its group too, so
   * no target is in two cohorts: a rule can work out once what holds for a whole cohort.
   */
  cohorts(clusters: AksCluster[], scope: TargetScope): Cohort[] {
    const byKey = new Map<string, Cohort>();
    for (const cluster of clusters) {
      const group = scope.scope === 'resourceGroup' ? (cluster.resourceGroup ?? '').toLowerCase() : '';
      const key = `${subscriptionScope(cluster)}\n${group}`;
      const cohort = byKey.get(key);
      if (cohort) cohort.clusters.push(cluster);
      else byKey.set(key, { clusters: [cluster], targets: this.of(cluster, scope) });
    }
    return [...byKey.values()];
  }
}

/** A value a saved snapshot did not keep could be the one asked for: the resource is judged rather than left out unseen. */
function hasTag(tags: Record<string, string>, tag: { key: string; value?: string }): boolean {
  const key = tag.key.toLowerCase();
  return Object.entries(tags).some(([k, v]) => k.toLowerCase() === key && (tag.value === undefined || v === tag.value || v === TAG_VALUE_NOT_KEPT));
}
