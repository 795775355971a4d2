import { describe, expect, it } from 'vitest';
import { PRICINGS_API_VERSION, SECURITY_CONTACTS_API_VERSION } from '../../../src/collectors/azure/enrich/defender.ts';
import defenderPlans from '../../../src/rules/defender/defender-plans-enabled.ts';
import securityContact from '../../../src/rules/defender/defender-security-contact.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { forbidden } from '../../helpers/fake-arm/routes-enrichment.ts';
import { run } from '../../helpers/state.ts';

const PROD = '6f1c3a2e-8b4d-4e9f-a1c7-2d5e8f0b3a61';
const DEV = '0b7d5e1f-3c9a-4f2e-8d6b-9a1e4c7f2b58';
const pricingsPath = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Security/pricings`;
const contactsPath = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Security/securityContacts`;
const verdictFor = (findings: ReturnType<typeof run>, sub: string) => findings.find((f) => f.resource.subscriptionId === sub);

describe('Defender plans and security contacts, read live', () => {
  it('lists pricings for a subscription Resource Graph gave none for, and contacts for every subscription', async () => {
    const { state, sources, arm } = await enrichAgainstFake([], { answers: {} }, { subscriptions: [PROD] });
    const sub = state.subscriptions.find((s) => s.subscriptionId === PROD)!;
    const plan = (name: string) => sub.defenderPlans?.find((p) => p.name === name);
    // The Pricings_List example: VirtualMachines Standard P2 with its extensions as ARM spells them ("True").
    expect(plan('VirtualMachines')).toMatchObject({ tier: 'Standard', subPlan: 'P2', extensions: { AgentlessVmScanning: true, MdeDesignatedSubscription: true } });
    expect(plan('AppServices')?.tier).toBe('Free');
    expect(sub.securityContacts?.map((c) => [c.name, c.emails, c.alertMinimalSeverity])).toEqual([['default', ['secops@contoso.com', 'platform-oncall@contoso.com'], 'Medium']]);
    expect(verdictFor(run(securityContact, state), PROD)?.status).toBe('pass');
    // The example has every plan the rule requires at Standard (Containers, KeyVaults, SqlServers...).
    expect(verdictFor(run(defenderPlans, state), PROD)?.status).toBe('pass');
    expect(arm.requests.map((r) => [r.path, r.query.get('api-version')]).sort()).toEqual([
      [pricingsPath(PROD), PRICINGS_API_VERSION],
      [contactsPath(PROD), SECURITY_CONTACTS_API_VERSION],
    ]);
    expect(sources.map((s) => [s.id, s.status])).toEqual([
      [`azure:subscription:${PROD}:defender-pricings`, 'ok'],
      [`azure:subscription:${PROD}:security-contacts`, 'ok'],
    ]);
  });

  it('an empty contact list read live is "no contact" (fail), not unknown', async () => {
    const { state } = await enrichAgainstFake([], { answers: { [contactsPath(PROD)]: { items: [] } } }, { subscriptions: [PROD] });
    expect(state.subscriptions.find((s) => s.subscriptionId === PROD)?.securityContacts).toEqual([]);
    expect(verdictFor(run(securityContact, state), PROD)).toMatchObject({ status: 'fail', message: expect.stringContaining('no Defender for Cloud security contact') });
  });

  it('a 403 on one subscription fails its sources only; its rules answer unknown, the other subscription is judged', async () => {
    const answers = {
      [pricingsPath(DEV)]: forbidden('Microsoft.Security/pricings/read', `/subscriptions/${DEV}`),
      [contactsPath(DEV)]: forbidden('Microsoft.Security/securityContacts/read', `/subscriptions/${DEV}`),
    };
    const { state, sources } = await enrichAgainstFake([], { answers }, { subscriptions: [PROD, DEV] });
    expect(verdictFor(run(defenderPlans, state), DEV)?.status).toBe('unknown');
    expect(verdictFor(run(securityContact, state), DEV)?.status).toBe('unknown');
    expect(verdictFor(run(securityContact, state), PROD)?.status).toBe('pass');
    expect(sources.filter((s) => s.status !== 'ok').map((s) => [s.id, s.status, s.code])).toEqual([
      [`azure:subscription:${DEV}:defender-pricings`, 'failed', 'forbidden'],
      [`azure:subscription:${DEV}:security-contacts`, 'failed', 'forbidden'],
    ]);
  });

  it('does not list pricings for a subscription whose plans Resource Graph returned', async () => {
    const pricing = { id: `/subscriptions/${PROD}/providers/Microsoft.Security/pricings/Containers`, name: 'Containers', type: 'Microsoft.Security/pricings', properties: { pricingTier: 'Standard' } };
    const { state, arm } = await enrichAgainstFake([pricing], { answers: {} });
    expect(arm.requests.map((r) => r.path)).toEqual([contactsPath(PROD)]);
    expect((state.subscriptions.find((s) => s.subscriptionId === PROD)?.defenderPlans ?? []).map((p) => p.name)).toEqual(['Containers']);
  });
});
