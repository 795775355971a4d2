import type { MySqlFlexibleServer } from '../../state/mysql.ts';
import type { ArmResource } from './collect-resources.ts';
import { DATABASE_SERVER_PATHS, databaseServerOf, FLEXIBLE_BACKUP_PATHS, flexibleBackupOf, serverChildTypes, serverParametersOf } from './database-server.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

export const MYSQL_FLEXIBLE_SERVER = 'microsoft.dbformysql/flexibleservers';
const CHILDREN = serverChildTypes(MYSQL_FLEXIBLE_SERVER);
const CONFIGURATION = `${MYSQL_FLEXIBLE_SERVER}/configurations`;

/** ARM types this adapter reads. */
export const MYSQL_TYPES: readonly string[] = [MYSQL_FLEXIBLE_SERVER, CHILDREN.firewallRules, CHILDREN.administrators, CONFIGURATION];

/** Source path of each state field a rule reports on: the REST body, and server parameters in their `configurations` children. */
export const MYSQL_FLEXIBLE_PATHS: Readonly<Record<string, string>> = {
  ...DATABASE_SERVER_PATHS,
  ...FLEXIBLE_BACKUP_PATHS,
  publicNetworkAccess: 'properties.network.publicNetworkAccess',
  'network.delegatedSubnetResourceId': 'properties.network.delegatedSubnetResourceId',
  'network.privateDnsZoneResourceId': 'properties.network.privateDnsZoneResourceId',
  state: 'properties.state',
  highAvailabilityMode: 'properties.highAvailability.mode',
  'serverParameters.requireSecureTransport': 'configurations/require_secure_transport#properties.value',
  'serverParameters.tlsVersion': 'configurations/tls_version#properties.value',
  'serverParameters.aadAuthOnly': 'configurations/aad_auth_only#properties.value',
};

/**
 * `Microsoft.DBforMySQL/flexibleServers` → MySqlFlexibleServer (2023-12-30 REST API). The TLS
 * parameters (require_secure_transport, tls_version) are read from their configurations or
 * unknown: a parameter list holds every parameter, so one that is missing or null was not read,
 * and the documented defaults (`ON`, `TLSv1.2`) are no evidence of what a server runs.
 * aad_auth_only defaults to `OFF` (the less protective reading).
 */
export function adaptMySqlFlexibleServers(index: ArmIndex): MySqlFlexibleServer[] {
  return index.ofType(MYSQL_FLEXIBLE_SERVER).map((r) => adaptServer(r, index));
}

function adaptServer(r: ArmResource, index: ArmIndex): MySqlFlexibleServer {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const network = p?.child('network');
  const parameters = serverParametersOf(r, index, CONFIGURATION, f);
  return {
    // publicNetworkAccess has no documented default: older API versions derived it from the network mode.
    ...databaseServerOf(r, index, f, { backup: flexibleBackupOf(p?.child('backup'), f), publicNetworkAccess: f.stated(network?.string('publicNetworkAccess')) }, CHILDREN, MYSQL_FLEXIBLE_PATHS),
    state: f.stated(p?.string('state')),
    network: {
      delegatedSubnetResourceId: f.stated(network?.string('delegatedSubnetResourceId')),
      privateDnsZoneResourceId: f.stated(network?.string('privateDnsZoneResourceId')),
    },
    highAvailabilityMode: f.stated(p?.child('highAvailability')?.string('mode')),
    serverParameters: {
      requireSecureTransport: parameters.reader.stated(parameters.values.get('require_secure_transport')),
      tlsVersion: parameters.reader.stated(parameters.values.get('tls_version')),
      aadAuthOnly: parameters.reader.read('aadAuthOnly', parameters.values.get('aad_auth_only'), 'OFF'),
    },
  };
}
