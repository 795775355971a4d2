import { afterEach, describe, expect, it, vi } from 'vitest';
import { operationName } from '../../../src/collectors/azure/connection.ts';
import { resolveArmTarget } from '../../../src/collectors/azure/credential.ts';
import { Limiter } from '../../../src/collectors/azure/limiter.ts';
import { familyQuery, INVENTORY_FAMILIES, ResourceGraphQuota } from '../../../src/collectors/azure/resource-graph.ts';

describe('ARM targets per cloud', () => {
  it('national clouds give their endpoint, token audience and authority', () => {
    expect(resolveArmTarget(undefined, undefined)).toEqual({ endpoint: 'https://management.azure.com', scope: 'https://management.azure.com/.default', authorityHost: 'https://login.microsoftonline.com' });
    expect(resolveArmTarget('AzureChinaCloud', undefined)).toEqual({ endpoint: 'https://management.chinacloudapi.cn', scope: 'https://management.chinacloudapi.cn/.default', authorityHost: 'https://login.chinacloudapi.cn' });
    expect(resolveArmTarget('AzureUSGovernment', undefined).scope).toBe('https://management.usgovcloudapi.net/.default');
  });

  it('another endpoint is its own audience unless a cloud is named, and must be https', () => {
    expect(resolveArmTarget(undefined, 'https://management.local.azurestack.external/')).toMatchObject({ endpoint: 'https://management.local.azurestack.external', scope: 'https://management.local.azurestack.external/.default' });
    expect(resolveArmTarget('AzureUSGovernment', 'https://arm.example.test').scope).toBe('https://management.usgovcloudapi.net/.default');
    expect(() => resolveArmTarget(undefined, 'http://127.0.0.1:8080')).toThrow(/https/);
    expect(() => resolveArmTarget(undefined, 'https://arm.example.test/path')).toThrow(/bare origin/);
  });
});

describe('request accounting', () => {
  it('names operations by what they ask for, not by which resource', () => {
    expect(operationName('GET', 'https://h/subscriptions/s1/providers/Microsoft.ContainerService/managedClusters?api-version=1')).toBe('GET Microsoft.ContainerService/managedClusters');
    expect(operationName('POST', 'https://h/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks/listClusterUserCredential')).toBe(
      'POST Microsoft.ContainerService/managedClusters/listClusterUserCredential',
    );
    expect(operationName('GET', 'https://h/subscriptions/s1')).toBe('GET /subscriptions/{}');
    expect(operationName('POST', 'https://h/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01')).toBe('POST Microsoft.ResourceGraph/resources');
  });

  it('the limiter never runs more than its bound and remembers the peak', async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          most = Math.max(most, ++running);
          await new Promise((r) => setImmediate(r));
          running--;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(limiter.peak).toBe(3);
    expect(limiter.running).toBe(0);
  });
});

describe('Resource Graph quota', () => {
  afterEach(() => vi.useRealTimers());

  it('lets `limit` queries through per window and holds the next until the window moves', async () => {
    vi.useFakeTimers();
    const quota = new ResourceGraphQuota(2, 5000);
    const done: number[] = [];
    const takes = [0, 1, 2].map((i) => quota.take().then(() => done.push(i)));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(4999);
    expect(done).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(takes);
    expect(done).toEqual([0, 1, 2]);
  });

  it('waits for the reset the service announces when it says no quota is left', async () => {
    vi.useFakeTimers();
    const quota = new ResourceGraphQuota(15, 5000);
    quota.observe({ 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '00:00:03' });
    let through = false;
    const take = quota.take().then(() => (through = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(through).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await take;
    expect(through).toBe(true);
  });

  it('every family query is ordered by id, so pages neither skip nor repeat', () => {
    for (const family of INVENTORY_FAMILIES) expect(familyQuery(family, { resourceGroups: [], tags: [] })).toMatch(/^(resources|securityresources|kubernetesconfigurationresources|authorizationresources)\n\| where type in~ \(.+\)\n\| order by id asc$/);
  });
});
