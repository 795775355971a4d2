import type { Rule } from '../engine/rule.ts';
import acrAdminUserDisabled from './acr/acr-admin-user-disabled.ts';
import acrAnonymousPullDisabled from './acr/acr-anonymous-pull-disabled.ts';
import acrPublicAccessRestricted from './acr/acr-public-access-restricted.ts';
import aksAlertsConfigured from './aks/aks-alerts-configured.ts';
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
import aksGitopsReconciled from './gitops/aks-gitops-reconciled.ts';
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
import aksUserPoolAutoscaling from './aks/aks-user-pool-autoscaling.ts';
import aksWorkloadIdentityEnabled from './aks/aks-workload-identity-enabled.ts';
import computeVmManagementPortsExposed from './compute/compute-vm-management-ports-exposed.ts';
import defenderPlansEnabled from './defender/defender-plans-enabled.ts';
import defenderSecurityContact from './defender/defender-security-contact.ts';
import identityServicePrincipalPrivilegedRole from './identity/identity-service-principal-privileged-role.ts';
import k8sCapabilitiesDropped from './kubernetes/k8s-capabilities-dropped.ts';
import k8sCredentialsInEnv from './kubernetes/k8s-credentials-in-env.ts';
import k8sDefaultServiceAccountUnused from './kubernetes/k8s-default-service-account-unused.ts';
import k8sHostNamespaces from './kubernetes/k8s-host-namespaces.ts';
import k8sHostPathMounts from './kubernetes/k8s-host-path-mounts.ts';
import k8sHostPorts from './kubernetes/k8s-host-ports.ts';
import k8sImageProvenance from './kubernetes/k8s-image-provenance.ts';
import k8sIngressTls from './kubernetes/k8s-ingress-tls.ts';
import k8sLoadbalancerInternal from './kubernetes/k8s-loadbalancer-internal.ts';
import k8sNamespaceDefaultDeny from './kubernetes/k8s-namespace-default-deny.ts';
import k8sNoPrivilegeEscalation from './kubernetes/k8s-no-privilege-escalation.ts';
import k8sNotPrivileged from './kubernetes/k8s-not-privileged.ts';
import k8sPodIdentityLabelsAbsent from './kubernetes/k8s-pod-identity-labels-absent.ts';
import k8sPodMetadataEgressBlocked from './kubernetes/k8s-pod-metadata-egress-blocked.ts';
import k8sRbacAnonymousBindings from './kubernetes/k8s-rbac-anonymous-bindings.ts';
import k8sRbacClusterAdminBindings from './kubernetes/k8s-rbac-cluster-admin-bindings.ts';
import k8sRbacClusterWideSecretRead from './kubernetes/k8s-rbac-cluster-wide-secret-read.ts';
import k8sRbacWildcards from './kubernetes/k8s-rbac-wildcards.ts';
import k8sReadOnlyRootFilesystem from './kubernetes/k8s-read-only-root-filesystem.ts';
import k8sResourcesSet from './kubernetes/k8s-resources-set.ts';
import k8sRunAsNonRoot from './kubernetes/k8s-run-as-non-root.ts';
import k8sSecretsAsFiles from './kubernetes/k8s-secrets-as-files.ts';
import k8sServiceAccountTokenAutomount from './kubernetes/k8s-service-account-token-automount.ts';
import k8sWorkloadAutoscaled from './kubernetes/k8s-workload-autoscaled.ts';
import k8sWorkloadIdentityConfigured from './kubernetes/k8s-workload-identity-configured.ts';
import keyvaultAccessPoliciesLeastPrivilege from './keyvault/keyvault-access-policies-least-privilege.ts';
import keyvaultAuditLogsEnabled from './keyvault/keyvault-audit-logs-enabled.ts';
import keyvaultIdentityLeastPrivilegeRole from './keyvault/keyvault-identity-least-privilege-role.ts';
import keyvaultPrivateEndpoint from './keyvault/keyvault-private-endpoint.ts';
import keyvaultPublicNetworkRestricted from './keyvault/keyvault-public-network-restricted.ts';
import keyvaultPurgeProtectionEnabled from './keyvault/keyvault-purge-protection-enabled.ts';
import keyvaultRbacAuthorization from './keyvault/keyvault-rbac-authorization.ts';
import keyvaultSoftDeleteEnabled from './keyvault/keyvault-soft-delete-enabled.ts';
import mysqlBackupRetention from './mysql/mysql-backup-retention.ts';
import mysqlDiagnosticLogsEnabled from './mysql/mysql-diagnostic-logs-enabled.ts';
import mysqlEntraAuth from './mysql/mysql-entra-auth.ts';
import mysqlGeoRedundantBackup from './mysql/mysql-geo-redundant-backup.ts';
import mysqlPublicAccessRestricted from './mysql/mysql-public-access-restricted.ts';
import mysqlSecureTransport from './mysql/mysql-secure-transport.ts';
import networkAksEgressControlled from './network/network-aks-egress-controlled.ts';
import networkAksNodePublicIps from './network/network-aks-node-public-ips.ts';
import networkAksSubnetNsg from './network/network-aks-subnet-nsg.ts';
import networkAppgwWafPrevention from './network/network-appgw-waf-prevention.ts';
import networkNsgInternetInboundRestricted from './network/network-nsg-internet-inbound-restricted.ts';
import networkNsgManagementPortsClosed from './network/network-nsg-management-ports-closed.ts';
import platformPrivateConnectivity from './platform/platform-private-connectivity.ts';
import postgresqlBackupRetention from './postgresql/postgresql-backup-retention.ts';
import postgresqlDiagnosticLogsEnabled from './postgresql/postgresql-diagnostic-logs-enabled.ts';
import postgresqlEntraAuth from './postgresql/postgresql-entra-auth.ts';
import postgresqlGeoRedundantBackup from './postgresql/postgresql-geo-redundant-backup.ts';
import postgresqlPublicAccessRestricted from './postgresql/postgresql-public-access-restricted.ts';
import postgresqlSecureTransport from './postgresql/postgresql-secure-transport.ts';
import redisAccessKeyAuthDisabled from './redis/redis-access-key-auth-disabled.ts';
import redisMinTls from './redis/redis-min-tls.ts';
import redisNonTlsPortDisabled from './redis/redis-non-tls-port-disabled.ts';
import redisPublicAccessDisabled from './redis/redis-public-access-disabled.ts';
import sqlAuditingEnabled from './sql/sql-auditing-enabled.ts';
import sqlEntraAuth from './sql/sql-entra-auth.ts';
import sqlFailoverGroupGeo from './sql/sql-failover-group-geo.ts';
import sqlMinTls from './sql/sql-min-tls.ts';
import sqlPublicAccessRestricted from './sql/sql-public-access-restricted.ts';
import sqlTdeEnabled from './sql/sql-tde-enabled.ts';
import sqlmiAuditingEnabled from './sqlmi/sqlmi-auditing-enabled.ts';
import sqlmiEntraAuth from './sqlmi/sqlmi-entra-auth.ts';
import sqlmiFailoverGroupGeo from './sqlmi/sqlmi-failover-group-geo.ts';
import sqlmiMinTls from './sqlmi/sqlmi-min-tls.ts';
import sqlmiPublicEndpointRestricted from './sqlmi/sqlmi-public-endpoint-restricted.ts';
import sqlmiTdeEnabled from './sqlmi/sqlmi-tde-enabled.ts';
import storageBlobAnonymousAccessDisabled from './storage/storage-blob-anonymous-access-disabled.ts';
import storageGeoReplicated from './storage/storage-geo-replicated.ts';
import storagePublicAccessRestricted from './storage/storage-public-access-restricted.ts';
import storageSecureTransfer from './storage/storage-secure-transfer.ts';
import storageSharedKeyAccessDisabled from './storage/storage-shared-key-access-disabled.ts';

/** Every rule, sorted by id. Explicit on purpose: the catalogue test checks it against the folders. */
export const RULES: readonly Rule<never>[] = [
  acrAdminUserDisabled,
  acrAnonymousPullDisabled,
  acrPublicAccessRestricted,
  aksAlertsConfigured,
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
  aksGitopsReconciled,
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
  aksUserPoolAutoscaling,
  aksWorkloadIdentityEnabled,
  computeVmManagementPortsExposed,
  defenderPlansEnabled,
  defenderSecurityContact,
  identityServicePrincipalPrivilegedRole,
  k8sCapabilitiesDropped,
  k8sCredentialsInEnv,
  k8sDefaultServiceAccountUnused,
  k8sHostNamespaces,
  k8sHostPathMounts,
  k8sHostPorts,
  k8sImageProvenance,
  k8sIngressTls,
  k8sLoadbalancerInternal,
  k8sNamespaceDefaultDeny,
  k8sNoPrivilegeEscalation,
  k8sNotPrivileged,
  k8sPodIdentityLabelsAbsent,
  k8sPodMetadataEgressBlocked,
  k8sRbacAnonymousBindings,
  k8sRbacClusterAdminBindings,
  k8sRbacClusterWideSecretRead,
  k8sRbacWildcards,
  k8sReadOnlyRootFilesystem,
  k8sResourcesSet,
  k8sRunAsNonRoot,
  k8sSecretsAsFiles,
  k8sServiceAccountTokenAutomount,
  k8sWorkloadAutoscaled,
  k8sWorkloadIdentityConfigured,
  keyvaultAccessPoliciesLeastPrivilege,
  keyvaultAuditLogsEnabled,
  keyvaultIdentityLeastPrivilegeRole,
  keyvaultPrivateEndpoint,
  keyvaultPublicNetworkRestricted,
  keyvaultPurgeProtectionEnabled,
  keyvaultRbacAuthorization,
  keyvaultSoftDeleteEnabled,
  mysqlBackupRetention,
  mysqlDiagnosticLogsEnabled,
  mysqlEntraAuth,
  mysqlGeoRedundantBackup,
  mysqlPublicAccessRestricted,
  mysqlSecureTransport,
  networkAksEgressControlled,
  networkAksNodePublicIps,
  networkAksSubnetNsg,
  networkAppgwWafPrevention,
  networkNsgInternetInboundRestricted,
  networkNsgManagementPortsClosed,
  platformPrivateConnectivity,
  postgresqlBackupRetention,
  postgresqlDiagnosticLogsEnabled,
  postgresqlEntraAuth,
  postgresqlGeoRedundantBackup,
  postgresqlPublicAccessRestricted,
  postgresqlSecureTransport,
  redisAccessKeyAuthDisabled,
  redisMinTls,
  redisNonTlsPortDisabled,
  redisPublicAccessDisabled,
  sqlAuditingEnabled,
  sqlEntraAuth,
  sqlFailoverGroupGeo,
  sqlMinTls,
  sqlPublicAccessRestricted,
  sqlTdeEnabled,
  sqlmiAuditingEnabled,
  sqlmiEntraAuth,
  sqlmiFailoverGroupGeo,
  sqlmiMinTls,
  sqlmiPublicEndpointRestricted,
  sqlmiTdeEnabled,
  storageBlobAnonymousAccessDisabled,
  storageGeoReplicated,
  storagePublicAccessRestricted,
  storageSecureTransfer,
  storageSharedKeyAccessDisabled,
] as Rule<never>[];
