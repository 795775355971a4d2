import type { DatabaseFirewallRule, DatabaseServer, EntraAdministrator, ServerBackup } from '../../state/database-server.ts';
import type { Maybe } from '../../state/resource.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { childBody, childEntries, relativeId, withEntries } from './child-paths.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import type { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';

/** Child resource types of one database server type (`…/flexibleservers` + `/firewallrules`, ...). */
export interface ServerChildTypes {
  firewallRules: string;
  administrators: string;
}

export function serverChildTypes(serverType: string): ServerChildTypes {
  return { firewallRules: `${serverType}/firewallrules`, administrators: `${serverType}/administrators` };
}

/** Source paths of the fields every database server kind shares; each kind adds its own backup and network paths. */
export const DATABASE_SERVER_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  privateEndpointIds: 'properties.privateEndpointConnections',
  version: 'properties.version',
  skuTier: 'sku.tier',
  firewallRules: 'firewallRules',
  administrators: 'administrators',
};

/** Backup paths of flexible servers (PostgreSQL and MySQL). */
export const FLEXIBLE_BACKUP_PATHS: Readonly<Record<string, string>> = {
  'backup.retentionDays': 'properties.backup.backupRetentionDays',
  'backup.geoRedundantBackup': 'properties.backup.geoRedundantBackup',
};

/**
 * The fields PostgreSQL (flexible and single) and MySQL flexible servers share; each engine reads
 * its own backup and network properties and gives its kind's table of source paths. Each firewall
 * rule and administrator is evidenced at its own child resource (`firewallRules/AllowAll`).
 */
export function databaseServerOf(r: ArmResource, index: ArmIndex, f: FieldReader, own: { backup: ServerBackup; publicNetworkAccess: Maybe<string> }, children: ServerChildTypes, paths: Readonly<Record<string, string>>): DatabaseServer {
  const p = r.properties;
  const firewallRules = firewallRulesOf(r, index, children.firewallRules);
  const administrators = administratorsOf(r, index, children.administrators);
  return {
    ...baseOf(r, f.defaulted, serverPaths(paths, r.id, firewallRules, administrators)),
    publicNetworkAccess: own.publicNetworkAccess,
    // Older API versions omit the list: its absence says nothing about private endpoints.
    privateEndpointIds: f.stated(privateEndpointIdsOf(p)),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    version: f.stated(p?.string('version')),
    skuTier: f.stated(r.node.child('sku')?.string('tier')),
    backup: own.backup,
    firewallRules,
    administrators,
  };
}

/** The kind's table, plus where each firewall rule and administrator of this server was read. */
export function serverPaths(table: Readonly<Record<string, string>>, serverId: string, firewallRules: Maybe<DatabaseFirewallRule[]>, administrators: Maybe<EntraAdministrator[]>): Readonly<Record<string, string>> {
  return withEntries(table, childEntries('firewallRules', firewallRules ?? [], (rule) => relativeId(serverId, rule.id)), childEntries('administrators', administrators ?? [], (admin) => childBody(serverId, admin.id)));
}

function privateEndpointIdsOf(p: Node | undefined): string[] | undefined {
  const connections = p?.children('privateEndpointConnections');
  if (!connections) return undefined;
  return connections.flatMap((c) => {
    const id = c.child('properties')?.child('privateEndpoint')?.string('id') ?? c.child('privateEndpoint')?.string('id');
    return id ? [id] : [];
  });
}

/**
 * Children of `type` attached to the server: known (possibly empty) when the input carried the
 * server's children or any child of that type, null otherwise. A child without a body (an id
 * only) makes the whole collection unknown: its content decides the verdict.
 */
function childrenOf<T>(r: ArmResource, index: ArmIndex, type: string, adapt: (child: ArmResource, p: Node) => T): T[] | null {
  const found = index.attachedTo(r.id, type);
  if (found.length === 0 && !index.includesChildrenOf(r.id)) return null;
  const out: T[] = [];
  for (const child of found) {
    if (!child.properties) return null;
    out.push(adapt(child, child.properties));
  }
  return out;
}

function firewallRulesOf(r: ArmResource, index: ArmIndex, type: string): DatabaseFirewallRule[] | null {
  let complete = true;
  const rules = childrenOf(r, index, type, (child, p) => {
    const startIpAddress = p.string('startIpAddress');
    const endIpAddress = p.string('endIpAddress');
    if (startIpAddress === undefined || endIpAddress === undefined) complete = false;
    return { id: child.id, name: child.name, startIpAddress: startIpAddress ?? '', endIpAddress: endIpAddress ?? '' };
  });
  return complete ? rules : null;
}

function administratorsOf(r: ArmResource, index: ArmIndex, type: string): EntraAdministrator[] | null {
  return childrenOf(r, index, type, (child, p) => ({
    id: child.id,
    name: child.name,
    login: p.string('principalName') ?? p.string('login') ?? null,
    type: p.string('principalType') ?? p.string('administratorType') ?? null,
  }));
}

/**
 * `properties.backup` of a flexible server (PostgreSQL and MySQL): both specifications default
 * to 7 days of retention, locally redundant.
 */
export function flexibleBackupOf(backup: Node | undefined, f: FieldReader): ServerBackup {
  return {
    retentionDays: f.read('backup.retentionDays', backup?.number('backupRetentionDays'), 7),
    geoRedundantBackup: f.read('backup.geoRedundantBackup', backup?.string('geoRedundantBackup'), 'Disabled'),
  };
}

/**
 * Server parameters (`configurations` children) by lower-case name → value; a configuration with
 * no value (null, or conflicting spellings) is left out, as unread. The reader is complete when
 * the input carried the server's children: adapters use it only for parameters whose absence may
 * take a default (TLS parameters never do).
 */
export function serverParametersOf(r: ArmResource, index: ArmIndex, configurationType: string, f: FieldReader): { values: Map<string, string>; reader: FieldReader } {
  const values = new Map<string, string>();
  for (const child of index.attachedTo(r.id, configurationType)) {
    const value = child.properties?.string('value');
    if (typeof value === 'string') values.set(child.name.toLowerCase(), value);
  }
  return { values, reader: f.nested('serverParameters.', index.includesChildrenOf(r.id)) };
}
