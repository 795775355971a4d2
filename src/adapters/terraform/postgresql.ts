import type { TfResource } from '../../collectors/terraform/model.ts';
import type { PostgresFlexibleServer } from '../../state/postgresql.ts';
import { asBool, asNumber, asString } from './attributes.ts';
import { tfBase } from './base.ts';
import { NOT_IN_CONFIGURATION, referencedId } from './children.ts';
import { administratorsOf, firewallRulesOf, serverParameter, highAvailabilityOf, skuTierOf, text, type ServerChildren } from './database-server.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';

const SERVER = 'azurerm_postgresql_flexible_server';
const CHILDREN: ServerChildren = {
  firewallRule: { type: `${SERVER}_firewall_rule`, via: 'server_id' },
  configuration: { type: `${SERVER}_configuration`, via: 'server_id' },
  administrators: [{ type: `${SERVER}_active_directory_administrator`, via: 'server_name' }],
};
export const POSTGRESQL_TYPES = [SERVER, CHILDREN.firewallRule.type, CHILDREN.configuration.type, ...CHILDREN.administrators.map((a) => a.type)];

/**
 * `azurerm_postgresql_flexible_server` with its firewall rule, configuration and Entra
 * administrator resources → PostgresFlexibleServer. Names and defaults are the same in the
 * provider's documentation from v3.117 to v5.2.
 */
export function adaptPostgresFlexibleServers(index: TfIndex): PostgresFlexibleServer[] {
  return index.ofType(SERVER).map((r) => adaptServer(r, index));
}

function adaptServer(r: TfResource, index: TfIndex): PostgresFlexibleServer {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.dbforpostgresql/flexibleservers', index.ids, f);
  return {
    // Documented default true; the provider requires false with a delegated subnet, which closes the public endpoint anyway.
    ...linkTargetOf(base, index, f, enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true))),
    version: f.read('version', 'version', asString),
    skuTier: skuTierOf(f),
    // `backup_retention_days` is computed, with no documented default.
    backup: { retentionDays: f.read('backup.retentionDays', 'backup_retention_days', asNumber), geoRedundantBackup: enabledOf(f.read('backup.geoRedundantBackup', 'geo_redundant_backup_enabled', asBool, false)) },
    firewallRules: firewallRulesOf(r, base.id, CHILDREN, index),
    administrators: administratorsOf(r, base.id, CHILDREN, (a) => ({ login: text(a.values.principal_name), type: text(a.values.principal_type) }), index),
    state: f.unknowable('state', NOT_IN_CONFIGURATION),
    network: {
      delegatedSubnetResourceId: referencedId(r, f, index, 'network.delegatedSubnetResourceId', 'delegated_subnet_id'),
      privateDnsZoneArmResourceId: referencedId(r, f, index, 'network.privateDnsZoneArmResourceId', 'private_dns_zone_id'),
    },
    authConfig: {
      activeDirectoryAuth: enabledOf(f.read('authConfig.activeDirectoryAuth', 'authentication[0].active_directory_auth_enabled', asBool, false)),
      passwordAuth: enabledOf(f.read('authConfig.passwordAuth', 'authentication[0].password_auth_enabled', asBool, true)),
    },
    highAvailabilityMode: highAvailabilityOf(f),
    serverParameters: {
      requireSecureTransport: serverParameter(f, r, base.id, CHILDREN, index, 'serverParameters.requireSecureTransport', 'require_secure_transport'),
      sslMinProtocolVersion: serverParameter(f, r, base.id, CHILDREN, index, 'serverParameters.sslMinProtocolVersion', 'ssl_min_protocol_version'),
    },
  };
}
