import type { PrivateLinkTarget } from './platform.ts';
import type { Maybe } from './resource.ts';

/** `Microsoft.Cache/Redis` (Azure Cache for Redis: Basic, Standard, Premium). */
export interface RedisCache extends PrivateLinkTarget {
  /** `Basic`, `Standard` or `Premium` (`properties.sku.name`). */
  skuName: Maybe<string>;
  /** Port 6379 accepts unencrypted connections when true. */
  enableNonSslPort: Maybe<boolean>;
  /** `1.0`, `1.1` or `1.2`: the oldest TLS version the cache accepts. */
  minimumTlsVersion: Maybe<string>;
  /** Access keys (shared secrets) no longer authenticate when true. */
  disableAccessKeyAuthentication: Maybe<boolean>;
  /** `redisConfiguration.aad-enabled`: Microsoft Entra authentication is on. */
  entraAuthEnabled: Maybe<boolean>;
  /** The subnet a Premium cache is injected into (`properties.subnetId`); null when none or unknown. */
  subnetId: Maybe<string>;
  /** True when the cache lives in a virtual network (VNet injection) and has no public endpoint. */
  vnetInjected: Maybe<boolean>;
}
