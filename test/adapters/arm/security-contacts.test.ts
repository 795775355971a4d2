import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import type { Subscription } from '../../../src/state/subscription.ts';

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
