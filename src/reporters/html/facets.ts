import type { ScanReport } from '../../engine/report.ts';
import type { ResourceRef } from '../../state/resource.ts';
import { cached, pushTo } from '../../lib/maps.ts';

/** Separates the values of one `data-` attribute: no name or id the filters match holds a line feed. */
export const FACET_SEPARATOR = '\n';

/**
 * What the page's filters match a finding on beyond its own fields: the cluster a resource is or
 * is part of (a node pool, a subnet judged for the cluster whose nodes use it) and the framework
 * controls a rule judges. Not the clusters that merely depend on it: a subscription's Defender plan
 * or a shared subnet would then name fifty clusters on each of its findings, half the page at 1,000
 * clusters; a cluster's card lists what it depends on.
 */
export class Facets {
  private readonly clustersById = new Map<string, string[]>();
  private readonly controlsByRule = new Map<string, string[]>();
  private readonly byRef = new Map<ResourceRef, string>();

  constructor(report: ScanReport) {
    for (const c of report.clusters) pushTo(this.clustersById, c.id.toLowerCase(), c.name);
    for (const framework of report.frameworks ?? []) {
      for (const control of framework.controls) for (const rule of control.rules) pushTo(this.controlsByRule, rule, controlKey(framework.id, control.id));
    }
  }

  /** The cluster a finding on `resource` is about, as one attribute value: the resource's own, or its parent's. */
  clusters(resource: ResourceRef): string {
    return cached(this.byRef, resource, () => {
      const names = new Set([...(this.clustersById.get(resource.id.toLowerCase()) ?? []), ...(resource.parent ? (this.clustersById.get(resource.parent.id.toLowerCase()) ?? []) : [])]);
      return [...names].join(FACET_SEPARATOR);
    });
  }

  controls(ruleId: string): string {
    return (this.controlsByRule.get(ruleId) ?? []).join(FACET_SEPARATOR);
  }
}

/** A control named across frameworks: `cis-aks 5.4.1`. */
export function controlKey(frameworkId: string, controlId: string): string {
  return `${frameworkId} ${controlId}`;
}
