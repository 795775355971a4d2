import type { TerraformRead } from '../../collectors/terraform/collect.ts';
import type { TfResource } from '../../collectors/terraform/model.ts';
import type { UnrecognizedType } from '../../state/snapshot.ts';
import { emptyState, type State } from '../../state/state.ts';
import { adaptClusters, AKS_TYPES } from './aks.ts';
import { DIAGNOSTIC_SETTING } from './diagnostic-settings.ts';
import { adaptFluxConfigurations, FLUX_CONFIGURATION } from './gitops.ts';
import { TfIndex } from './index-resources.ts';
import { adaptContainerRegistries, CONTAINER_REGISTRY } from './container-registry.ts';
import { adaptKeyVaults, KEY_VAULT_TYPES } from './key-vault.ts';
import { adaptManagedIdentities, MANAGED_IDENTITY_TYPES } from './managed-identities.ts';
import { adaptMonitoring, MONITORING_TYPES } from './monitoring.ts';
import { adaptMySqlFlexibleServers, MYSQL_TYPES } from './mysql.ts';
import { adaptNetwork, NETWORK_TYPES } from './network.ts';
import { adaptPostgresFlexibleServers, POSTGRESQL_TYPES } from './postgresql.ts';
import { sharedAddresses, type SharedAddresses } from './identities.ts';
import { azurermMajor, type AzurermMajor } from './provider-version.ts';
import { adaptRedisCaches, REDIS_CACHE } from './redis.ts';
import { adaptRoleAssignments, ROLE_ASSIGNMENT } from './role-assignments.ts';
import { adaptSqlServers, SQL_TYPES } from './sql.ts';
import { adaptSqlManagedInstances, SQL_MANAGED_INSTANCE_TYPES } from './sql-managed-instance.ts';
import { adaptStorageAccounts, STORAGE_ACCOUNT_TYPES } from './storage-account.ts';
import { adaptSubscriptions, SUBSCRIPTION_TYPES } from './subscriptions.ts';
import { withSubnetReferences } from '../arm/network.ts';
import { adaptVirtualMachines } from './virtual-machines.ts';

/** azurerm types some adapter reads, directly or as part of another resource. */
const KNOWN_TYPES = new Set([
  ...AKS_TYPES,
  ...KEY_VAULT_TYPES,
  DIAGNOSTIC_SETTING,
  FLUX_CONFIGURATION,
  ...NETWORK_TYPES,
  ...SUBSCRIPTION_TYPES,
  REDIS_CACHE,
  CONTAINER_REGISTRY,
  ...STORAGE_ACCOUNT_TYPES,
  ...POSTGRESQL_TYPES,
  ...MYSQL_TYPES,
  ...SQL_TYPES,
  ROLE_ASSIGNMENT,
  ...MANAGED_IDENTITY_TYPES,
  ...SQL_MANAGED_INSTANCE_TYPES,
  ...MONITORING_TYPES,
]);

export interface TerraformAdaptation {
  state: State;
  unrecognized: UnrecognizedType[];
}

/**
 * Terraform resource instances (from a plan or an evaluated configuration: one shape) →
 * normalized state, for azurerm provider versions 3 to 5. Types no adapter reads are counted.
 */
export function adaptTerraform(resources: readonly TfResource[], major: AzurermMajor | null, shared?: SharedAddresses): TerraformAdaptation {
  const index = new TfIndex(resources, major, shared);
  const counts = new Map<string, number>();
  for (const [type, list] of index.types()) if (!KNOWN_TYPES.has(type)) counts.set(type, list.length);
  const unrecognized = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const state = emptyState();
  state.subscriptions = adaptSubscriptions(index);
  state.clusters = adaptClusters(index);
  state.network = adaptNetwork(index);
  state.keyVaults = adaptKeyVaults(index);
  state.redisCaches = adaptRedisCaches(index);
  state.containerRegistries = adaptContainerRegistries(index);
  state.storageAccounts = adaptStorageAccounts(index);
  state.postgresFlexibleServers = adaptPostgresFlexibleServers(index);
  state.mysqlFlexibleServers = adaptMySqlFlexibleServers(index);
  state.sqlServers = adaptSqlServers(index);
  state.roleAssignments = adaptRoleAssignments(index);
  state.managedIdentities = adaptManagedIdentities(index);
  state.sqlManagedInstances = adaptSqlManagedInstances(index);
  state.virtualMachines = adaptVirtualMachines(index);
  state.monitoring = adaptMonitoring(index);
  state.fluxConfigurations = adaptFluxConfigurations(index);
  return { state: withSubnetReferences(state), unrecognized };
}

/**
 * The configurations and plans of one scan, each adapted with the azurerm version it runs with.
 * Two that declare the same address hold two resources (see sharedAddresses), never one to merge.
 */
export function adaptTerraformReads(reads: readonly TerraformRead[]): TerraformAdaptation[] {
  const shared = sharedAddresses(reads.map((read) => read.resources));
  return reads.map((read, i) => adaptTerraform(read.resources, azurermMajor(read.azurerm.constraint, read.azurerm.locked), shared[i]));
}
