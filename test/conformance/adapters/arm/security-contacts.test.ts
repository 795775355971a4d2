import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../../src/adapters/arm/collect-resources.ts';
import type { Subscription } from '../../../../src/state/subscription.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE, peerRestBody } from '../../inputs.ts';

const subscriptionsOf = (...docs: unknown[]): Subscription[] => {
  const resources = docs.flatMap((doc, i) => collectArmResources(doc, `in-${i}.json`, `file:in-${i}.json`).resources);
  return adaptArm(resources).state.subscriptions;
};

describe('Defender for Cloud security contacts', () => {
  it('reads the 2023-12-01-preview Get example: alerts from its Alert notification source', () => {
    const [sub] = subscriptionsOf(peerRestBody('security/2023-12-01-preview/GetSecurityContact_example.json'));
    expect(sub?.securityContacts).toEqual([expect.objectContaining({
      name: 'default', emails: ['john@contoso.com', 'jane@contoso.com'], phone: '(214)275-4038', isEnabled: true,
      alertNotifications: true, alertMinimalSeverity: 'Medium', notificationsByRole: { state: 'On', roles: ['Owner'] },
    })]);
  });

  it('reads the List example, whose type and id the specification spells in the singular', () => {
    const [sub] = subscriptionsOf(peerRestBody('security/2023-12-01-preview/GetSecurityContactsSubscription_example.json'));
    expect(sub?.securityContacts?.[0]).toMatchObject({ emails: ['john@contoso.com', 'Jane@contoso.com'], alertNotifications: true, alertMinimalSeverity: 'Medium' });
  });

  it('reads the 2017-08-01-preview shape of the PSRule conformance input, nested under PowerShell subscriptions', () => {
    const subs = stateOf(`${CONFORMANCE}/psrule/Resources.Subscription.json`).subscriptions;
    // The three subscriptions share one GUID there, so their contacts meet in one subscription.
    expect(subs.map((s) => s.subscriptionId)).toEqual(['00000000-0000-0000-0000-000000000000']);
    expect(subs[0]!.securityContacts?.map((c) => [c.emails, c.alertNotifications, c.alertMinimalSeverity, c.notificationsByRole.state])).toEqual([
      [[], true, 'High', 'Off'],
      [[], true, 'High', 'On'],
      [['email'], true, 'High', 'Off'],
    ]);
  });
});
