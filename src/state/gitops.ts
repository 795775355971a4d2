import type { Maybe, ResourceBase } from './resource.ts';

export const FLUX_CONFIGURATION = 'microsoft.kubernetesconfiguration/fluxconfigurations';

/**
 * `Microsoft.KubernetesConfiguration/fluxConfigurations`: a Flux configuration AKS installs and
 * keeps on a cluster (the `microsoft.flux` extension runs it): a source in Git, OCI or a bucket,
 * and the Kustomizations it applies from there. An extension resource: its id is the cluster's
 * id followed by `/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/<name>`.
 */
export interface FluxConfiguration extends ResourceBase {
  /** The cluster it is on, as the source spells its id (or the Terraform identity it refers to). */
  clusterId: Maybe<string>;
  /** True when reconciliation is paused. */
  suspend: Maybe<boolean>;
  /**
   * `Compliant`, `Non-Compliant`, `Pending`, `Suspended` or `Unknown`: the combined state of the
   * Flux objects it created on the cluster. Runtime state, known only where the source read it.
   */
  complianceState: Maybe<string>;
  /** `GitRepository`, `Bucket`, `AzureBlob` or `OCIRepository`. */
  sourceKind: Maybe<string>;
  /** Where it reconciles from (the source kind's `url`); null when not stated. */
  sourceUrl: Maybe<string>;
}
