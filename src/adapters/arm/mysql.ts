import type { MySqlFlexibleServer } from '../../state/mysql.ts';
import type { ArmResource } from './collect-resources.ts';
import { databaseServerOf, flexibleBackupOf, serverChildTypes, serverParametersOf } from './database-server.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

export const MYSQL_FLEXIBLE_SERVER = 'microsoft.dbformysql/flexibleservers';
const CHILDREN = serverChildTypes(MYSQL_FLEXIBLE_SERVER);
const CONFIGURATION = `${MYSQL_FLEXIBLE_SERVER}/configurations`;

/** ARM types this adapter reads. */
export const MYSQL_TYPES: readonly string[] = [MYSQL_FLEXIBLE_SERVER, CHILDREN.firewallRules, CHILDREN.administrators, CONFIGURATION];

/**
 * `Microsoft.DBforMySQL/flexibleServers` → MySqlFlexibleServer (2023-12-30 REST API). Server
 * parameter defaults follow the service documentation: require_secure_transport `ON`,
 * tls_version `TLSv1.2`, aad_auth_only `OFF`.
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
    ...databaseServerOf(r, index, f, { backup: flexibleBackupOf(p?.child('backup'), f), publicNetworkAccess: f.stated(network?.string('publicNetworkAccess')) }, CHILDREN),
    state: f.stated(p?.string('state')),
    network: {
      delegatedSubnetResourceId: f.stated(network?.string('delegatedSubnetResourceId')),
      privateDnsZoneResourceId: f.stated(network?.string('privateDnsZoneResourceId')),
    },
    highAvailabilityMode: f.stated(p?.child('highAvailability')?.string('mode')),
    serverParameters: {
      requireSecureTransport: parameters.reader.read('requireSecureTransport', parameters.values.get('require_secure_transport'), 'ON'),
      tlsVersion: parameters.reader.read('tlsVersion', parameters.values.get('tls_version'), 'TLSv1.2'),
      aadAuthOnly: parameters.reader.read('aadAuthOnly', parameters.values.get('aad_auth_only'), 'OFF'),
    },
  };
}
