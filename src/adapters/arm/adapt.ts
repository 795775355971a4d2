import type { State } from '../../state/state.ts';
import type { CoverageEntry } from '../../state/coverage.ts';
import type { UnrecognizedType } from '../../state/snapshot.ts';
import { adaptClusters, AGENT_POOL, MANAGED_CLUSTER } from './aks.ts';
import { adaptAksVersions, AKS_VERSIONS_TYPE } from './aks-versions.ts';
import { located, type ArmResource } from './collect-resources.ts';
import { adaptContainerRegistries, CONTAINER_REGISTRY_TYPES } from './container-registry.ts';
import { DIAGNOSTIC_SETTING } from './diagnostic-settings.ts';
import { adaptFluxConfigurations, FLUX_CONFIGURATION } from './gitops.ts';
import { ArmIndex } from './index-resources.ts';
import { adaptKeyVaults, KEY_VAULT_TYPES } from './key-vault.ts';
import { adaptManagedIdentities, MANAGED_IDENTITY_TYPES } from './managed-identities.ts';
import { adaptMonitoring, MONITORING_TYPES } from './monitoring.ts';
import { adaptMySqlFlexibleServers, MYSQL_TYPES } from './mysql.ts';
import { adaptNetwork, NETWORK_TYPES, withSubnetReferences } from './network.ts';
import { adaptPostgresFlexibleServers, adaptPostgresSingleServers, POSTGRESQL_TYPES } from './postgresql.ts';
import { adaptRedisCaches, REDIS_TYPES } from './redis.ts';
import { adaptRoleAssignments, ROLE_ASSIGNMENT } from './role-assignments.ts';
import { adaptSqlServers, SQL_TYPES } from './sql.ts';
import { adaptSqlManagedInstances, SQL_MANAGED_INSTANCE_TYPES } from './sql-managed-instance.ts';
import { adaptStorageAccounts, STORAGE_ACCOUNT_TYPES } from './storage-account.ts';
import { adaptSubscriptions, SUBSCRIPTION_TYPES } from './subscriptions.ts';
import { adaptVirtualMachines, VIRTUAL_MACHINE } from './virtual-machines.ts';

/** Types some adapter reads, directly or as a child of another resource. */
const KNOWN_TYPES = new Set([
  MANAGED_CLUSTER,
  AGENT_POOL,
  AKS_VERSIONS_TYPE,
  DIAGNOSTIC_SETTING,
  FLUX_CONFIGURATION,
  ...SUBSCRIPTION_TYPES,
  ...NETWORK_TYPES,
  ...KEY_VAULT_TYPES,
  ...POSTGRESQL_TYPES,
  ...MYSQL_TYPES,
  ...SQL_TYPES,
  ...SQL_MANAGED_INSTANCE_TYPES,
  ...REDIS_TYPES,
  ...CONTAINER_REGISTRY_TYPES,
  ...STORAGE_ACCOUNT_TYPES,
  ROLE_ASSIGNMENT,
  ...MANAGED_IDENTITY_TYPES,
  VIRTUAL_MACHINE,
  ...MONITORING_TYPES,
]);

export interface ArmAdaptation {
  state: State;
  unrecognized: UnrecognizedType[];
}

/**
 * ARM resources (from files, Resource Graph or the live API: one shape) → normalized state.
 * Resources of types no adapter reads are counted, not errors. `coverage` is what the collectors
 * read for which scope: they know what they asked for, the resources alone do not.
 */
export function adaptArm(resources: ArmResource[], coverage: CoverageEntry[] = []): ArmAdaptation {
  const index = new ArmIndex(resources);
  const unrecognized: UnrecognizedType[] = [];
  for (const [type, list] of index.types()) if (!KNOWN_TYPES.has(type)) unrecognized.push({ type, count: list.length });
  unrecognized.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const subscriptionIds = new Set(resources.filter(located).map((r) => r.subscriptionId));
  return {
    state: withSubnetReferences({
      subscriptions: adaptSubscriptions(index, subscriptionIds),
      clusters: adaptClusters(index),
      aksVersions: adaptAksVersions(index),
      network: adaptNetwork(index),
      keyVaults: adaptKeyVaults(index),
      postgresFlexibleServers: adaptPostgresFlexibleServers(index),
      postgresSingleServers: adaptPostgresSingleServers(index),
      mysqlFlexibleServers: adaptMySqlFlexibleServers(index),
      sqlServers: adaptSqlServers(index),
      sqlManagedInstances: adaptSqlManagedInstances(index),
      redisCaches: adaptRedisCaches(index),
      containerRegistries: adaptContainerRegistries(index),
      storageAccounts: adaptStorageAccounts(index),
      roleAssignments: adaptRoleAssignments(index),
      managedIdentities: adaptManagedIdentities(index),
      virtualMachines: adaptVirtualMachines(index),
      monitoring: adaptMonitoring(index),
      fluxConfigurations: adaptFluxConfigurations(index),
      // ARM says nothing about what runs inside a cluster: the Kubernetes collectors add it.
      kubernetes: [],
      coverage,
    }),
    unrecognized,
  };
}
