import { exampleBody } from './routes-inventory.ts';

/**
 * Azure SQL answers in the REST shapes of the 2025-01-01 examples (ServerBlobAuditingGet,
 * TransparentDataEncryptionGet, the firewall rule and database bodies), for the enrichment fake.
 * The TDE answer keeps the example's quirk: its `id` is the database's, not the child's path.
 */

/** ServerBlobAuditingPolicies_Get: the example is auditing Disabled with no destination. */
export function sqlAuditing(serverId: string, policy: { state: 'Enabled' | 'Disabled'; storageEndpoint?: string; azureMonitor?: boolean } = { state: 'Disabled' }): Record<string, unknown> {
  const enabled = policy.state === 'Enabled';
  return {
    id: `${serverId}/auditingSettings/default`,
    name: 'default',
    type: 'Microsoft.Sql/servers/auditingSettings',
    properties: {
      state: policy.state,
      storageEndpoint: policy.storageEndpoint ?? '',
      retentionDays: enabled ? 90 : 0,
      auditActionsAndGroups: enabled ? ['SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP', 'FAILED_DATABASE_AUTHENTICATION_GROUP', 'BATCH_COMPLETED_GROUP'] : [],
      storageAccountSubscriptionId: '00000000-0000-0000-0000-000000000000',
      isStorageSecondaryKeyInUse: false,
      isAzureMonitorTargetEnabled: policy.azureMonitor ?? false,
      isManagedIdentityInUse: false,
    },
  };
}

/** TransparentDataEncryptions_Get (`current`), answered as the example does: under the database's id. */
export function sqlTde(databaseId: string, state: 'Enabled' | 'Disabled'): Record<string, unknown> {
  return { id: databaseId, name: 'current', type: 'Microsoft.Sql/servers/databases/transparentDataEncryption', properties: { state, scanState: state === 'Enabled' ? 'Suspend' : 'None' } };
}

/** One item of FirewallRules_ListByServer. */
export function sqlFirewallRule(serverId: string, name: string, startIpAddress: string, endIpAddress: string): Record<string, unknown> {
  return { id: `${serverId}/firewallRules/${name}`, name, type: 'Microsoft.Sql/servers/firewallRules', properties: { startIpAddress, endIpAddress } };
}

/** A database as Resource Graph lists it; `master` is the system database every server has. */
export function sqlDatabase(serverId: string, name: string, location: string): Record<string, unknown> {
  const system = name.toLowerCase() === 'master';
  return {
    id: `${serverId}/databases/${name}`,
    name,
    type: 'Microsoft.Sql/servers/databases',
    location,
    kind: system ? 'v12.0,system' : 'v12.0,user,vcore',
    sku: system ? { name: 'System', tier: 'System', capacity: 0 } : { name: 'GP_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
    properties: {
      collation: 'SQL_Latin1_General_CP1_CI_AS',
      status: 'Online',
      databaseId: system ? '00000000-0000-0000-0000-000000000000' : '6c764297-577b-470f-9af4-96d3d41e2ba3',
      requestedBackupStorageRedundancy: 'Geo',
      zoneRedundant: false,
    },
  };
}

/** FailoverGroups_ListByServer item, the shape of FailoverGroupGet: `serverId` paired with a partner in North Europe. */
export function sqlFailoverGroup(serverId: string, partnerLocation = 'North Europe'): Record<string, unknown> {
  const body = exampleBody('sql/2023-08-01/FailoverGroupGet.json') as { properties: { partnerServers: Array<Record<string, unknown>> } };
  const partner = `${serverId.slice(0, serverId.lastIndexOf('/'))}/${serverId.slice(serverId.lastIndexOf('/') + 1)}-dr`;
  return { ...body, id: `${serverId}/failoverGroups/fog-ledger`, properties: { ...body.properties, partnerServers: [{ ...body.properties.partnerServers[0], id: partner, location: partnerLocation }] } };
}
