import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, renderSnapshot } from '../../../../src/collectors/files/snapshot-file.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../../src/state/snapshot.ts';
import { emptyState } from '../../../../src/state/state.ts';
import { inputFile } from '../../../helpers/input-file.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

const cacheOf = (document: unknown) => {
  const { redisCaches } = stateOf(inputFile(document));
  expect(redisCaches).toHaveLength(1);
  return redisCaches[0]!;
};

describe('ARM adapter: Azure Cache for Redis', () => {
  it('reads the 2024-11-01 REST example as-is', () => {
    const example = JSON.parse(readFileSync(join(CONFORMANCE, 'azure-rest/redis/2024-11-01/RedisCacheGet.json'), 'utf8')) as { responses: { 200: { body: unknown } } };
    expect(cacheOf(example.responses[200].body)).toMatchObject({
      name: 'cache1',
      type: 'microsoft.cache/redis',
      skuName: 'Premium',
      enableNonSslPort: true,
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: ['/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/privateEndpoints/cachePe'],
      // Omitted by the example: the documented defaults apply, except for the TLS minimum, which has none.
      minimumTlsVersion: null,
      disableAccessKeyAuthentication: false,
      entraAuthEnabled: false,
      vnetInjected: false,
      diagnosticSettings: null,
    });
  });

  it('reads every cache of the PSRule input, PowerShell exports with nested firewall rules included', () => {
    const caches = stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')).redisCaches;
    expect(caches.map((c) => c.name).sort()).toEqual(['redis-A', 'redis-B', 'redis-C', 'redis-D', 'redis-E', 'redis-F', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q', 'redis-R']);
    expect(caches.find((c) => c.name === 'redis-B')).toMatchObject({ enableNonSslPort: true, minimumTlsVersion: '1.0', entraAuthEnabled: false });
  });

  it('survives a snapshot round trip against the schema', () => {
    const state = { ...emptyState(), redisCaches: stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')).redisCaches };
    const file = inputFile({}, 'snapshot.json');
    writeFileSync(file, renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state }));
    expect(readSnapshot(file).state.redisCaches).toEqual(JSON.parse(JSON.stringify(state.redisCaches)));
  });
});
