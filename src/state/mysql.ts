import type { DatabaseServer } from './database-server.ts';
import type { Maybe } from './resource.ts';

/** `Microsoft.DBforMySQL/flexibleServers`. */
export interface MySqlFlexibleServer extends DatabaseServer {
  /** `Ready`, `Stopped`, ... */
  state: Maybe<string>;
  network: {
    /** Set when the server is injected into a customer virtual network: it then has no public endpoint at all. */
    delegatedSubnetResourceId: Maybe<string>;
    privateDnsZoneResourceId: Maybe<string>;
  };
  /** `Disabled`, `SameZone` or `ZoneRedundant`. */
  highAvailabilityMode: Maybe<string>;
  /**
   * Server parameters (`configurations` children). Unknown unless the input carried the
   * parameter or all of the server's children; then an absent one has its documented default.
   */
  serverParameters: {
    /** `ON` / `OFF`. */
    requireSecureTransport: Maybe<string>;
    /** Comma-separated protocol list: `TLSv1.2`, `TLSv1.2,TLSv1.3`, ... */
    tlsVersion: Maybe<string>;
    /** `ON` when only Microsoft Entra accounts may sign in. */
    aadAuthOnly: Maybe<string>;
  };
}
