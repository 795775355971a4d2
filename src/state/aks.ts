import type { DiagnosticSetting } from './diagnostic-setting.ts';
import type { Maybe, ResourceBase } from './resource.ts';

export interface AgentPool {
  name: string;
  /** `System` or `User`. */
  mode: Maybe<string>;
  count: Maybe<number>;
  /** Running version (`currentOrchestratorVersion`), else the requested one. */
  orchestratorVersion: Maybe<string>;
  /** The ARM property `orchestratorVersion` was read from; older API versions have only `orchestratorVersion`. */
  orchestratorVersionFrom?: Maybe<string>;
  /** `VirtualMachineScaleSets`, `VirtualMachines` or `AvailabilitySet`. */
  type?: Maybe<string>;
  /**
   * A `VirtualMachines` pool's size, which its `virtualMachinesProfile.scale` holds instead of
   * `count`: the manual entries' counts plus the autoscale entries' minimums.
   */
  scaleMinNodes?: Maybe<number>;
  osType: Maybe<string>;
  vmSize: Maybe<string>;
  enableNodePublicIP: Maybe<boolean>;
  enableEncryptionAtHost: Maybe<boolean>;
  availabilityZones: Maybe<string[]>;
  enableAutoScaling: Maybe<boolean>;
  minCount: Maybe<number>;
  vnetSubnetId: Maybe<string>;
  /** Where the pool was read: `properties.agentPoolProfiles[i]` or a separate agentPools resource. */
  path: string;
}

export interface AksAddon {
  enabled: Maybe<boolean>;
  /** The entries of the add-on's `config` map that rules read (values as strings, as ARM spells them); the rest is not kept. */
  config: Record<string, string>;
}

export interface AksCluster extends ResourceBase {
  /** The ARM api-version the body was read with, when the source says (affects what can be known). */
  apiVersion: Maybe<string>;
  provisioningState: Maybe<string>;
  /** Running control-plane version (`currentKubernetesVersion`), else the requested `kubernetesVersion`. */
  kubernetesVersion: Maybe<string>;
  /** The ARM property `kubernetesVersion` was read from; older API versions have only `kubernetesVersion`. */
  kubernetesVersionFrom?: Maybe<string>;
  /** `Free`, `Standard` or `Premium`. */
  skuTier: Maybe<string>;
  /** `KubernetesOfficial` or `AKSLongTermSupport`. */
  supportPlan: Maybe<string>;
  fqdn: Maybe<string>;
  privateFqdn: Maybe<string>;
  /** The resource group AKS manages for the cluster's infrastructure (`MC_<rg>_<cluster>_<region>` by default): node VMs, NICs, load balancers. */
  nodeResourceGroup: Maybe<string>;
  apiServer: {
    privateCluster: Maybe<boolean>;
    /** `enablePrivateClusterPublicFQDN`: a private cluster that still publishes a public DNS name. */
    privateClusterPublicFqdn: Maybe<boolean>;
    authorizedIpRanges: Maybe<string[]>;
    vnetIntegration: Maybe<boolean>;
  };
  identity: {
    /** `SystemAssigned`, `UserAssigned`, `None`, or null when not stated. */
    type: Maybe<string>;
    /** `servicePrincipalProfile.clientId`; `msi` means the cluster uses its managed identity. */
    servicePrincipalClientId: Maybe<string>;
  };
  oidcIssuerEnabled: Maybe<boolean>;
  workloadIdentityEnabled: Maybe<boolean>;
  podIdentityEnabled: Maybe<boolean>;
  localAccountsDisabled: Maybe<boolean>;
  aad: {
    /** AKS-managed Entra ID integration (`aadProfile.managed`). False with an aadProfile = legacy integration. */
    managed: Maybe<boolean>;
    azureRbac: Maybe<boolean>;
  };
  rbacEnabled: Maybe<boolean>;
  network: {
    plugin: Maybe<string>;
    pluginMode: Maybe<string>;
    /** `azure`, `calico`, `cilium`, `none`. */
    policy: Maybe<string>;
    dataplane: Maybe<string>;
    outboundType: Maybe<string>;
    /** `IMDS` (pods may reach 169.254.169.254) or `None` (blocked). Preview API only. */
    podLinkLocalAccess: Maybe<string>;
  };
  defenderEnabled: Maybe<boolean>;
  kmsEnabled: Maybe<boolean>;
  /** Add-ons by lower-cased name (`azurepolicy`, `azurekeyvaultsecretsprovider`, `omsagent`, ...). */
  addons: Maybe<Record<string, AksAddon>>;
  /** `azureMonitorProfile.containerInsights.enabled` (the add-on-less form of Container insights). */
  containerInsightsEnabled: Maybe<boolean>;
  autoUpgradeChannel: Maybe<string>;
  nodeOsUpgradeChannel: Maybe<string>;
  agentPools: Maybe<AgentPool[]>;
  /** Diagnostic settings on the cluster; null when the source did not include them. */
  diagnosticSettings: Maybe<DiagnosticSetting[]>;
}

/**
 * The Kubernetes versions AKS offers in one region, read live (`ManagedClusters_ListKubernetesVersions`).
 * Version currency in that region is judged against it rather than the bundled calendar.
 */
export interface AksRegionVersions {
  /** Region as ARM ids spell it, lower case: `westeurope`. */
  location: string;
  /** When the list was read (ISO 8601): reports name it as the reference's date. */
  readAt: string;
  /** Snapshot source it came from. */
  source: string;
  versions: AksOfferedVersion[];
}

export interface AksOfferedVersion {
  /** `1.33`. */
  minor: string;
  /** `KubernetesOfficial`, `AKSLongTermSupport`; empty when the answer names none. */
  supportPlans: string[];
  isPreview: boolean;
  /** Patch versions on offer (`1.33.5`). */
  patches: string[];
}
