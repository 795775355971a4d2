import type { DiagnosticSetting } from './diagnostic-setting.ts';
import type { Maybe, ResourceBase } from './resource.ts';

/** `Microsoft.ContainerService/managedClusters/agentPools`: a pool of nodes of one cluster, its `parent`. */
export interface AgentPool extends ResourceBase {
  /** `System` or `User`. */
  mode: Maybe<string>;
  count: Maybe<number>;
  /** Running version, else the requested one (older API versions state only that); provenance names which was read. */
  orchestratorVersion: Maybe<string>;
  /** `VirtualMachineScaleSets`, `VirtualMachines` or `AvailabilitySet`. */
  poolType: Maybe<string>;
  /**
   * A `VirtualMachines` pool's size, which its scale profile holds instead of `count`: the
   * manual entries' counts plus the autoscale entries' minimums.
   */
  scaleMinNodes: Maybe<number>;
  osType: Maybe<string>;
  vmSize: Maybe<string>;
  enableNodePublicIP: Maybe<boolean>;
  enableEncryptionAtHost: Maybe<boolean>;
  availabilityZones: Maybe<string[]>;
  enableAutoScaling: Maybe<boolean>;
  minCount: Maybe<number>;
  vnetSubnetId: Maybe<string>;
}

/** The add-ons rules read, by what they do (each source maps its own names onto these). */
export type AddonName =
  | 'azurePolicy'
  | 'keyVaultSecretsProvider'
  | 'containerInsights'
  | 'httpApplicationRouting'
  | 'kubeDashboard'
  | 'virtualNodes'
  | 'applicationGatewayIngress'
  | 'openServiceMesh'
  | 'confidentialComputing';

export interface AksAddon {
  enabled: Maybe<boolean>;
  /**
   * The configuration rules read; nothing else of the add-on's free-form config is kept, as a
   * value there can be a credential. Values are strings, as the sources spell them.
   */
  config: AddonConfig;
}

export interface AddonConfig {
  /** Container insights: the Log Analytics workspace it sends to. */
  logAnalyticsWorkspaceId?: string;
  /** Key Vault secrets provider: `true` when mounted secrets follow rotations in Key Vault. */
  secretRotation?: string;
  /** Application Gateway ingress (AGIC): the gateway it was given, and the one it runs (created for it when none was given). */
  applicationGatewayId?: string;
  effectiveApplicationGatewayId?: string;
}

export interface AksCluster extends ResourceBase {
  /** The ARM api-version the body was read with, when the source says (affects what can be known). */
  apiVersion: Maybe<string>;
  provisioningState: Maybe<string>;
  /** Running control-plane version, else the requested one (older API versions state only that); provenance names which was read. */
  kubernetesVersion: Maybe<string>;
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
  /** The add-ons the source configures; one it does not list is off. */
  addons: Maybe<Partial<Record<AddonName, AksAddon>>>;
  /** Container insights through the Azure Monitor profile, without the add-on. */
  containerInsightsEnabled: Maybe<boolean>;
  autoUpgradeChannel: Maybe<string>;
  nodeOsUpgradeChannel: Maybe<string>;
  /** The node pools; null when the source does not list them. */
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
