import type { PrivateLinkTarget } from './platform.ts';
import type { Maybe } from './resource.ts';

/** `Microsoft.ContainerRegistry/registries`: where the clusters pull their images from. */
export interface ContainerRegistry extends PrivateLinkTarget {
  /** `Basic`, `Standard` or `Premium` (`sku.name`). Only Premium has network rules and private endpoints. */
  sku: Maybe<string>;
  /** The shared admin user (username + two passwords) that bypasses Entra ID; ARM default false. */
  adminUserEnabled: Maybe<boolean>;
  /** Unauthenticated `docker pull` from anywhere the registry is reachable; ARM default false. */
  anonymousPullEnabled: Maybe<boolean>;
  /** `networkRuleSet.defaultAction`: `Allow` or `Deny` for sources matched by no IP rule; ARM default Allow. */
  networkDefaultAction: Maybe<string>;
  /** `networkRuleSet.ipRules[].value`: public addresses or CIDR ranges let through when the default is Deny. */
  ipRules: Maybe<string[]>;
  /** `networkRuleBypassOptions`: `AzureServices` lets trusted Azure services past the network rules; ARM default AzureServices. */
  networkRuleBypassOptions: Maybe<string>;
  /** Regional data endpoints (`<registry>.<region>.data.azurecr.io`) instead of the shared blob host. */
  dataEndpointEnabled: Maybe<boolean>;
  /** `policies.*.status` (`enabled`/`disabled`), unknown when the body does not carry the policy. */
  policies: {
    quarantine: Maybe<string>;
    trust: Maybe<string>;
    retention: Maybe<string>;
    /** `disabled` stops images leaving the registry by import or transfer pipelines (Premium, public access off). */
    export: Maybe<string>;
  };
}
