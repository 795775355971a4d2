import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import { CONFORMANCE } from '../../inputs.ts';
import { isArmResources, restExamples } from './rest-examples.ts';

const examples = restExamples(`${CONFORMANCE}/azure-rest`);
const resources = examples.filter((e) => isArmResources(e.body));

describe('ARM REST examples from the API specifications', () => {
  it('are all found, and only action answers are left out', () => {
    expect(examples.length).toBeGreaterThanOrEqual(40);
    expect(examples.filter((e) => !isArmResources(e.body)).map((e) => e.name.split('/').pop())).toEqual([
      'KubernetesVersions_List.json',
      'ManagedClustersListClusterUserCredentials.json',
      'KubernetesVersions_List.json',
      'ManagedClustersListClusterUserCredentials.json',
    ]);
  });

  it.each(resources.map((e) => [e.name, e] as const))('%s adapts without error', (name, example) => {
    const collected = collectArmResources(example.body, name, `file:${name}`);
    const { state } = adaptArm(collected.resources);
    expect(collected.resources.length + collected.withoutId).toBeGreaterThan(0);
    if (/^containerservice\/[^/]+\/ManagedClusters(Get|List|Create_)/.test(name)) {
      expect(state.clusters.length).toBeGreaterThan(0);
      for (const c of state.clusters) {
        expect(c.kubernetesVersion).toMatch(/^\d+\.\d+/);
        expect(c.agentPools?.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads AKS agent pools listed on their own as pools of their cluster', () => {
    const list = resources.find((e) => e.name === 'containerservice/2026-08-01/AgentPoolsList.json')!;
    const get = resources.find((e) => e.name === 'containerservice/2026-08-01/ManagedClustersGet.json')!;
    const { state } = adaptArm([...collectArmResources(get.body, 'get', 'get').resources, ...collectArmResources(list.body, 'list', 'list').resources]);
    expect(state.clusters[0]!.agentPools!.map((p) => p.name)).toEqual(expect.arrayContaining(['nodepool1', 'agentpool1']));
  });

  it('reads Defender pricings as plans of their subscription', () => {
    const list = resources.find((e) => e.name.endsWith('ListPricings_example.json'))!;
    const { state } = adaptArm(collectArmResources(list.body, 'pricings', 'pricings').resources);
    const plans = new Map(state.subscriptions.map((s) => [s.subscriptionId, (s.defenderPlans ?? []).map((p) => p.name)]));
    expect(plans.get('20ff7fc3-e762-44dd-bd96-b71116dcdc23')).toEqual(['VirtualMachines', 'SqlServers', 'AppServices', 'StorageAccounts']);
    expect(plans.get('d34fd44c-ebfa-4a9c-bceb-9eeafe72ac15')).toContain('Containers');
  });
});
