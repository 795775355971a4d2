import type { PrivateLinkTarget } from './platform.ts';
import type { DiagnosticSetting } from './diagnostic-setting.ts';
import type { Maybe, ResourceBase } from './resource.ts';

/** `Microsoft.Sql/servers` (Azure SQL logical server) with the child resources its rules read. */
export interface SqlServer extends PrivateLinkTarget {
  /** `None`, `1.0`, `1.1`, `1.2` or `1.3`; `None` accepts every TLS version the gateway supports. */
  minimalTlsVersion: Maybe<string>;
  /** The Microsoft Entra administrator, from `properties.administrators` or an `administrators` child. */
  entraAdministrator: SqlEntraAdministrator;
  /** Server-level IP firewall rules (`firewallRules` children); null when the input did not carry them. */
  firewallRules: Maybe<SqlFirewallRule[]>;
  /** Server auditing policies (`auditingSettings` and `extendedAuditingSettings` children); null when not carried. */
  auditingSettings: Maybe<SqlAuditingSetting[]>;
  /**
   * Diagnostic settings of the `master` database: where Azure Monitor audit records
   * (`SQLSecurityAuditEvents`) of server auditing go. Null when the input did not carry them.
   */
  masterDiagnosticSettings: Maybe<DiagnosticSetting[]>;
  /** User databases (`master` excluded), each a resource whose parent is this server; null when the input did not carry the server's databases. */
  databases: Maybe<SqlDatabase[]>;
  /** Failover groups the server is in (`failoverGroups` children, listed on both partners); null when not read. */
  failoverGroups: Maybe<SqlFailoverGroup[]>;
}

/** A failover group of a SQL server or a managed instance: where its partner runs decides whether it survives a region. */
export interface SqlFailoverGroup {
  name: string;
  partners: SqlFailoverPartner[];
}

export interface SqlFailoverPartner {
  /** The partner server or instance; null when the source does not name it. */
  id: Maybe<string>;
  /** The partner's region as the source spells it (`Japan West`, `japanwest`); null when not stated. */
  location: Maybe<string>;
}

export interface SqlEntraAdministrator {
  /** Whether an Entra administrator is set; null when the input cannot tell. */
  configured: Maybe<boolean>;
  login: Maybe<string>;
  sid: Maybe<string>;
  /** `azureADOnlyAuthentication`: SQL authentication (the server admin login) is refused when true. */
  azureADOnlyAuthentication: Maybe<boolean>;
}

export interface SqlFirewallRule {
  name: string;
  /** Null when the input left it out: the rule cannot judge what it admits. */
  startIpAddress: Maybe<string>;
  endIpAddress: Maybe<string>;
}

export interface SqlAuditingSetting {
  name: string;
  /** `Enabled` or `Disabled`. */
  state: Maybe<string>;
  /** Blob endpoint audit logs are written to; empty or null when auditing does not write to storage. */
  storageEndpoint: Maybe<string>;
  /** Audit events go to Azure Monitor, through a diagnostic setting on `master` that sends `SQLSecurityAuditEvents`. */
  isAzureMonitorTargetEnabled: Maybe<boolean>;
}

/** `Microsoft.Sql/servers/databases`: a user database, the resource its encryption findings are about. */
export interface SqlDatabase extends ResourceBase {
  /** `properties.state` of the `transparentDataEncryption/current` child: `Enabled` or `Disabled`; null when not carried. */
  transparentDataEncryption: Maybe<string>;
}
