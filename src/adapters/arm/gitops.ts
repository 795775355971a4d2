import { FLUX_CONFIGURATION, type FluxConfiguration } from '../../state/gitops.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

export { FLUX_CONFIGURATION };

/** The body each source kind keeps its settings in (`url` among them), per the 2024-11-01 REST API. */
const SOURCE_BODIES: Readonly<Record<string, string>> = { gitrepository: 'gitRepository', ocirepository: 'ociRepository', bucket: 'bucket', azureblob: 'azureBlob' };

export const FLUX_CONFIGURATION_PATHS: Readonly<Record<string, string>> = {
  suspend: 'properties.suspend',
  complianceState: 'properties.complianceState',
  sourceKind: 'properties.sourceKind',
  sourceUrl: 'properties.gitRepository.url',
};

/** `Microsoft.KubernetesConfiguration/fluxConfigurations` → FluxConfiguration, on whichever cluster its id hangs off. */
export function adaptFluxConfigurations(index: ArmIndex): FluxConfiguration[] {
  return index.ofType(FLUX_CONFIGURATION).map(adaptConfiguration);
}

function adaptConfiguration(r: ArmResource): FluxConfiguration {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  // The spec documents no default source kind: the body named by the stated one holds the url.
  const sourceKind = f.stated(p?.string('sourceKind'));
  const body = SOURCE_BODIES[sourceKind?.toLowerCase() ?? ''];
  const base = baseOf(r, f.defaulted, { ...FLUX_CONFIGURATION_PATHS, ...(body ? { sourceUrl: `properties.${body}.url` } : {}) });
  return {
    ...base,
    clusterId: clusterIdOf(r),
    // Documented default false.
    suspend: f.read('suspend', p?.bool('suspend'), false),
    // Server-populated: a template export drops it, and no default stands in for it.
    complianceState: f.stated(p?.string('complianceState')),
    sourceKind,
    sourceUrl: f.stated(body ? p?.child(body)?.string('url') : undefined),
  };
}

/** The cluster an extension resource is on: its id before the last `/providers/`, as spelled (or the resource it was nested under). */
function clusterIdOf(r: ArmResource): string | null {
  if (r.parentId !== null) return r.parentId;
  const at = r.id.toLowerCase().lastIndexOf('/providers/');
  return at > 0 ? r.id.slice(0, at) : null;
}
