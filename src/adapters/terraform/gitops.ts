import type { TfResource } from '../../collectors/terraform/model.ts';
import { FLUX_CONFIGURATION as ARM_TYPE, type FluxConfiguration } from '../../state/gitops.ts';
import { asBool, asString } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

export const FLUX_CONFIGURATION = 'azurerm_kubernetes_flux_configuration';

/** Each source block, the source kind it declares, and the attribute naming where it pulls from. */
const SOURCES = [
  { block: 'git_repository', kind: 'GitRepository', url: 'url' },
  { block: 'bucket', kind: 'Bucket', url: 'url' },
  { block: 'blob_storage', kind: 'AzureBlob', url: 'container_id' },
] as const;

/**
 * `azurerm_kubernetes_flux_configuration` → FluxConfiguration (v3.x to v5). `suspend` is the
 * inverse of `continuous_reconciliation_enabled` (documented default true). Compliance is what
 * the cluster reports once Flux runs: no configuration holds it.
 */
export function adaptFluxConfigurations(index: TfIndex): FluxConfiguration[] {
  return index.ofType(FLUX_CONFIGURATION).map((r) => adaptConfiguration(r, index));
}

function adaptConfiguration(r: TfResource, index: TfIndex): FluxConfiguration {
  const f = index.reader(r);
  const base = tfBase(r, ARM_TYPE, index.ids, f);
  const continuous = f.read('suspend', 'continuous_reconciliation_enabled', asBool, true);
  const source = SOURCES.find(({ block }) => Array.isArray(f.raw(block)) && (f.raw(block) as unknown[]).length > 0);
  return {
    ...base,
    clusterId: f.target('clusterId', 'cluster_id'),
    suspend: continuous === null ? null : !continuous,
    complianceState: f.unknowable('complianceState', 'the state the cluster reports once Flux reconciles: not in a Terraform configuration or plan; scan the estate live'),
    sourceKind: source ? source.kind : f.unknowable('sourceKind', 'no git_repository, bucket or blob_storage block is known'),
    sourceUrl: source ? f.read('sourceUrl', `${source.block}[0].${source.url}`, asString) : null,
  };
}
