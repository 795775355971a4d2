import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { ScanHooks } from '../../src/cli/scan.ts';
import { fakeCredential } from '../helpers/fake-arm/inventory-estate.ts';
import { inventoryRoutes, resourceGraphRow, type FakeEstate } from '../helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArm, type FakeArmRoute } from '../helpers/fake-arm/server.ts';
import { readJsonReport } from '../helpers/report.ts';
import { workDir } from './run-main.ts';

/**
 * A live scan where the identity may not read the networking family: a cluster whose node has a
 * public IP fails when networking is read, and is unknown (never pass) when Resource Graph answers
 * 403 for that family's query.
 */

const SUB = '4a7c2e91-6b3d-4f0a-9e8c-1d5b7a3f2c60';
const NODE_RG = 'MC_rg-prod_aks-prod_westeurope';
const NIC = `/subscriptions/${SUB}/resourceGroups/${NODE_RG}/providers/Microsoft.Network/networkInterfaces/aks-nodepool1-31784409-nic-0/ipConfigurations/ipconfig1`;

function estate(): FakeEstate {
  const cluster = {
    id: `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod`,
    name: 'aks-prod',
    type: 'Microsoft.ContainerService/managedClusters',
    location: 'westeurope',
    properties: { provisioningState: 'Succeeded', kubernetesVersion: '1.33.2', nodeResourceGroup: NODE_RG, agentPoolProfiles: [{ name: 'nodepool1', count: 3, mode: 'System', enableNodePublicIP: true }] },
  };
  const publicIp = {
    id: `/subscriptions/${SUB}/resourceGroups/${NODE_RG}/providers/Microsoft.Network/publicIPAddresses/aks-nodepool1-31784409-pip-0`,
    name: 'aks-nodepool1-31784409-pip-0',
    type: 'Microsoft.Network/publicIPAddresses',
    location: 'westeurope',
    properties: { provisioningState: 'Succeeded', ipAddress: '20.61.14.7', publicIPAllocationMethod: 'Static', ipConfiguration: { id: NIC } },
  };
  return { subscriptions: [{ subscriptionId: SUB, displayName: 'contoso-prod' }], rows: [resourceGraphRow(cluster), resourceGraphRow(publicIp)] };
}

/** Resource Graph refuses any query over the networking family's types, as it does for an identity without Microsoft.Network read. */
const networkingForbidden: FakeArmRoute = {
  method: 'POST',
  path: /^\/providers\/Microsoft\.ResourceGraph\/resources$/,
  reply(req) {
    const query = String((req.body as { query?: string }).query);
    if (!query.includes("'microsoft.network/publicipaddresses'")) return undefined;
    return { status: 403, body: armError('AuthorizationFailed', "The client 'aks-audit-reader' does not have authorization to perform action 'Microsoft.Network/publicIPAddresses/read'") };
  },
};

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function nodePublicIpVerdict(routes: FakeArmRoute[]) {
  fake = await startFakeArm(routes);
  const out = join(workDir(), 'reports');
  const hooks: ScanHooks = { azure: { credential: fakeCredential(), tlsCa: fake.ca, retry: { maxRetries: 0, retryDelayInMs: 1, maxRetryDelayInMs: 1 } } };
  const argv = ['scan', '--subscription', SUB, '--arm-endpoint', fake.url, '--out', out, '--format', 'json', '--fail-on', 'none', '--quiet'];
  const code = await main(argv, () => {}, () => {}, hooks);
  expect(code).toBe(0);
  const report = readJsonReport(join(out, 'aks-audit.json'));
  const findings = report.findings.filter((f) => f.ruleId === 'network-aks-node-public-ips');
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('coverage of a live scan', () => {
  it('fails a node public IP when the networking family is read', async () => {
    const f = await nodePublicIpVerdict(inventoryRoutes(estate()));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/aks-nodepool1-31784409-pip-0 \(20\.61\.14\.7\)/);
  });

  it('a 403 on the networking family turns that fail into unknown, naming the refused read, never into pass', async () => {
    const f = await nodePublicIpVerdict([networkingForbidden, ...inventoryRoutes(estate())]);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/microsoft\.network\/publicipaddresses in resource group MC_rg-prod_aks-prod_westeurope .* could not be read \(forbidden: networking: /);
  });
});
