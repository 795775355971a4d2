import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { Subscription } from '../../../src/state/subscription.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';

const SUB = '20ff7fc3-e762-44dd-bd96-b71116dcdc23';
const subscriptionsOf = (...docs: unknown[]): Subscription[] => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.subscriptions;
};
const contact = (properties: Record<string, unknown> | undefined) => ({
  id: `/subscriptions/${SUB}/providers/Microsoft.Security/securityContacts/default`, name: 'default', type: 'Microsoft.Security/securityContacts', ...(properties && { properties }),
});
const contactOf = (properties: Record<string, unknown> | undefined) => subscriptionsOf(contact(properties))[0]!.securityContacts![0]!;

describe('Defender for Cloud security contacts', () => {

  it('reads a contact without an Alert source as not mailing alerts', () => {
    expect(contactOf({ isEnabled: true, emails: 'a@contoso.com', notificationsSources: [{ sourceType: 'AttackPath', minimalRiskLevel: 'Critical' }] })).toMatchObject({ alertNotifications: false, alertMinimalSeverity: null });
  });

  it('reads the 2020-01-01-preview shape', () => {
    expect(contactOf({ emails: 'a@contoso.com; b@contoso.com', alertNotifications: { state: 'On', minimalSeverity: 'Low' }, notificationsByRole: { state: 'Off', roles: [] } })).toMatchObject({
      emails: ['a@contoso.com', 'b@contoso.com'], isEnabled: true, alertNotifications: true, alertMinimalSeverity: 'Low', notificationsByRole: { state: 'Off', roles: [] },
    });
    expect(contactOf({ emails: 'a@contoso.com', alertNotifications: { state: 'Off', minimalSeverity: 'High' } })).toMatchObject({ alertNotifications: false, alertMinimalSeverity: null });
  });

  it('is unknown without contacts in the input, known-empty for a subscription exported with its children', () => {
    const pricing = { id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/Containers`, name: 'Containers', type: 'Microsoft.Security/pricings', properties: { pricingTier: 'Standard' } };
    expect(subscriptionsOf(pricing)[0]!.securityContacts).toBeNull();
    const exported = { Id: SUB, SubscriptionId: SUB, Name: 'platform', ResourceType: 'Microsoft.Subscription', resources: [] };
    expect(subscriptionsOf(exported)[0]!.securityContacts).toEqual([]);
  });

  it('leaves the settings of a fragment unknown', () => {
    expect(contactOf(undefined)).toMatchObject({ emails: null, isEnabled: null, alertNotifications: null, alertMinimalSeverity: null });
  });
});

describe('Defender for Cloud security contacts: REST bodies written for this repository', () => {
  it('reads a 2023-12-01-preview Get body: alerts from its Alert notification source', () => {
    const [sub] = subscriptionsOf(exampleBody('security/2023-12-01-preview/GetSecurityContact_example.json'));
    expect(sub?.subscriptionId).toBe('6b1f0c3e-2d7a-4c59-8e14-93a0d5b7c2f1');
    expect(sub?.securityContacts).toEqual([expect.objectContaining({
      name: 'default', emails: ['secops@contoso.com', 'cloud-security@contoso.com'], phone: '+44 20 7946 0321', isEnabled: true,
      alertNotifications: true, alertMinimalSeverity: 'High', notificationsByRole: { state: 'On', roles: ['Owner'] },
    })]);
  });

  it('reads a List body under the subscription its ids name', () => {
    const [sub] = subscriptionsOf(exampleBody('security/2023-12-01-preview/GetSecurityContactsSubscription_example.json'));
    expect(sub?.subscriptionId).toBe('8e4a1c07-6d2b-4f93-a5e8-0c7b3d9f1a26');
    expect(sub?.securityContacts).toEqual([expect.objectContaining({
      emails: ['secops@contoso.com', 'platform-oncall@contoso.com'], alertNotifications: true, alertMinimalSeverity: 'Medium', notificationsByRole: { state: 'On', roles: ['Owner', 'ServiceAdmin'] },
    })]);
  });
});
