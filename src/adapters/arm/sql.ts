import type { SqlAuditingSetting, SqlDatabase, SqlEntraAdministrator, SqlFirewallRule, SqlServer } from '../../state/sql.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { privateEndpointIdsOf } from './private-endpoint-connections.ts';
import { nameOf } from './resource-id.ts';

export const SQL_SERVER = 'microsoft.sql/servers';
const FIREWALL_RULE = `${SQL_SERVER}/firewallrules`;
const AUDITING = `${SQL_SERVER}/auditingsettings`;
const EXTENDED_AUDITING = `${SQL_SERVER}/extendedauditingsettings`;
const ADMINISTRATOR = `${SQL_SERVER}/administrators`;
const ENTRA_ONLY = `${SQL_SERVER}/azureadonlyauthentications`;
export const SQL_DATABASE = `${SQL_SERVER}/databases`;
const TDE = `${SQL_DATABASE}/transparentdataencryption`;

/** ARM types this adapter reads. */
export const SQL_TYPES: readonly string[] = [SQL_SERVER, FIREWALL_RULE, AUDITING, EXTENDED_AUDITING, ADMINISTRATOR, ENTRA_ONLY, SQL_DATABASE, TDE, `${SQL_SERVER}/privateendpointconnections`];

/** `Microsoft.Sql/servers` and its children → SqlServer. Property names follow the 2025-01-01 REST API. */
export function adaptSqlServers(index: ArmIndex): SqlServer[] {
  return index.ofType(SQL_SERVER).map((r) => adaptServer(r, index));
}

function adaptServer(r: ArmResource, index: ArmIndex): SqlServer {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const childrenIncluded = index.includesChildrenOf(r.id);
  const databases = index.attachedTo(r.id, SQL_DATABASE);
  const master = databases.find((d) => nameOf(d.id).toLowerCase() === 'master');
  return {
    ...baseOf(r, f.defaulted),
    // No documented default, and older API versions omit it: unknown when absent.
    publicNetworkAccess: f.stated(p?.string('publicNetworkAccess')),
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    // No documented default: servers created before 2024 without a minimum answer `None` or omit it.
    minimalTlsVersion: f.stated(p?.string('minimalTlsVersion')),
    entraAdministrator: entraAdministratorOf(r, index, f, childrenIncluded),
    firewallRules: childrenOf(r, index, FIREWALL_RULE, childrenIncluded, firewallRuleOf),
    auditingSettings: childrenOf(r, index, [AUDITING, EXTENDED_AUDITING], childrenIncluded, auditingOf),
    masterDiagnosticSettings: adaptDiagnosticSettings(master ?? { id: `${r.id}/databases/master` }, index),
    databases: databases.length || childrenIncluded ? databases.filter((d) => d !== master).map((d) => databaseOf(d, index)) : null,
  };
}

/** Child resources of one or more types: known (possibly empty) when the input carried the server's children or any of them. */
function childrenOf<T>(r: ArmResource, index: ArmIndex, types: string | string[], childrenIncluded: boolean, adapt: (child: ArmResource) => T): T[] | null {
  const found = (Array.isArray(types) ? types : [types]).flatMap((type) => index.attachedTo(r.id, type));
  if (found.length === 0 && !childrenIncluded) return null;
  return found.map(adapt);
}

function firewallRuleOf(child: ArmResource): SqlFirewallRule {
  const p = child.properties;
  return { name: nameOf(child.id), startIpAddress: p?.string('startIpAddress') ?? null, endIpAddress: p?.string('endIpAddress') ?? null, path: child.id };
}

function auditingOf(child: ArmResource): SqlAuditingSetting {
  const p = child.properties;
  return {
    name: nameOf(child.id),
    state: p?.string('state') ?? null,
    storageEndpoint: p?.string('storageEndpoint') ?? null,
    isAzureMonitorTargetEnabled: p?.bool('isAzureMonitorTargetEnabled') ?? null,
    path: child.id,
  };
}

/**
 * The Entra administrator from the server body (`properties.administrators`, API 2020-11-01 and
 * later) or from `administrators` / `azureADOnlyAuthentications` children. A complete server body
 * without one has none: the GET returns it whenever it is set.
 */
function entraAdministratorOf(r: ArmResource, index: ArmIndex, f: FieldReader, childrenIncluded: boolean): SqlEntraAdministrator {
  const inline = r.properties?.child('administrators');
  const child = index.attachedTo(r.id, ADMINISTRATOR)[0];
  const admin = inline ?? child?.properties;
  const entraOnlyChild = index.attachedTo(r.id, ENTRA_ONLY)[0];
  const path = inline ? 'properties.administrators' : (child?.id ?? 'properties.administrators');
  const login = admin?.string('login') ?? null;
  const sid = admin?.string('sid') ?? null;
  const stated = admin ? Boolean(login ?? sid) : childrenIncluded ? false : undefined;
  const configured = f.read('entraAdministrator.configured', stated, false);
  const fromChild = entraOnlyChild?.properties?.bool('azureADOnlyAuthentication');
  const entraOnlyStated = fromChild ?? admin?.bool('azureADOnlyAuthentication');
  // Entra-only authentication needs an Entra administrator: without one it is off.
  const azureADOnlyAuthentication = configured === false ? (entraOnlyStated ?? false) : f.read('entraAdministrator.azureADOnlyAuthentication', entraOnlyStated, admin ? false : undefined);
  return {
    configured,
    login,
    sid,
    azureADOnlyAuthentication,
    path,
    entraOnlyPath: fromChild !== undefined && entraOnlyChild ? entraOnlyChild.id : path,
  };
}

function databaseOf(d: ArmResource, index: ArmIndex): SqlDatabase {
  const tde = index.attachedTo(d.id, TDE)[0];
  // Only a stated TDE state counts: new databases get TDE on by default, but older ones and restores need not have it.
  return { id: d.id, name: nameOf(d.id), transparentDataEncryption: tde?.properties?.string('state') ?? null, tdePath: tde?.id ?? d.id };
}
