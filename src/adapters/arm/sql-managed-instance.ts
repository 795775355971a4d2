import { refOf, type ResourceRef } from '../../state/resource.ts';
import type { SqlManagedDatabase, SqlManagedInstance } from '../../state/sql-managed-instance.ts';
import type { SqlFailoverGroup } from '../../state/sql.ts';
import { baseOf } from './base.ts';
import { childEntries, withEntries } from './child-paths.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { idKey, nameOf } from './resource-id.ts';
import { childrenOf, entraAdministratorOf } from './sql.ts';
import { sameRegion } from '../../lib/regions.ts';

export const SQL_MANAGED_INSTANCE = 'microsoft.sql/managedinstances';
export const SQL_MANAGED_DATABASE = `${SQL_MANAGED_INSTANCE}/databases`;
const TDE = `${SQL_MANAGED_DATABASE}/transparentdataencryption`;
const ADMINISTRATOR = `${SQL_MANAGED_INSTANCE}/administrators`;
const ENTRA_ONLY = `${SQL_MANAGED_INSTANCE}/azureadonlyauthentications`;
/** A failover group lives under the region it was created in, not under either instance. */
export const INSTANCE_FAILOVER_GROUP = 'microsoft.sql/locations/instancefailovergroups';

/** ARM types this adapter reads. */
export const SQL_MANAGED_INSTANCE_TYPES: readonly string[] = [SQL_MANAGED_INSTANCE, SQL_MANAGED_DATABASE, TDE, ADMINISTRATOR, ENTRA_ONLY, INSTANCE_FAILOVER_GROUP];

/** Source path of each state field a rule reports on. */
export const SQL_MANAGED_INSTANCE_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  subnetId: 'properties.subnetId',
  publicDataEndpointEnabled: 'properties.publicDataEndpointEnabled',
  minimalTlsVersion: 'properties.minimalTlsVersion',
  entraAdministrator: 'properties.administrators',
  'entraAdministrator.configured': 'properties.administrators.login',
  'entraAdministrator.azureADOnlyAuthentication': 'properties.administrators.azureADOnlyAuthentication',
  databases: 'databases',
  failoverGroups: 'Microsoft.Sql/locations/instanceFailoverGroups',
};

export const SQL_MANAGED_DATABASE_PATHS: Readonly<Record<string, string>> = {
  transparentDataEncryption: 'transparentDataEncryption/current#properties.state',
};

/** `Microsoft.Sql/managedInstances`, its databases and the instance failover groups pairing it → SqlManagedInstance (2023-08-01 REST shapes). */
export function adaptSqlManagedInstances(index: ArmIndex): SqlManagedInstance[] {
  const groups = index.ofType(INSTANCE_FAILOVER_GROUP);
  return index.ofType(SQL_MANAGED_INSTANCE).map((r) => adaptInstance(r, index, groups));
}

function adaptInstance(r: ArmResource, index: ArmIndex, allGroups: ArmResource[]): SqlManagedInstance {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const childrenIncluded = index.includesChildrenOf(r.id);
  const admin = entraAdministratorOf(r, index, f, childrenIncluded, { administrator: ADMINISTRATOR, entraOnly: ENTRA_ONLY });
  // A group read twice (an inventory row and the per-region list) is one group.
  const pairing = [...new Map(allGroups.filter((g) => pairsOf(g).some((pair) => pair.some(names(r.id)))).map((g) => [idKey(g.id), g])).values()];
  // Groups are read per resource group and region: any naming the instance, or a read of its children, tells.
  const groups = pairing.length || childrenIncluded ? pairing : null;
  const base = baseOf(r, f.defaulted, withEntries(SQL_MANAGED_INSTANCE_PATHS, admin.paths, childEntries('failoverGroups', groups ?? [], (g) => `${g.id}#properties.managedInstancePairs`)));
  const parent = refOf(base);
  return {
    ...base,
    subnetId: f.stated(p?.string('subnetId')),
    // The GET always returns both; neither has a documented default an absent value could take.
    publicDataEndpointEnabled: f.stated(p?.bool('publicDataEndpointEnabled')),
    minimalTlsVersion: f.stated(p?.string('minimalTlsVersion')),
    entraAdministrator: admin.value,
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    databases: childrenOf(r, index, SQL_MANAGED_DATABASE, childrenIncluded, (d) => databaseOf(d, index, parent)),
    failoverGroups: groups?.map((g) => failoverGroupOf(g, r, index)) ?? null,
  };
}

/** `managedInstancePairs`: each pair's two instance ids. */
function pairsOf(group: ArmResource): string[][] {
  const list = group.properties?.children('managedInstancePairs') ?? [];
  return list.map((pair) => [pair.string('primaryManagedInstanceId'), pair.string('partnerManagedInstanceId')].filter((id): id is string => Boolean(id)));
}

function names(instanceId: string): (id: string) => boolean {
  const own = idKey(instanceId);
  return (id) => idKey(id) === own;
}

/**
 * The instance's partner in the group, and the partner's region: that of the partner instance
 * when the input holds it, else the group's other region (the one in its id, or `partnerRegions`).
 */
function failoverGroupOf(group: ArmResource, instance: ArmResource, index: ArmIndex): SqlFailoverGroup {
  const isOwn = names(instance.id);
  const partnerIds = pairsOf(group)
    .filter((pair) => pair.some(isOwn))
    .flatMap((pair) => pair.filter((id) => !isOwn(id)));
  const regions = [regionInId(group.id), ...(group.properties?.children('partnerRegions') ?? []).map((region) => region.string('location'))].filter((region): region is string => Boolean(region));
  const otherRegion = regions.find((region) => !sameRegion(region, instance.location)) ?? (regions.length ? instance.location : null);
  const located = (id: string) => index.ofType(SQL_MANAGED_INSTANCE).find((mi) => names(id)(mi.id))?.location;
  return { name: nameOf(group.id), partners: partnerIds.map((id) => ({ id, location: located(id) ?? otherRegion })) };
}

/** `…/locations/JapanEast/instanceFailoverGroups/…` → `JapanEast`. */
function regionInId(id: string): string | undefined {
  return /\/locations\/([^/]+)\/instanceFailoverGroups\//i.exec(id)?.[1];
}

function databaseOf(d: ArmResource, index: ArmIndex, instance: ResourceRef): SqlManagedDatabase {
  const tde = index.attachedTo(d.id, TDE)[0];
  // Only a stated state counts: new databases are encrypted by default, restored ones keep their source's setting.
  return { ...baseOf(d, [], SQL_MANAGED_DATABASE_PATHS), name: nameOf(d.id), parent: instance, transparentDataEncryption: tde?.properties?.string('state') ?? null };
}
