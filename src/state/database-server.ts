import type { PrivateLinkTarget } from './platform.ts';
import type { Maybe } from './resource.ts';

/** A server-level IP firewall rule (`<server>/firewallRules/<name>`): an inclusive IPv4 range. */
export interface DatabaseFirewallRule {
  id: string;
  name: string;
  startIpAddress: string;
  endIpAddress: string;
}

/** A Microsoft Entra administrator of a server (`<server>/administrators/<name>`). */
export interface EntraAdministrator {
  id: string;
  name: string;
  /** The Entra user, group or application name: `principalName` (PostgreSQL flexible) or `login`. */
  login: Maybe<string>;
  /** `principalType` (User, Group, ServicePrincipal) or `administratorType` (ActiveDirectory). */
  type: Maybe<string>;
}

/** Automated backups: `properties.backup` (flexible servers) or `properties.storageProfile` (single servers). */
export interface ServerBackup {
  /** Days point-in-time restore reaches back. */
  retentionDays: Maybe<number>;
  /** `Enabled` or `Disabled`: whether backups are also copied to the paired region. */
  geoRedundantBackup: Maybe<string>;
}

/**
 * What every Azure Database server shares (PostgreSQL flexible and single, MySQL flexible).
 * Child collections are null when the input did not carry the server's children, so an absent
 * firewall rule or administrator is not mistaken for none.
 */
export interface DatabaseServer extends PrivateLinkTarget {
  version: Maybe<string>;
  /** `Burstable`, `GeneralPurpose`, `MemoryOptimized` (flexible); `Basic`, ... (single). */
  skuTier: Maybe<string>;
  backup: ServerBackup;
  firewallRules: Maybe<DatabaseFirewallRule[]>;
  administrators: Maybe<EntraAdministrator[]>;
}
