import type { PostgresFlexibleServer, PostgresSingleServer } from '../../state/postgresql.ts';
import type { ArmResource } from './collect-resources.ts';
import { DATABASE_SERVER_PATHS, databaseServerOf, FLEXIBLE_BACKUP_PATHS, flexibleBackupOf, serverChildTypes, serverParametersOf } from './database-server.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

export const POSTGRES_FLEXIBLE_SERVER = 'microsoft.dbforpostgresql/flexibleservers';
export const POSTGRES_SINGLE_SERVER = 'microsoft.dbforpostgresql/servers';
const FLEXIBLE_CHILDREN = serverChildTypes(POSTGRES_FLEXIBLE_SERVER);
const SINGLE_CHILDREN = serverChildTypes(POSTGRES_SINGLE_SERVER);
const FLEXIBLE_CONFIGURATION = `${POSTGRES_FLEXIBLE_SERVER}/configurations`;

/** ARM types this adapter reads. */
export const POSTGRESQL_TYPES: readonly string[] = [
  POSTGRES_FLEXIBLE_SERVER,
  FLEXIBLE_CHILDREN.firewallRules,
  FLEXIBLE_CHILDREN.administrators,
  FLEXIBLE_CONFIGURATION,
  POSTGRES_SINGLE_SERVER,
  SINGLE_CHILDREN.firewallRules,
  SINGLE_CHILDREN.administrators,
];

/** Source path of each state field a rule reports on: the REST body, and server parameters in their `configurations` children. */
export const POSTGRES_FLEXIBLE_PATHS: Readonly<Record<string, string>> = {
  ...DATABASE_SERVER_PATHS,
  ...FLEXIBLE_BACKUP_PATHS,
  publicNetworkAccess: 'properties.network.publicNetworkAccess',
  'network.delegatedSubnetResourceId': 'properties.network.delegatedSubnetResourceId',
  'network.privateDnsZoneArmResourceId': 'properties.network.privateDnsZoneArmResourceId',
  state: 'properties.state',
  'authConfig.activeDirectoryAuth': 'properties.authConfig.activeDirectoryAuth',
  'authConfig.passwordAuth': 'properties.authConfig.passwordAuth',
  highAvailabilityMode: 'properties.highAvailability.mode',
  'serverParameters.requireSecureTransport': 'configurations/require_secure_transport#properties.value',
  'serverParameters.sslMinProtocolVersion': 'configurations/ssl_min_protocol_version#properties.value',
};

/** Source path of each state field a rule reports on, in the single server's REST body. */
export const POSTGRES_SINGLE_PATHS: Readonly<Record<string, string>> = {
  ...DATABASE_SERVER_PATHS,
  publicNetworkAccess: 'properties.publicNetworkAccess',
  'backup.retentionDays': 'properties.storageProfile.backupRetentionDays',
  'backup.geoRedundantBackup': 'properties.storageProfile.geoRedundantBackup',
  userVisibleState: 'properties.userVisibleState',
  sslEnforcement: 'properties.sslEnforcement',
  minimalTlsVersion: 'properties.minimalTlsVersion',
};

/**
 * `Microsoft.DBforPostgreSQL/flexibleServers` → PostgresFlexibleServer. Property names and
 * defaults follow the 2025-08-01 REST API. The TLS server parameters (require_secure_transport,
 * ssl_min_protocol_version) are read from their configurations or unknown: a parameter list holds
 * every parameter, so one that is missing or null was not read, and the documented defaults
 * (`on`, `TLSv1.2`) are no evidence of what a server runs.
 */
export function adaptPostgresFlexibleServers(index: ArmIndex): PostgresFlexibleServer[] {
  return index.ofType(POSTGRES_FLEXIBLE_SERVER).map((r) => adaptFlexible(r, index));
}

function adaptFlexible(r: ArmResource, index: ArmIndex): PostgresFlexibleServer {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const network = p?.child('network');
  const auth = p?.child('authConfig');
  const delegatedSubnetResourceId = f.stated(network?.string('delegatedSubnetResourceId'));
  // No documented default; API versions before 2022 kept it at the top of `properties`.
  const publicNetworkAccess = f.stated(network?.string('publicNetworkAccess') ?? p?.string('publicNetworkAccess'));
  const parameters = serverParametersOf(r, index, FLEXIBLE_CONFIGURATION, f);
  return {
    ...databaseServerOf(r, index, f, { backup: flexibleBackupOf(p?.child('backup'), f), publicNetworkAccess }, FLEXIBLE_CHILDREN, POSTGRES_FLEXIBLE_PATHS),
    state: f.stated(p?.string('state')),
    network: {
      delegatedSubnetResourceId,
      privateDnsZoneArmResourceId: f.stated(network?.string('privateDnsZoneArmResourceId')),
    },
    authConfig: {
      // The specification gives passwordAuth a default (Enabled) but none for activeDirectoryAuth.
      activeDirectoryAuth: f.stated(auth?.string('activeDirectoryAuth')),
      passwordAuth: f.read('authConfig.passwordAuth', auth?.string('passwordAuth'), 'Enabled'),
    },
    highAvailabilityMode: f.read('highAvailabilityMode', p?.child('highAvailability')?.string('mode'), 'Disabled'),
    serverParameters: {
      requireSecureTransport: parameters.reader.stated(parameters.values.get('require_secure_transport')),
      sslMinProtocolVersion: parameters.reader.stated(parameters.values.get('ssl_min_protocol_version')),
    },
  };
}

/**
 * `Microsoft.DBforPostgreSQL/servers` (single server, 2017-12-01 API) → PostgresSingleServer.
 * Its specification documents no defaults for TLS, network access or backups, so those are stated or unknown.
 */
export function adaptPostgresSingleServers(index: ArmIndex): PostgresSingleServer[] {
  return index.ofType(POSTGRES_SINGLE_SERVER).map((r) => {
    const f = new FieldReader(r.complete);
    const p = r.properties;
    const storage = p?.child('storageProfile');
    const backup = { retentionDays: f.stated(storage?.number('backupRetentionDays')), geoRedundantBackup: f.stated(storage?.string('geoRedundantBackup')) };
    return {
      ...databaseServerOf(r, index, f, { backup, publicNetworkAccess: f.stated(p?.string('publicNetworkAccess')) }, SINGLE_CHILDREN, POSTGRES_SINGLE_PATHS),
      userVisibleState: f.stated(p?.string('userVisibleState')),
      sslEnforcement: f.stated(p?.string('sslEnforcement')),
      minimalTlsVersion: f.stated(p?.string('minimalTlsVersion')),
    };
  });
}
