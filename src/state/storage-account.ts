import type { PrivateLinkTarget } from './platform.ts';
import type { Maybe } from './resource.ts';

/** `Microsoft.Storage/storageAccounts`: blobs, files, queues and tables behind one set of network and auth controls. */
export interface StorageAccount extends PrivateLinkTarget {
  /** `StorageV2`, `BlobStorage`, `FileStorage`, ... (the envelope's `kind`). */
  kind: Maybe<string>;
  /** `sku.name` (`Standard_ZRS`, `Premium_LRS`, ...). */
  sku: Maybe<string>;
  /** `networkAcls.defaultAction`: `Allow` or `Deny` for sources matched by no rule; ARM default Allow. */
  networkDefaultAction: Maybe<string>;
  /** `networkAcls.ipRules[].value`: public addresses or ranges let through when the default is Deny. */
  ipRules: Maybe<string[]>;
  /** `networkAcls.virtualNetworkRules[].id`: subnets with a service endpoint that are let through. */
  virtualNetworkSubnetIds: Maybe<string[]>;
  /** `networkAcls.bypass`: `AzureServices`, `Logging`, `Metrics`, comma-separated, or `None`. */
  networkBypass: Maybe<string>;
  /**
   * Anonymous read of containers that opt in. Accounts created since late 2023 state it false; the
   * service permits anonymous access while it is null, so absent from a complete body is true.
   */
  allowBlobPublicAccess: Maybe<boolean>;
  /** `TLS1_0`, `TLS1_1`, `TLS1_2`, `TLS1_3`; ARM: "the default interpretation is TLS 1.0". */
  minimumTlsVersion: Maybe<string>;
  /** HTTPS only ("secure transfer required"). Its default changed with API version 2019-04-01, so absent is unknown. */
  supportsHttpsTrafficOnly: Maybe<boolean>;
  /** Account-key and SAS authorization; ARM: null is equivalent to true. */
  allowSharedKeyAccess: Maybe<boolean>;
}
