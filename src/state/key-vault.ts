import type { PrivateLinkTarget } from './platform.ts';
import type { Maybe } from './resource.ts';

/** One entry of `properties.accessPolicies`: what an Entra ID principal may do in the vault's data plane. */
export interface KeyVaultAccessPolicy {
  /** The user, group or service principal the policy is for. */
  objectId: string;
  /** Set on compound policies: the principal only acting through this application. */
  applicationId: string | null;
  /** Permission names as the source spelled them (`get`, `Purge`, `all`...); empty when the kind is not granted. */
  permissions: {
    keys: string[];
    secrets: string[];
    certificates: string[];
    storage: string[];
  };
}

/** `properties.networkAcls`: the vault firewall, honoured only while public network access is enabled. */
export interface KeyVaultNetworkAcls {
  /** `Allow` (every network; the default when no firewall is set) or `Deny` (only the rules below and the bypass). */
  defaultAction: Maybe<string>;
  /** `AzureServices` (trusted Microsoft services pass the firewall; the API default) or `None`. */
  bypass: Maybe<string>;
  /** Public IPv4 addresses or CIDR ranges admitted, as written. */
  ipRules: Maybe<string[]>;
  /** Subnet ids admitted through service endpoints. */
  virtualNetworkRules: Maybe<string[]>;
}

/** One of `properties.privateEndpointConnections`, or a `vaults/privateEndpointConnections` child resource. */
export interface KeyVaultPrivateEndpointConnection {
  privateEndpointId: string | null;
  /** `privateLinkServiceConnectionState.status`: `Approved`, `Pending`, `Rejected` or `Disconnected`. */
  status: string | null;
}

/** `Microsoft.KeyVault/vaults`. Property names and defaults follow the 2026-02-01 REST API. */
export interface KeyVault extends PrivateLinkTarget {
  /** The api-version the body declares (templates and some exports); null for plain GET bodies. */
  apiVersion: Maybe<string>;
  /** `standard` or `premium` (HSM-backed keys). */
  skuName: Maybe<string>;
  /** Deleted vaults and objects stay recoverable for the retention period. API default: true. */
  enableSoftDelete: Maybe<boolean>;
  /** 7 to 90 days. API default: 90. */
  softDeleteRetentionInDays: Maybe<number>;
  /** Nobody can purge a deleted vault or object before its retention ends. Irreversible once on. */
  enablePurgeProtection: Maybe<boolean>;
  /**
   * Data-plane authorization by Azure RBAC (true) or by the vault's access policies (false).
   * The creation default changed with api-version 2026-02-01 (false before, true since), so an
   * absent value is unknown unless the body declares its api-version.
   */
  enableRbacAuthorization: Maybe<boolean>;
  networkAcls: KeyVaultNetworkAcls;
  /** Ignored by the service while `enableRbacAuthorization` is true. */
  accessPolicies: Maybe<KeyVaultAccessPolicy[]>;
  /** Every connection with its approval state; `privateEndpointIds` lists the same endpoints whatever their state. */
  privateEndpointConnections: Maybe<KeyVaultPrivateEndpointConnection[]>;
}
