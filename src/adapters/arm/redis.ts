import type { RedisCache } from '../../state/redis.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { privateEndpointIdsOf } from './private-endpoint-connections.ts';

export const REDIS_CACHE = 'microsoft.cache/redis';

/** ARM types this adapter reads. */
export const REDIS_TYPES: readonly string[] = [REDIS_CACHE, `${REDIS_CACHE}/privateendpointconnections`];

/** Source path of each state field a rule reports on, in the REST body. */
export const REDIS_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  publicNetworkAccess: 'properties.publicNetworkAccess',
  privateEndpointIds: 'properties.privateEndpointConnections',
  skuName: 'properties.sku.name',
  enableNonSslPort: 'properties.enableNonSslPort',
  minimumTlsVersion: 'properties.minimumTlsVersion',
  disableAccessKeyAuthentication: 'properties.disableAccessKeyAuthentication',
  entraAuthEnabled: 'properties.redisConfiguration.aad-enabled',
  subnetId: 'properties.subnetId',
  // Injection is read off the subnet: its evidence is the subnet id.
  vnetInjected: 'properties.subnetId',
};

/** `Microsoft.Cache/Redis` → RedisCache. Property names and defaults follow the 2024-11-01 REST API. */
export function adaptRedisCaches(index: ArmIndex): RedisCache[] {
  return index.ofType(REDIS_CACHE).map((r) => adaptCache(r, index));
}

function adaptCache(r: ArmResource, index: ArmIndex): RedisCache {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const subnetId = p?.string('subnetId');
  return {
    ...baseOf(r, f.defaulted, REDIS_PATHS),
    publicNetworkAccess: f.read('publicNetworkAccess', p?.string('publicNetworkAccess'), 'Enabled'),
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
    // The REST body keeps sku in properties; PowerShell exports also write a top-level Sku (null for caches).
    skuName: f.stated(p?.child('sku')?.string('name') ?? r.node.child('sku')?.string('name')),
    enableNonSslPort: f.read('enableNonSslPort', p?.bool('enableNonSslPort'), false),
    // No API default: caches created before 2020-01-13 defaulted to 1.0, later ones to 1.2, and
    // the spec documents none. An absent value cannot be told apart, so it stays unknown.
    minimumTlsVersion: f.stated(p?.string('minimumTlsVersion')),
    disableAccessKeyAuthentication: f.read('disableAccessKeyAuthentication', p?.bool('disableAccessKeyAuthentication'), false),
    // Caches without Entra authentication omit the key or write it as null.
    entraAuthEnabled: f.read('entraAuthEnabled', p?.child('redisConfiguration')?.bool('aad-enabled'), false),
    subnetId: f.stated(subnetId),
    vnetInjected: f.read('vnetInjected', subnetId ? true : undefined, false),
  };
}
