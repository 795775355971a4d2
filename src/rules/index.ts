import type { Rule } from '../engine/rule.ts';
import aksApiServerAccessRestricted from './aks/aks-api-server-access-restricted.ts';
import aksAuditLogsEnabled from './aks/aks-audit-logs-enabled.ts';
import aksAutoUpgradeChannelSet from './aks/aks-auto-upgrade-channel-set.ts';
import aksAvailabilityZones from './aks/aks-availability-zones.ts';
import aksAzurePolicyAddonEnabled from './aks/aks-azure-policy-addon-enabled.ts';
import aksAzureRbacEnabled from './aks/aks-azure-rbac-enabled.ts';
import aksContainerInsightsEnabled from './aks/aks-container-insights-enabled.ts';
import aksDashboardAddonDisabled from './aks/aks-dashboard-addon-disabled.ts';
import aksDefenderForContainersEnabled from './aks/aks-defender-for-containers-enabled.ts';
import aksEntraIdIntegration from './aks/aks-entra-id-integration.ts';
import aksHostEncryptionEnabled from './aks/aks-host-encryption-enabled.ts';
import aksHttpApplicationRoutingDisabled from './aks/aks-http-application-routing-disabled.ts';
import aksKeyvaultSecretsProviderEnabled from './aks/aks-keyvault-secrets-provider-enabled.ts';
import aksKmsSecretsEncryptionEnabled from './aks/aks-kms-secrets-encryption-enabled.ts';
import aksKubernetesRbacEnabled from './aks/aks-kubernetes-rbac-enabled.ts';
import aksKubernetesVersionSupported from './aks/aks-kubernetes-version-supported.ts';
import aksLocalAccountsDisabled from './aks/aks-local-accounts-disabled.ts';
import aksManagedIdentity from './aks/aks-managed-identity.ts';
import aksNetworkPolicyConfigured from './aks/aks-network-policy-configured.ts';
import aksNodeOsUpgradeChannelSet from './aks/aks-node-os-upgrade-channel-set.ts';
import aksNodePoolVersionSkew from './aks/aks-node-pool-version-skew.ts';
import aksNodePublicIpDisabled from './aks/aks-node-public-ip-disabled.ts';
import aksPodIdentityDisabled from './aks/aks-pod-identity-disabled.ts';
import aksPodMetadataAccessBlocked from './aks/aks-pod-metadata-access-blocked.ts';
import aksSystemPoolMinNodes from './aks/aks-system-pool-min-nodes.ts';
import aksUptimeSlaEnabled from './aks/aks-uptime-sla-enabled.ts';
import aksWorkloadIdentityEnabled from './aks/aks-workload-identity-enabled.ts';

/** Every rule, sorted by id. Explicit on purpose: the catalogue test checks it against the folders. */
export const RULES: readonly Rule<never>[] = [
  aksApiServerAccessRestricted,
  aksAuditLogsEnabled,
  aksAutoUpgradeChannelSet,
  aksAvailabilityZones,
  aksAzurePolicyAddonEnabled,
  aksAzureRbacEnabled,
  aksContainerInsightsEnabled,
  aksDashboardAddonDisabled,
  aksDefenderForContainersEnabled,
  aksEntraIdIntegration,
  aksHostEncryptionEnabled,
  aksHttpApplicationRoutingDisabled,
  aksKeyvaultSecretsProviderEnabled,
  aksKmsSecretsEncryptionEnabled,
  aksKubernetesRbacEnabled,
  aksKubernetesVersionSupported,
  aksLocalAccountsDisabled,
  aksManagedIdentity,
  aksNetworkPolicyConfigured,
  aksNodeOsUpgradeChannelSet,
  aksNodePoolVersionSkew,
  aksNodePublicIpDisabled,
  aksPodIdentityDisabled,
  aksPodMetadataAccessBlocked,
  aksSystemPoolMinNodes,
  aksUptimeSlaEnabled,
  aksWorkloadIdentityEnabled,
] as Rule<never>[];
