import { MYSQL_FLEXIBLE_PATHS } from '../../src/adapters/arm/mysql.ts';
import type { MySqlFlexibleServer } from '../../src/state/mysql.ts';
import { databaseServer, merged, type Overrides, withServerPaths } from './postgresql.ts';

/** A MySQL flexible server that passes every MySQL rule; override what a test is about. */
export function mysqlFlexible(overrides: Overrides<MySqlFlexibleServer> = {}): MySqlFlexibleServer {
  const name = overrides.name ?? 'mysql-prod';
  return withServerPaths(merged<MySqlFlexibleServer>({
    ...databaseServer('Microsoft.DBforMySQL/flexibleServers', name),
    version: '8.0.21',
    state: 'Ready',
    network: { delegatedSubnetResourceId: null, privateDnsZoneResourceId: null },
    highAvailabilityMode: 'ZoneRedundant',
    serverParameters: { requireSecureTransport: 'ON', tlsVersion: 'TLSv1.2,TLSv1.3', aadAuthOnly: 'ON' },
  }, overrides), MYSQL_FLEXIBLE_PATHS);
}
