import type { AksOfferedVersion, AksRegionVersions } from '../../state/aks.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';

/**
 * A region's `ManagedClusters_ListKubernetesVersions` answer as the live collector wraps it: the
 * REST body (`{ values }`) in `properties`, with the region and the time it was read.
 */
export const AKS_VERSIONS_TYPE = 'microsoft.containerservice/locations/kubernetesversions';

/** One list per region (the first read when several subscriptions gave one); a list without its read time is not dated, so not used. */
export function adaptAksVersions(index: ArmIndex): AksRegionVersions[] {
  const byRegion = new Map<string, AksRegionVersions>();
  for (const r of index.ofType(AKS_VERSIONS_TYPE)) {
    const location = r.location?.toLowerCase().replace(/\s+/g, '');
    const readAt = r.node.string('readAt');
    const values = r.properties?.children('values');
    if (!location || !readAt || !values || byRegion.has(location)) continue;
    byRegion.set(location, { location, readAt, source: r.source, versions: values.flatMap(versionOf) });
  }
  return [...byRegion.values()];
}

function versionOf(v: Node): AksOfferedVersion[] {
  const minor = v.string('version');
  if (!minor) return [];
  const patches = v.child('patchVersions');
  return [{ minor, supportPlans: v.child('capabilities')?.strings('supportPlan') ?? [], isPreview: v.bool('isPreview') ?? false, patches: patches ? Object.keys(patches.obj) : [] }];
}

/** The ARM operation a region's live version list was read with, for the report's references. */
export function aksVersionsOperation(location: string): string {
  return `ManagedClusters_ListKubernetesVersions: GET /subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
}
