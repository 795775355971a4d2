import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/redis/redis-public-access-disabled.ts';
import { redisCache } from '../../helpers/redis.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof redisCache>) => only(run(rule, state({ redisCaches: [c] })));
const SUBNET = '/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-redis';

describe('redis-public-access-disabled', () => {
  it('passes a cache with public network access disabled, naming its private endpoints', () => {
    const f = verdict(redisCache());
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/1 private endpoint/);
  });

  it('passes a VNet-injected cache, whatever publicNetworkAccess says', () => {
    expect(verdict(redisCache({ publicNetworkAccess: 'Enabled', subnetId: SUBNET, vnetInjected: true })).status).toBe('pass');
  });

  it('fails a cache reachable from public networks', () => {
    const f = verdict(redisCache({ publicNetworkAccess: 'Enabled', privateEndpointIds: [] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'properties.publicNetworkAccess', value: 'Enabled' });
  });

  it('is unknown when public access, or VNet injection of a public cache, is not stated', () => {
    expect(verdict(redisCache({ publicNetworkAccess: null })).status).toBe('unknown');
    expect(verdict(redisCache({ publicNetworkAccess: 'Enabled', vnetInjected: null })).status).toBe('unknown');
  });
});
