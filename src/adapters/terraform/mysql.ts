import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { MySqlFlexibleServer } from '../../state/mysql.ts';
import { asBool, asNumber, asString } from './attributes.ts';
import { tfBase } from './base.ts';
import { NOT_IN_CONFIGURATION, referencedId } from './children.ts';
import { administratorsOf, firewallRulesOf, serverParameter, highAvailabilityOf, skuTierOf, text, type ServerChildren } from './database-server.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';

const SERVER = 'azurerm_mysql_flexible_server';
const CHILDREN: ServerChildren = {
  firewallRule: { type: `${SERVER}_firewall_rule`, via: 'server_name' },
  configuration: { type: `${SERVER}_configuration`, via: 'server_name' },
  // `_aad_administrator` until 5.0; `_active_directory_administrator` from 4.15.
  administrators: [{ type: `${SERVER}_active_directory_administrator`, via: 'server_id' }, { type: `${SERVER}_aad_administrator`, via: 'server_id' }],
};
export const MYSQL_TYPES = [SERVER, CHILDREN.firewallRule.type, CHILDREN.configuration.type, ...CHILDREN.administrators.map((a) => a.type)];

/**
 * `azurerm_mysql_flexible_server` with its firewall rule, configuration and Entra administrator
 * resources → MySqlFlexibleServer. Defaults per the provider's documentation, v3.117 to v5.2.
 * Public access: v3 and v4 before 4.26 only report `public_network_access_enabled` (computed);
 * 4.26 added the settable `public_network_access`, and 5.0 removed the former.
 */
export function adaptMySqlFlexibleServers(index: TfIndex): MySqlFlexibleServer[] {
  return index.ofType(SERVER).map((r) => adaptServer(r, index));
}

function adaptServer(r: TfResource, index: TfIndex): MySqlFlexibleServer {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.dbformysql/flexibleservers', index.ids, f);
  const parameter = (statePath: string, name: string, unset?: string) => serverParameter(f, r, base.id, CHILDREN, index, statePath, name, unset);
  return {
    // No documented default: the service derives it from the network mode.
    ...linkTargetOf(base, index, f, f.read('publicNetworkAccess', ['public_network_access', 'public_network_access_enabled'], accessOf)),
    version: f.read('version', 'version', asString),
    skuTier: skuTierOf(f),
    backup: { retentionDays: f.read('backup.retentionDays', 'backup_retention_days', asNumber, 7), geoRedundantBackup: enabledOf(f.read('backup.geoRedundantBackup', 'geo_redundant_backup_enabled', asBool, false)) },
    firewallRules: firewallRulesOf(r, base.id, CHILDREN, index),
    administrators: administratorsOf(r, base.id, CHILDREN, (a) => ({ login: text(a.values.login), type: null }), index),
    state: f.unknowable('state', NOT_IN_CONFIGURATION),
    network: {
      delegatedSubnetResourceId: referencedId(r, f, index, 'network.delegatedSubnetResourceId', 'delegated_subnet_id'),
      privateDnsZoneResourceId: referencedId(r, f, index, 'network.privateDnsZoneResourceId', 'private_dns_zone_id'),
    },
    highAvailabilityMode: highAvailabilityOf(f),
    serverParameters: {
      requireSecureTransport: parameter('serverParameters.requireSecureTransport', 'require_secure_transport'),
      tlsVersion: parameter('serverParameters.tlsVersion', 'tls_version'),
      // As the ARM adapter reads an unset one: off, the less protective reading.
      aadAuthOnly: parameter('serverParameters.aadAuthOnly', 'aad_auth_only', 'OFF'),
    },
  };
}

/** `public_network_access` ("Enabled") or the older computed `public_network_access_enabled` (true), in the API's terms. */
function accessOf(v: TfValue): string | undefined {
  return typeof v === 'boolean' ? (v ? 'Enabled' : 'Disabled') : asString(v);
}
