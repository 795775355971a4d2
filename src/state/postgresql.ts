import type { DatabaseServer } from './database-server.ts';
import type { Maybe } from './resource.ts';

/** `Microsoft.DBforPostgreSQL/flexibleServers`. */
export interface PostgresFlexibleServer extends DatabaseServer {
  /** `Ready`, `Stopped`, ... */
  state: Maybe<string>;
  network: {
    /** Set when the server is injected into a customer virtual network: it then has no public endpoint at all. */
    delegatedSubnetResourceId: Maybe<string>;
    privateDnsZoneArmResourceId: Maybe<string>;
  };
  authConfig: {
    /** `Enabled` when Microsoft Entra ID authentication is accepted. */
    activeDirectoryAuth: Maybe<string>;
    /** `Enabled` when PostgreSQL password authentication is still accepted. */
    passwordAuth: Maybe<string>;
  };
  /** `Disabled`, `SameZone` or `ZoneRedundant`. */
  highAvailabilityMode: Maybe<string>;
  /**
   * Server parameters (`configurations` children). Unknown unless the input carried the
   * parameter or all of the server's children; then an absent one has its documented default.
   */
  serverParameters: {
    /** `on` / `off`. */
    requireSecureTransport: Maybe<string>;
    /** `TLSv1.2`, `TLSv1.3`, ... */
    sslMinProtocolVersion: Maybe<string>;
  };
}

/** `Microsoft.DBforPostgreSQL/servers`: the retired single server. */
export interface PostgresSingleServer extends DatabaseServer {
  userVisibleState: Maybe<string>;
  /** `Enabled` / `Disabled`. */
  sslEnforcement: Maybe<string>;
  /** `TLS1_0`, `TLS1_1`, `TLS1_2` or `TLSEnforcementDisabled`. */
  minimalTlsVersion: Maybe<string>;
}
