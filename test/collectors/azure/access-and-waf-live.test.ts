import { afterEach, describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectAzure } from '../../../src/collectors/azure/collect.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { unscopedPolicy } from '../../../src/engine/policy.ts';
import vmRule from '../../../src/rules/compute/compute-vm-management-ports-exposed.ts';
import appgwRule from '../../../src/rules/network/network-appgw-waf-prevention.ts';
import { fakeCredential, inventoryEnrichment, PROD } from '../../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody, inventoryRoutes, rehome, resourceGraphRow, type FakeEstate } from '../../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArm } from '../../helpers/fake-arm/server.ts';
import { REFERENCE } from '../../helpers/state.ts';

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A jump box whose public IP admits only HTTP, behind the shop's VNet with a Bastion host, and an Application Gateway with its WAF policy. */
function estate(policyMode = 'Prevention'): FakeEstate {
  const bodies = [
    'compute/2024-07-01/VirtualMachineGet.json',
    'network/2024-05-01/NetworkInterfaceGet.json',
    'network/2024-05-01/BastionHostGet.json',
    'network/2024-05-01/ApplicationGatewayGet.json',
    'network/2024-05-01/WafPolicyGet.json',
    'network/2026-01-01/NetworkSecurityGroupGet.json',
    'network/2026-01-01/PublicIpAddressGet.json',
    'network/2026-03-01/VirtualNetworkGet.json',
  ].map((path) => rehome(exampleBody(path), PROD));
  const policy = bodies[4] as { properties: { policySettings: Record<string, unknown> } };
  policy.properties.policySettings.mode = policyMode;
  // Defender plans come from Resource Graph too; without them the collector asks ARM directly.
  const pricings = (exampleBody('security/2026-07-01/ListPricings_example.json') as { value: Array<Record<string, unknown>> }).value.map((p) => rehome(p, PROD));
  return { subscriptions: [{ subscriptionId: PROD, displayName: 'contoso-saas-prod' }], rows: [...bodies, ...pricings].map((body) => resourceGraphRow(body)) };
}

async function verdicts(policyMode?: string) {
  const e = estate(policyMode);
  fake = await startFakeArm([...inventoryRoutes(e), ...enrichmentRoutes(inventoryEnrichment(e))]);
  const collection = await collectAzure(
    { subscriptions: [PROD], allSubscriptions: false, filters: { resourceGroups: [], tags: [] }, credential: 'default', concurrency: 2, armEndpoint: fake.url },
    { credential: fakeCredential(), tlsCa: fake.ca, timeoutMs: 2000, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 20 }, quota: { queries: 1000, windowMs: 1000 } },
  );
  expect(fake.unmatched).toEqual([]);
  const { state } = adaptArm(collection.resources, collection.coverage);
  const policy = unscopedPolicy(new Map([[vmRule.id, { severity: 'high', params: { managementPorts: [22, 3389, 5985, 5986], widestIpv4Prefix: 24, widestIpv6Prefix: 48 } }], [appgwRule.id, { severity: 'high', params: {} }]]), 'judge');
  return evaluate(state, [vmRule, appgwRule], policy, new Date('2026-11-22T00:00:00Z'), REFERENCE).findings.map((f) => [f.ruleId, f.resource.name, f.status]);
}

describe('live scan: VMs, Bastion hosts, Application Gateways and WAF policies through Resource Graph', () => {
  it('reads them in the networking and virtual-machines families and judges them', async () => {
    expect(await verdicts()).toEqual([
      [vmRule.id, 'vm-shop-jumpbox', 'pass'],
      [appgwRule.id, 'agw-shop', 'pass'],
    ]);
  });

  it('fails the gateway when its WAF policy only detects', async () => {
    expect((await verdicts('Detection'))[1]).toEqual([appgwRule.id, 'agw-shop', 'fail']);
  });
});
