import type { AksCluster, AksRegionVersions } from './aks.ts';
import type { ContainerRegistry } from './container-registry.ts';
import type { CoverageEntry } from './coverage.ts';
import type { FluxConfiguration } from './gitops.ts';
import type { KeyVault } from './key-vault.ts';
import type { KubernetesCluster } from './kubernetes.ts';
import type { ManagedIdentity } from './managed-identity.ts';
import type { MonitoringState } from './monitoring.ts';
import type { MySqlFlexibleServer } from './mysql.ts';
import type { NetworkState } from './network.ts';
import type { PostgresFlexibleServer, PostgresSingleServer } from './postgresql.ts';
import type { RedisCache } from './redis.ts';
import type { RoleAssignment } from './role-assignment.ts';
import type { SqlServer } from './sql.ts';
import type { SqlManagedInstance } from './sql-managed-instance.ts';
import type { StorageAccount } from './storage-account.ts';
import type { Subscription } from './subscription.ts';
import type { VirtualMachine } from './virtual-machine.ts';

/** The normalized estate every rule reads. Adapters fill it; nothing else writes it. */
export interface State {
  subscriptions: Subscription[];
  clusters: AksCluster[];
  /** Kubernetes versions AKS offers per region, read live; empty when none was (the bundled calendar applies). */
  aksVersions: AksRegionVersions[];
  network: NetworkState;
  keyVaults: KeyVault[];
  postgresFlexibleServers: PostgresFlexibleServer[];
  postgresSingleServers: PostgresSingleServer[];
  mysqlFlexibleServers: MySqlFlexibleServer[];
  sqlServers: SqlServer[];
  sqlManagedInstances: SqlManagedInstance[];
  redisCaches: RedisCache[];
  containerRegistries: ContainerRegistry[];
  storageAccounts: StorageAccount[];
  roleAssignments: RoleAssignment[];
  /** Managed identities the estate shows (user-assigned, system-assigned, kubelet): who a role assignment's principal is. */
  managedIdentities: ManagedIdentity[];
  virtualMachines: VirtualMachine[];
  /** Azure Monitor alert rules and the action groups they notify. */
  monitoring: MonitoringState;
  /** Flux configurations on AKS clusters, each naming its cluster. */
  fluxConfigurations: FluxConfiguration[];
  /** In-cluster state, one entry per kubeconfig context or set of Kubernetes files. */
  kubernetes: KubernetesCluster[];
  /** Which ARM types were read for which scope: rules that count resources ask it (through `ctx.coverage`). */
  coverage: CoverageEntry[];
}

export function emptyState(): State {
  return {
    subscriptions: [],
    clusters: [],
    aksVersions: [],
    network: { virtualNetworks: [], subnetReferences: [], networkSecurityGroups: [], routeTables: [], natGateways: [], publicIpAddresses: [], privateEndpoints: [], privateDnsZones: [], networkInterfaces: [], bastionHosts: [], applicationGateways: [], wafPolicies: [] },
    keyVaults: [],
    postgresFlexibleServers: [],
    postgresSingleServers: [],
    mysqlFlexibleServers: [],
    sqlServers: [],
    sqlManagedInstances: [],
    redisCaches: [],
    containerRegistries: [],
    storageAccounts: [],
    roleAssignments: [],
    managedIdentities: [],
    virtualMachines: [],
    monitoring: { alertRules: [], actionGroups: [] },
    fluxConfigurations: [],
    kubernetes: [],
    coverage: [],
  };
}
