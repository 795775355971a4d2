import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/defender/defender-plans-enabled.ts';
import type { DefenderPlan } from '../../../src/state/subscription.ts';
import { only, run, state, subscription } from '../../helpers/state.ts';

const REQUIRED = ['Containers', 'KeyVaults', 'OpenSourceRelationalDatabases', 'SqlServers', 'Arm', 'CloudPosture'];
const plan = (tier: string | null): DefenderPlan => ({ tier, subPlan: null, extensions: {} });
const plans = (tiers: Record<string, string | null>) => Object.fromEntries(Object.entries(tiers).map(([k, v]) => [k, plan(v)]));
const allStandard = () => plans(Object.fromEntries(REQUIRED.map((p) => [p, 'Standard'])));
const verdict = (defenderPlans: Record<string, DefenderPlan> | null, params = {}) => only(run(rule, state({ subscriptions: [subscription({ defenderPlans })] }), params));

describe('defender-plans-enabled', () => {
  it('passes a subscription with every required plan at Standard', () => {
    const f = verdict(allStandard());
    expect(f.status).toBe('pass');
    expect(f.resource).toMatchObject({ id: '/subscriptions/00000000-0000-0000-0000-0000000000aa', type: 'microsoft.resources/subscriptions', name: 'platform-prod' });
  });

  it('fails and names the plans at Free, matching plan names in any case', () => {
    const { Arm: _, ...rest } = allStandard();
    const f = verdict({ ...rest, KeyVaults: plan('Free'), arm: plan('Free') });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/KeyVaults \(Free\), Arm \(Free\)$/);
    expect(f.evidence).toContainEqual({ path: 'providers/Microsoft.Security/pricings/KeyVaults#properties.pricingTier', value: 'Free' });
  });

  it('treats a plan without a pricing in the input as unknown, not Free', () => {
    const { CloudPosture: _, ...rest } = allStandard();
    const f = verdict(rest);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/CloudPosture/);
    expect(verdict({ ...rest, Containers: plan('Free') }).message).toMatch(/Containers \(Free\); not in the input: CloudPosture/);
  });

  it('is unknown when the input holds no pricing for the subscription', () => {
    expect(verdict(null).status).toBe('unknown');
    expect(verdict({ ...allStandard(), Arm: plan(null) }).status).toBe('unknown');
  });

  it('honours the requiredPlans parameter', () => {
    expect(verdict(plans({ Containers: 'Standard', Arm: 'Free' }), { requiredPlans: ['Containers'] }).status).toBe('pass');
    expect(verdict(plans({ Containers: 'Standard', VirtualMachines: 'Free' }), { requiredPlans: ['Containers', 'VirtualMachines'] }).status).toBe('fail');
  });
});
