import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { mergeStates } from '../../../src/state/merge.ts';
import { run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const pricing = (name: string, values: Record<string, TfValue>) => tf(`azurerm_security_center_subscription_pricing.${name}`, { subplan: null, extension: [], ...values });
const cluster = tf('azurerm_kubernetes_cluster.main', { name: 'aks-shop', resource_group_name: 'rg', location: 'westeurope', microsoft_defender: [{ log_analytics_workspace_id: new Unknown(AFTER_APPLY) }], default_node_pool: [{ name: 'system' }] });

describe('Terraform: Defender plans and security contacts', () => {
  it('puts pricings under the provider subscription, known only after apply; the plan is resource_type, extensions enabled', () => {
    const { state } = adaptTerraform([pricing('containers', { tier: 'Standard', resource_type: 'Containers', extension: [{ name: 'ContainerSensor' }] })], 4);
    const [sub] = state.subscriptions;
    expect(sub).toMatchObject({ subscriptionId: '', securityContacts: null });
    expect(sub!.defenderPlans).toEqual([expect.objectContaining({ name: 'Containers', tier: 'Standard', subPlan: null, extensions: { ContainerSensor: true }, parent: expect.objectContaining({ id: sub!.id }) })]);
    expect(evidence(sub!.defenderPlans![0]!, 'tier').path).toBe('tier');
  });

  it('takes the documented default resource_type VirtualMachines, and leaves an unknown tier unknown', () => {
    const { state } = adaptTerraform([pricing('vm', { tier: new Unknown(AFTER_APPLY) })], 4);
    const [plan] = state.subscriptions[0]!.defenderPlans!;
    expect(plan).toMatchObject({ name: 'VirtualMachines', tier: null });
    expect(evidence(plan!, 'name').note).toMatch(/default/);
  });

  it('keeps the subscription an ARM id names, and the less protective of two pricings of one plan', () => {
    const applied = pricing('a', { id: '/subscriptions/0000AB/providers/Microsoft.Security/pricings/Containers', tier: 'Standard', resource_type: 'Containers' });
    const again = pricing('b', { id: '/subscriptions/0000ab/providers/Microsoft.Security/pricings/Containers', tier: 'Free', resource_type: 'Containers' });
    const [sub] = adaptTerraform([applied, again], 4).state.subscriptions;
    expect(sub).toMatchObject({ id: '/subscriptions/0000ab', subscriptionId: '0000ab' });
    expect(sub!.defenderPlans!.map((p) => p.tier)).toEqual(['Free']);
  });

  it('judges the cluster and the plan of the same configuration together; plans it does not state stay unknown', () => {
    const state = adaptTerraform([cluster, pricing('containers', { tier: 'Standard', resource_type: 'Containers' })], 4).state;
    const [defender] = run(rule('aks-defender-for-containers-enabled'), state);
    expect(defender!.status).toBe('pass');
    const plans = run(rule('defender-plans-enabled'), state);
    expect(plans.find((f) => f.resource.name === 'Containers')?.status).toBe('pass');
    expect(plans.filter((f) => f.resource.name !== 'Containers').every((f) => f.status === 'unknown')).toBe(true);
    const free = adaptTerraform([cluster, pricing('containers', { tier: 'Free', resource_type: 'Containers' })], 4).state;
    expect(run(rule('aks-defender-for-containers-enabled'), free)[0]!.status).toBe('fail');
  });

  it('merges two configurations deploying into one subscription and stating its plan differently into an unknown tier', () => {
    const provider = { key: 'azurerm', subscriptionId: '0000ab' };
    const a = adaptTerraform([{ ...pricing('containers', { tier: 'Standard', resource_type: 'Containers' }), provider, source: 'terraform:a' }], 4).state;
    const b = adaptTerraform([{ ...pricing('containers', { tier: 'Free', resource_type: 'Containers' }), provider, source: 'terraform:b' }], 4).state;
    const merged = mergeStates([a, b]);
    expect(merged.subscriptions).toHaveLength(1);
    expect(merged.subscriptions[0]!.defenderPlans).toEqual([expect.objectContaining({ id: '/subscriptions/0000ab/providers/Microsoft.Security/pricings/Containers', tier: null })]);
  });

  it('reads a security contact (2017-08-01-preview shape: alerts On mail High severity); none stated is unknown, not none', () => {
    const contact = tf('azurerm_security_center_contact.soc', { name: 'soc', email: 'soc@example.com', alert_notifications: true, alerts_to_admins: false, phone: null });
    const { state } = adaptTerraform([contact], 4);
    expect(state.subscriptions[0]!.securityContacts).toEqual([expect.objectContaining({ name: 'soc', emails: ['soc@example.com'], isEnabled: true, alertNotifications: true, alertMinimalSeverity: 'High', notificationsByRole: { state: 'Off', roles: null } })]);
    expect(run(rule('defender-security-contact'), state)[0]!.status).toBe('pass');
    const off = adaptTerraform([{ ...contact, values: { ...contact.values, alert_notifications: false } }], 4).state;
    expect(run(rule('defender-security-contact'), off)[0]!.status).toBe('fail');
    expect(run(rule('defender-security-contact'), adaptTerraform([pricing('c', { tier: 'Standard', resource_type: 'Containers' })], 4).state)[0]!.status).toBe('unknown');
  });
});
