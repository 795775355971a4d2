import type { TfResource } from '../../collectors/terraform/model.ts';
import { refOf, type ResourceRef } from '../../state/resource.ts';
import type { SqlManagedDatabase, SqlManagedInstance } from '../../state/sql-managed-instance.ts';
import type { SqlEntraAdministrator } from '../../state/sql.ts';
import { asBool, asString, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { blockAbsent, readFrom } from './children.ts';
import { diagnosticSettingsOf } from './diagnostic-settings.ts';
import type { TfIndex } from './index-resources.ts';
import { failoverGroupsOf, type FailoverGroupKind } from './sql-failover-groups.ts';

const INSTANCE = 'azurerm_mssql_managed_instance';
const ADMINISTRATOR = 'azurerm_mssql_managed_instance_active_directory_administrator';
const DATABASE = 'azurerm_mssql_managed_database';
const FAILOVER_GROUP = 'azurerm_mssql_managed_instance_failover_group';
export const SQL_MANAGED_INSTANCE_TYPES = [INSTANCE, ADMINISTRATOR, DATABASE, FAILOVER_GROUP];

/** The group's `location` is its primary's region; the partner's, a plan computes into `partner_region`. */
const INSTANCE_FAILOVER_GROUPS: FailoverGroupKind = {
  type: FAILOVER_GROUP,
  memberType: INSTANCE,
  ends: () => [
    { attribute: 'managed_instance_id', location: 'location' },
    { attribute: 'partner_managed_instance_id', location: 'partner_region[0].location' },
  ],
};

/**
 * `azurerm_mssql_managed_instance` with its Entra administrator, databases, failover groups and
 * diagnostic settings → SqlManagedInstance. Defaults per the provider's documentation (v4.20).
 * (`azurerm_mssql_managed_instance_transparent_data_encryption` sets the TDE protector, not
 * whether databases are encrypted, so it is not read.)
 */
export function adaptSqlManagedInstances(index: TfIndex): SqlManagedInstance[] {
  return index.ofType(INSTANCE).map((r) => adaptInstance(r, index));
}

function adaptInstance(r: TfResource, index: TfIndex): SqlManagedInstance {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.sql/managedinstances', index.ids, f);
  return {
    ...base,
    subnetId: f.target('subnetId', 'subnet_id'),
    publicDataEndpointEnabled: f.read('publicDataEndpointEnabled', 'public_data_endpoint_enabled', asBool, false),
    minimalTlsVersion: f.read('minimalTlsVersion', 'minimum_tls_version', asString, '1.2'),
    entraAdministrator: entraAdministratorOf(r, f, index.referring(base.id, ADMINISTRATOR, 'managed_instance_id')[0]),
    diagnosticSettings: diagnosticSettingsOf(base.id, index, f),
    databases: index.referring(base.id, DATABASE, 'managed_instance_id').map((db) => databaseOf(db, index, refOf(base))),
    failoverGroups: failoverGroupsOf(base.id, index, f, INSTANCE_FAILOVER_GROUPS),
  };
}

/** The inline `azure_active_directory_administrator` block, or a separate administrator resource. */
function entraAdministratorOf(r: TfResource, f: AttributeReader, separate: TfResource | undefined): SqlEntraAdministrator {
  if (separate) {
    const login = readFrom(f, r, separate, 'entraAdministrator.configured', 'login_username', asString);
    // `azuread_authentication_only` has no documented default on the separate resource.
    const entraOnly = readFrom(f, r, separate, 'entraAdministrator.azureADOnlyAuthentication', 'azuread_authentication_only', asBool);
    return { configured: login === null ? null : true, login, sid: readFrom(f, r, separate, 'entraAdministrator.sid', 'object_id', asString), azureADOnlyAuthentication: entraOnly };
  }
  const block = 'azure_active_directory_administrator';
  if (blockAbsent(f, block)) {
    f.provenance.paths['entraAdministrator.configured'] = block;
    return { configured: false, login: null, sid: null, azureADOnlyAuthentication: false };
  }
  const login = f.read('entraAdministrator.configured', `${block}[0].login_username`, asString);
  return {
    configured: login === null ? null : true,
    login,
    sid: f.read('entraAdministrator.sid', `${block}[0].object_id`, asString),
    azureADOnlyAuthentication: f.read('entraAdministrator.azureADOnlyAuthentication', `${block}[0].azuread_authentication_only_enabled`, asBool, false),
  };
}

/**
 * azurerm has no TDE attribute on a managed database: Azure encrypts every new database by
 * default, while a restore (`point_in_time_restore`) keeps its source's setting, which is unknown.
 */
function databaseOf(db: TfResource, index: TfIndex, instance: ResourceRef): SqlManagedDatabase {
  const d = index.reader(db);
  const restored = !blockAbsent(d, 'point_in_time_restore');
  const transparentDataEncryption = restored ? d.unknowable('transparentDataEncryption', 'a restored database keeps the encryption of its source', 'point_in_time_restore') : d.fixed('transparentDataEncryption', 'Enabled', 'a new database is encrypted with TDE by default');
  return { ...tfBase(db, 'microsoft.sql/managedinstances/databases', index.ids, d), parent: instance, transparentDataEncryption };
}
