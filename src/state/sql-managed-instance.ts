import type { DiagnosticSetting } from './diagnostic-setting.ts';
import type { Maybe, ResourceBase } from './resource.ts';
import type { SqlEntraAdministrator, SqlFailoverGroup } from './sql.ts';

/** `Microsoft.Sql/managedInstances` (Azure SQL Managed Instance) with what its rules read. */
export interface SqlManagedInstance extends ResourceBase {
  /** The delegated subnet the instance runs in: its NSG decides who reaches the public data endpoint. */
  subnetId: Maybe<string>;
  /** `publicDataEndpointEnabled`: a public endpoint on port 3342, admitted by the subnet's NSG. */
  publicDataEndpointEnabled: Maybe<boolean>;
  /** `None`, `1.0`, `1.1` or `1.2`. */
  minimalTlsVersion: Maybe<string>;
  /** From `properties.administrators`, or `administrators` / `azureADOnlyAuthentications` children. */
  entraAdministrator: SqlEntraAdministrator;
  /**
   * Diagnostic settings of the instance: a managed instance has no auditing policy in ARM, its
   * server audit (T-SQL) writes to Azure Monitor through a setting that sends `SQLSecurityAuditEvents`.
   */
  diagnosticSettings: Maybe<DiagnosticSetting[]>;
  /** User databases (`managedInstances/databases`); null when the input did not carry them. */
  databases: Maybe<SqlManagedDatabase[]>;
  /** Instance failover groups pairing this instance (`Microsoft.Sql/locations/instanceFailoverGroups`); null when not read. */
  failoverGroups: Maybe<SqlFailoverGroup[]>;
}

/** `Microsoft.Sql/managedInstances/databases`: the resource its encryption findings are about. */
export interface SqlManagedDatabase extends ResourceBase {
  /** `properties.state` of the `transparentDataEncryption/current` child: `Enabled` or `Disabled`; null when not carried. */
  transparentDataEncryption: Maybe<string>;
}
