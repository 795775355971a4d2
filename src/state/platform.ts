import type { DiagnosticSetting } from './diagnostic-setting.ts';
import type { Maybe, ResourceBase } from './resource.ts';

/**
 * A PaaS resource a cluster's workloads depend on (Key Vault, database, cache, registry,
 * storage account): reachable through private endpoints, with a public endpoint that should
 * be off. The cross-resource rules read only these fields, so every such service fills them.
 */
export interface PrivateLinkTarget extends ResourceBase {
  /** `Enabled`, `Disabled` or `SecuredByPerimeter`, as the service spells it. */
  publicNetworkAccess: Maybe<string>;
  /** Ids of the private endpoints connected to it, from its `privateEndpointConnections` (any state). */
  privateEndpointIds: Maybe<string[]>;
  /** Null when the input did not carry the resource's diagnostic settings. */
  diagnosticSettings: Maybe<DiagnosticSetting[]>;
}
