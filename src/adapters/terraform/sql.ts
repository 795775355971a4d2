import { AFTER_APPLY, Unknown, type TfResource } from '../../collectors/terraform/model.ts';
import { refOf, type ResourceRef } from '../../state/resource.ts';
import type { SqlAuditingSetting, SqlDatabase, SqlEntraAdministrator, SqlFirewallRule, SqlServer } from '../../state/sql.ts';
import { asBool, asString, AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { blockAbsent, NOT_IN_CONFIGURATION } from './children.ts';
import { text } from './database-server.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';
import { failoverGroupsOf, type FailoverGroupKind } from './sql-failover-groups.ts';

const SERVER = 'azurerm_mssql_server';
const FIREWALL_RULE = 'azurerm_mssql_firewall_rule';
const AUDITING = 'azurerm_mssql_server_extended_auditing_policy';
const DATABASE = 'azurerm_mssql_database';
const FAILOVER_GROUP = 'azurerm_mssql_failover_group';
export const SQL_TYPES = [SERVER, FIREWALL_RULE, AUDITING, DATABASE, FAILOVER_GROUP];

/** A server failover group: the primary (`server_id`) and each `partner_server`, whose region a plan computes. */
const SERVER_FAILOVER_GROUPS: FailoverGroupKind = {
  type: FAILOVER_GROUP,
  memberType: SERVER,
  ends: (group) => {
    const partners = Array.isArray(group.values.partner_server) ? group.values.partner_server : [];
    return [{ attribute: 'server_id' }, ...partners.map((_, i) => ({ attribute: `partner_server[${i}].id`, location: `partner_server[${i}].location` }))];
  },
};

/**
 * `azurerm_mssql_server` with its firewall rules, extended auditing policy, databases and failover groups →
 * SqlServer. Defaults per the provider's documentation, v3.117 to v5.2. Children join through
 * `server_id`; a configuration holds every child it manages, so none is an empty list.
 * (`azurerm_mssql_server_transparent_data_encryption` sets the TDE protector, not whether
 * databases are encrypted, so it is not read.)
 */
export function adaptSqlServers(index: TfIndex): SqlServer[] {
  return index.ofType(SERVER).map((r) => adaptServer(r, index));
}

function adaptServer(r: TfResource, index: TfIndex): SqlServer {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.sql/servers', index.ids, f);
  const children = (type: string) => index.referring(base.id, type, 'server_id');
  return {
    ...linkTargetOf(base, index, f, enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true))),
    // `Disabled` is the provider's word for the API's `None` (no minimum).
    minimalTlsVersion: f.read('minimalTlsVersion', 'minimum_tls_version', (v) => (v === 'Disabled' ? 'None' : asString(v)), '1.2'),
    entraAdministrator: entraAdministratorOf(f),
    firewallRules: children(FIREWALL_RULE).map(firewallRuleOf),
    auditingSettings: children(AUDITING).map(auditingOf),
    // `master` is not a Terraform resource: a setting on it targets an id built from the server's.
    masterDiagnosticSettings: f.unknowable('masterDiagnosticSettings', NOT_IN_CONFIGURATION),
    databases: children(DATABASE).map((db) => databaseOf(db, index, refOf(base))),
    failoverGroups: failoverGroupsOf(base.id, index, f, SERVER_FAILOVER_GROUPS),
  };
}

/** The `azuread_administrator` block: an Entra administrator when present. */
function entraAdministratorOf(f: AttributeReader): SqlEntraAdministrator {
  const none = blockAbsent(f, 'azuread_administrator');
  const login = none ? null : f.read('entraAdministrator.configured', 'azuread_administrator[0].login_username', asString);
  if (none) f.provenance.paths['entraAdministrator.configured'] = 'azuread_administrator';
  const configured = none ? false : login === null ? null : true;
  // Optional and computed, with no documented default; without an administrator it cannot be on.
  const entraOnly = f.read('entraAdministrator.azureADOnlyAuthentication', 'azuread_administrator[0].azuread_authentication_only', asBool);
  return {
    configured,
    login,
    sid: none ? null : f.read('entraAdministrator.sid', 'azuread_administrator[0].object_id', asString),
    azureADOnlyAuthentication: configured === false ? false : entraOnly,
  };
}

function firewallRuleOf(rule: TfResource): SqlFirewallRule {
  const { name, start_ip_address: start, end_ip_address: end } = rule.values;
  return { name: text(name) ?? rule.address, startIpAddress: text(start), endIpAddress: text(end) };
}

const ENDPOINTS = ['blob_storage_endpoint', 'storage_endpoint'];
/** An endpoint read from a storage account of the configuration (`primary_blob_endpoint`) is a destination whose address only apply will tell. */
const COMPUTED_ENDPOINT = '(a blob endpoint known only after apply)';

/** v5 renamed `storage_endpoint` to `blob_storage_endpoint`; `enabled` and `log_monitoring_enabled` default to true. */
function auditingOf(policy: TfResource): SqlAuditingSetting {
  const a = new AttributeReader(policy);
  const computed = ENDPOINTS.some((name) => { const raw = a.raw(name); return raw instanceof Unknown && raw.reason === AFTER_APPLY; });
  return {
    name: policy.address,
    state: enabledOf(a.read('state', 'enabled', asBool, true)),
    storageEndpoint: a.read('storageEndpoint', ENDPOINTS, asString) ?? (computed ? COMPUTED_ENDPOINT : null),
    isAzureMonitorTargetEnabled: a.read('isAzureMonitorTargetEnabled', 'log_monitoring_enabled', asBool, true),
  };
}

/** `transparent_data_encryption_enabled`, documented to default to true. */
function databaseOf(db: TfResource, index: TfIndex, server: ResourceRef): SqlDatabase {
  const d = index.reader(db);
  return { ...tfBase(db, 'microsoft.sql/servers/databases', index.ids, d), parent: server, transparentDataEncryption: enabledOf(d.read('transparentDataEncryption', 'transparent_data_encryption_enabled', asBool, true)) };
}
