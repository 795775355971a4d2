import { refOf, type ResourceRef } from '../../state/resource.ts';
import type { SqlAuditingSetting, SqlDatabase, SqlEntraAdministrator, SqlFailoverGroup, SqlFirewallRule, SqlServer } from '../../state/sql.ts';
import { baseOf } from './base.ts';
import { childBody, childEntries, relativeId, withEntries } from './child-paths.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
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
const FAILOVER_GROUP = `${SQL_SERVER}/failovergroups`;

/** ARM types this adapter reads. */
export const SQL_TYPES: readonly string[] = [SQL_SERVER, FIREWALL_RULE, AUDITING, EXTENDED_AUDITING, ADMINISTRATOR, ENTRA_ONLY, SQL_DATABASE, TDE, FAILOVER_GROUP, `${SQL_SERVER}/privateendpointconnections`];

/** Source path of each state field a rule reports on: the REST body, or the child resource it comes from. */
export const SQL_SERVER_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  publicNetworkAccess: 'properties.publicNetworkAccess',
  privateEndpointIds: 'properties.privateEndpointConnections',
  minimalTlsVersion: 'properties.minimalTlsVersion',
  entraAdministrator: 'properties.administrators',
  'entraAdministrator.configured': 'properties.administrators.login',
  'entraAdministrator.azureADOnlyAuthentication': 'properties.administrators.azureADOnlyAuthentication',
  firewallRules: 'firewallRules',
  auditingSettings: 'auditingSettings',
  masterDiagnosticSettings: 'databases/master/providers/Microsoft.Insights/diagnosticSettings',
  databases: 'databases',
  failoverGroups: 'failoverGroups',
};

/** TDE is a child of the database, always named `current`. */
export const SQL_DATABASE_PATHS: Readonly<Record<string, string>> = {
  transparentDataEncryption: 'transparentDataEncryption/current#properties.state',
};

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
  const admin = entraAdministratorOf(r, index, f, childrenIncluded, { administrator: ADMINISTRATOR, entraOnly: ENTRA_ONLY });
  const failoverGroups = childrenOf(r, index, FAILOVER_GROUP, childrenIncluded, (child) => ({ group: failoverGroupOf(child), at: childBody(r.id, child.id) }));
  const auditingSettings = childrenOf(r, index, [AUDITING, EXTENDED_AUDITING], childrenIncluded, (child) => ({ setting: auditingOf(child), at: childBody(r.id, child.id) }));
  const masterDiagnosticSettings = adaptDiagnosticSettings(master ?? { id: `${r.id}/databases/master` }, index);
  const base = baseOf(
    r,
    f.defaulted,
    withEntries(
      SQL_SERVER_PATHS,
      admin.paths,
      childEntries('auditingSettings', auditingSettings ?? [], (s) => s.at),
      childEntries('masterDiagnosticSettings', masterDiagnosticSettings ?? [], (s) => relativeId(r.id, s.id)),
      childEntries('failoverGroups', failoverGroups ?? [], (g) => `${g.at}.partnerServers`),
    ),
  );
  const parent = refOf(base);
  return {
    ...base,
    // No documented default, and older API versions omit it: unknown when absent.
    publicNetworkAccess: f.stated(p?.string('publicNetworkAccess')),
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    // No documented default: servers created before 2024 without a minimum answer `None` or omit it.
    minimalTlsVersion: f.stated(p?.string('minimalTlsVersion')),
    entraAdministrator: admin.value,
    firewallRules: childrenOf(r, index, FIREWALL_RULE, childrenIncluded, firewallRuleOf),
    auditingSettings: auditingSettings?.map((s) => s.setting) ?? null,
    masterDiagnosticSettings,
    databases: databases.length || childrenIncluded ? databases.filter((d) => d !== master).map((d) => databaseOf(d, index, parent)) : null,
    failoverGroups: failoverGroups?.map((g) => g.group) ?? null,
  };
}

/** Child resources of one or more types: known (possibly empty) when the input carried the server's children or any of them. */
export function childrenOf<T>(r: ArmResource, index: ArmIndex, types: string | string[], childrenIncluded: boolean, adapt: (child: ArmResource) => T): T[] | null {
  const found = (Array.isArray(types) ? types : [types]).flatMap((type) => index.attachedTo(r.id, type));
  if (found.length === 0 && !childrenIncluded) return null;
  return found.map(adapt);
}

function firewallRuleOf(child: ArmResource): SqlFirewallRule {
  const p = child.properties;
  return { name: nameOf(child.id), startIpAddress: p?.string('startIpAddress') ?? null, endIpAddress: p?.string('endIpAddress') ?? null };
}

function auditingOf(child: ArmResource): SqlAuditingSetting {
  const p = child.properties;
  return {
    name: nameOf(child.id),
    state: p?.string('state') ?? null,
    storageEndpoint: p?.string('storageEndpoint') ?? null,
    isAzureMonitorTargetEnabled: p?.bool('isAzureMonitorTargetEnabled') ?? null,
  };
}

/** `partnerServers`: each partner's id and region, as the group's body lists them on either server. */
function failoverGroupOf(child: ArmResource): SqlFailoverGroup {
  const partners = child.properties?.children('partnerServers') ?? [];
  return { name: nameOf(child.id), partners: partners.map((p) => ({ id: p.string('id') ?? null, location: p.string('location') ?? null })) };
}

/** The ARM types of a server's or instance's Entra administrator children. */
export interface EntraAdministratorTypes {
  administrator: string;
  entraOnly: string;
}

/**
 * The Entra administrator from the server body (`properties.administrators`, API 2020-11-01 and
 * later) or from `administrators` / `azureADOnlyAuthentications` children, with the source paths
 * of what was read from a child. A complete server body without one has none: the GET returns it
 * whenever it is set.
 */
export function entraAdministratorOf(r: ArmResource, index: ArmIndex, f: FieldReader, childrenIncluded: boolean, types: EntraAdministratorTypes): { value: SqlEntraAdministrator; paths: Record<string, string> } {
  const inline = r.properties?.child('administrators');
  const child = index.attachedTo(r.id, types.administrator)[0];
  const admin = inline ?? child?.properties;
  const entraOnlyChild = index.attachedTo(r.id, types.entraOnly)[0];
  // Read from a child, the administrator's fields are evidenced there; inline, the table's paths hold.
  const at = !inline && child ? childBody(r.id, child.id) : undefined;
  const login = admin?.string('login') ?? null;
  const sid = admin?.string('sid') ?? null;
  const stated = admin ? Boolean(login ?? sid) : childrenIncluded ? false : undefined;
  const configured = f.read('entraAdministrator.configured', stated, false);
  const fromChild = entraOnlyChild?.properties?.bool('azureADOnlyAuthentication');
  const entraOnlyStated = fromChild ?? admin?.bool('azureADOnlyAuthentication');
  // Entra-only authentication needs an Entra administrator: without one it is off.
  const azureADOnlyAuthentication = configured === false ? (entraOnlyStated ?? false) : f.read('entraAdministrator.azureADOnlyAuthentication', entraOnlyStated, admin ? false : undefined);
  const entraOnlyAt = fromChild !== undefined && entraOnlyChild ? childBody(r.id, entraOnlyChild.id) : at;
  const paths: Record<string, string> = {};
  if (at) Object.assign(paths, { entraAdministrator: at, 'entraAdministrator.configured': `${at}.login` });
  if (entraOnlyAt) paths['entraAdministrator.azureADOnlyAuthentication'] = `${entraOnlyAt}.azureADOnlyAuthentication`;
  return { value: { configured, login, sid, azureADOnlyAuthentication }, paths };
}

function databaseOf(d: ArmResource, index: ArmIndex, server: ResourceRef): SqlDatabase {
  const tde = index.attachedTo(d.id, TDE)[0];
  // Only a stated TDE state counts: new databases get TDE on by default, but older ones and restores need not have it.
  return { ...baseOf(d, [], SQL_DATABASE_PATHS), name: nameOf(d.id), parent: server, transparentDataEncryption: tde?.properties?.string('state') ?? null };
}
