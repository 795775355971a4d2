import type { RedisCache } from '../../src/state/redis.ts';
import { REDIS_PATHS } from '../../src/adapters/arm/redis.ts';
import { provenanceWith, resource } from './state.ts';

/** A cache that passes every Redis rule: private endpoint only, TLS 1.2, Entra authentication only. */
export function redisCache(overrides: Partial<RedisCache> = {}): RedisCache {
  const name = overrides.name ?? 'redis-prod';
  const base = resource('Microsoft.Cache/Redis', name);
  return {
    ...base,
    publicNetworkAccess: 'Disabled',
    privateEndpointIds: [`/subscriptions/${base.subscriptionId}/resourceGroups/rg-prod/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: null,
    skuName: 'Premium',
    enableNonSslPort: false,
    minimumTlsVersion: '1.2',
    disableAccessKeyAuthentication: true,
    entraAuthEnabled: true,
    subnetId: null,
    vnetInjected: false,
    ...overrides,
    provenance: provenanceWith(REDIS_PATHS, overrides),
  };
}
