import type { TfResource } from '../../collectors/terraform/model.ts';
import type { RedisCache } from '../../state/redis.ts';
import { asBool, asString } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';

export const REDIS_CACHE = 'azurerm_redis_cache';

/**
 * `azurerm_redis_cache` → RedisCache. Names and defaults per the provider's documentation and
 * schema, v3.117 to v5.2: `enable_non_ssl_port` became `non_ssl_port_enabled` (both in v3.114+,
 * only the new one from 4.0); `access_keys_authentication_enabled` exists from 4.0.
 */
export function adaptRedisCaches(index: TfIndex): RedisCache[] {
  return index.ofType(REDIS_CACHE).map((r) => adaptCache(r, index));
}

function adaptCache(r: TfResource, index: TfIndex): RedisCache {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.cache/redis', index.ids, f);
  // No `subnet_id` means no injection; a subnet referenced but not created yet still injects the cache.
  const injected = f.read('vnetInjected', 'subnet_id', (v) => (typeof v === 'string' ? v !== '' : undefined), false) ?? (r.references.subnet_id === undefined ? null : true);
  f.provenance.paths.subnetId = 'subnet_id';
  // Documented default true from 4.0; v3 has no such attribute and sends nothing, so the API's default (keys accepted) holds there too.
  const accessKeys = f.read('disableAccessKeyAuthentication', 'access_keys_authentication_enabled', asBool, true);
  return {
    ...linkTargetOf(base, index, f, enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true))),
    skuName: f.read('skuName', 'sku_name', asString),
    enableNonSslPort: f.read('enableNonSslPort', ['non_ssl_port_enabled', 'enable_non_ssl_port'], asBool, false),
    // The 3.0 upgrade guide moved the default to 1.2, and the schema has it from 3.0 on; the resource page kept "1.0" until 5.0.
    minimumTlsVersion: f.read('minimumTlsVersion', 'minimum_tls_version', asString, '1.2'),
    disableAccessKeyAuthentication: accessKeys === null ? null : !accessKeys,
    entraAuthEnabled: f.read('entraAuthEnabled', 'redis_configuration[0].active_directory_authentication_enabled', asBool, false),
    subnetId: index.ids.target(r, 'subnet_id'),
    vnetInjected: injected,
  };
}
