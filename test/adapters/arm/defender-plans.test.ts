import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { evidence } from '../../../src/engine/evidence.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const pricing = (plan: string, pricingTier: string, extra: Record<string, unknown> = {}) => ({
  id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/${plan}`,
  name: plan,
  type: 'Microsoft.Security/pricings',
  properties: { pricingTier, ...extra },
});
const plansOf = (...docs: unknown[]) => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  const plans = adaptArm(resources).state.subscriptions.find((s) => s.subscriptionId === SUB)?.defenderPlans;
  return plans && Object.fromEntries(plans.map((p) => [p.name, p]));
};

describe('Defender plans from Microsoft.Security/pricings', () => {
  it('names plans by the name in the id and reads tier, sub-plan and extensions', () => {
    const plans = plansOf([pricing('Containers', 'Standard', { extensions: [{ name: 'ContainerSensor', isEnabled: 'True' }, { name: 'AgentlessDiscoveryForKubernetes', isEnabled: 'False' }] }), pricing('VirtualMachines', 'Standard', { subPlan: 'P2' })]);
    expect(plans).toMatchObject({
      Containers: { tier: 'Standard', subPlan: null, extensions: { ContainerSensor: true, AgentlessDiscoveryForKubernetes: false } },
      VirtualMachines: { tier: 'Standard', subPlan: 'P2', extensions: {} },
    });
  });

  it('makes each plan a resource under its subscription, evidenced in its own body', () => {
    const plan = plansOf([pricing('Containers', 'Standard')])?.Containers;
    expect(plan).toMatchObject({
      id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/Containers`,
      type: 'microsoft.security/pricings',
      subscriptionId: SUB,
      parent: { id: `/subscriptions/${SUB}`, type: 'microsoft.resources/subscriptions', subscriptionId: SUB },
      origin: { file: 'in-0.json', pointer: '/0' },
    });
    expect(evidence(plan!, 'tier')).toEqual({ path: 'properties.pricingTier', value: 'Standard' });
  });

  it('resolves contradicting pricings of one plan to the less protective one, whatever the input order', () => {
    const standard = [pricing('Containers', 'Standard')];
    const free = [pricing('Containers', 'Free')];
    expect(plansOf(standard, free)?.Containers?.tier).toBe('Free');
    expect(plansOf(free, standard)?.Containers?.tier).toBe('Free');
  });

  it('leaves plans unknown for a subscription whose pricings the input does not hold', () => {
    const cluster = { id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks`, type: 'Microsoft.ContainerService/managedClusters', properties: {} };
    expect(plansOf([cluster])).toBeNull();
  });
});
