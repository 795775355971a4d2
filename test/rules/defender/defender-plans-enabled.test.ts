import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/defender/defender-plans-enabled.ts';
import type { DefenderPlan } from '../../../src/state/subscription.ts';
import { defenderPlan, run, state, SUB, subscription } from '../../helpers/state.ts';

const REQUIRED = ['Containers', 'KeyVaults', 'OpenSourceRelationalDatabases', 'SqlServers', 'Arm', 'CloudPosture'];
const plans = (tiers: Record<string, string | null>) => Object.entries(tiers).map(([name, tier]) => defenderPlan(name, tier));
const allStandard = (): Record<string, string | null> => Object.fromEntries(REQUIRED.map((p) => [p, 'Standard']));
const findings = (defenderPlans: DefenderPlan[] | null, params = {}) => run(rule, state({ subscriptions: [subscription({ defenderPlans })] }), params);
const byResource = (defenderPlans: DefenderPlan[] | null, params = {}) => Object.fromEntries(findings(defenderPlans, params).map((f) => [f.part ? `${f.resource.name}:${f.part}` : f.resource.name, f.status]));

describe('defender-plans-enabled', () => {
  it('passes each required plan at Standard, on the plan, its subscription as parent', () => {
    const all = findings(plans(allStandard()));
    expect(all.map((f) => f.status)).toEqual(REQUIRED.map(() => 'pass'));
    expect(all[0]!.resource).toMatchObject({ id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/Containers`, type: 'microsoft.security/pricings', name: 'Containers', parent: { id: `/subscriptions/${SUB}`, type: 'microsoft.resources/subscriptions' } });
    expect(all[0]!.evidence).toEqual([{ path: 'properties.pricingTier', value: 'Standard' }]);
  });

  it('fails each plan at Free, matching plan names in any case', () => {
    const { Arm: _, ...rest } = allStandard();
    const result = findings(plans({ ...rest, KeyVaults: 'Free', arm: 'Free' }));
    const keyVaults = result.find((f) => f.resource.name === 'KeyVaults')!;
    expect(keyVaults).toMatchObject({ status: 'fail', severity: 'high', evidence: [{ path: 'properties.pricingTier', value: 'Free' }] });
    expect(keyVaults.message).toMatch(/KeyVaults of subscription platform-prod is at Free tier/);
    expect(result.find((f) => f.resource.name === 'arm')?.status).toBe('fail');
  });

  it('treats a plan without a pricing in the input as unknown on the subscription, not Free', () => {
    const { CloudPosture: _, ...rest } = allStandard();
    const verdicts = byResource(plans({ ...rest, Containers: 'Free' }));
    expect(verdicts).toMatchObject({ Containers: 'fail', Arm: 'pass', 'platform-prod:CloudPosture': 'unknown' });
    const absent = findings(plans(rest)).find((f) => f.part === 'CloudPosture')!;
    expect(absent.evidence).toEqual([{ path: 'providers/Microsoft.Security/pricings', value: null, note: 'no CloudPosture pricing in the input' }]);
  });

  it('is unknown when the input holds no pricing for the subscription, or a plan states no tier', () => {
    expect(byResource(null)).toEqual({ 'platform-prod': 'unknown' });
    const f = findings(plans({ ...allStandard(), Arm: null })).find((x) => x.resource.name === 'Arm')!;
    expect(f).toMatchObject({ status: 'unknown', evidence: [{ path: 'properties.pricingTier', value: null, note: 'not stated by the source' }] });
    expect(f.message).toMatch(/^properties\.pricingTier is not stated by the source/);
  });

  it('honours the requiredPlans parameter', () => {
    expect(byResource(plans({ Containers: 'Standard', Arm: 'Free' }), { requiredPlans: ['Containers'] })).toEqual({ Containers: 'pass' });
    expect(byResource(plans({ Containers: 'Standard', VirtualMachines: 'Free' }), { requiredPlans: ['Containers', 'VirtualMachines'] })).toEqual({ Containers: 'pass', VirtualMachines: 'fail' });
  });
});
