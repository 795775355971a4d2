import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-defender-for-containers-enabled.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import type { DefenderPlan } from '../../../src/state/subscription.ts';
import { SUB, cluster, defenderPlan, only, run, state, subscription } from '../../helpers/state.ts';

const plans = (tier: string | null, name = 'Containers'): DefenderPlan[] => [defenderPlan(name, tier)];
const verdict = (c: ReturnType<typeof cluster>, defenderPlans: DefenderPlan[] | null = plans('Standard')) =>
  only(run(rule, state({ clusters: [c], subscriptions: [subscription({ defenderPlans })] })));
/** The cluster as the ARM adapter records its Defender profile (the AKS family's table gives the same path). */
const armCluster = (overrides: Parameters<typeof cluster>[0] = {}) => {
  const c = cluster(overrides);
  c.provenance = { paths: { defenderEnabled: 'properties.securityProfile.defender.securityMonitoring.enabled' }, defaulted: [] };
  return c;
};
const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-defender-for-containers-enabled', () => {
  it('passes when the plan is Standard and the cluster sensor is on', () => {
    const f = verdict(armCluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([
      { path: 'properties.securityProfile.defender.securityMonitoring.enabled', value: true },
      { path: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/Containers#properties.pricingTier`, value: 'Standard' },
    ]);
  });

  it('fails when the subscription plan is Free, naming that half', () => {
    const f = verdict(armCluster(), plans('Free'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/plan at Free tier, not Standard/);
    expect(f.message).not.toMatch(/security profile/);
  });

  it('fails when the cluster profile is off, naming that half', () => {
    const f = verdict(armCluster({ defenderEnabled: false }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Defender security profile \(runtime sensor\) is off/);
    expect(f.message).not.toMatch(/tier/);
  });

  it('names both halves when both are off', () => {
    expect(verdict(armCluster({ defenderEnabled: false }), plans('Free')).message).toMatch(/Free tier.*and the cluster's Defender security profile/);
  });

  it('fails a known-off profile even when the plans are unknown', () => {
    expect(verdict(armCluster({ defenderEnabled: false }), null).status).toBe('fail');
  });

  it('is unknown when the subscription pricings are not in the input, naming what to export', () => {
    const f = verdict(armCluster(), null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/export Microsoft.Security\/pricings/);
    expect(f.evidence[1]).toMatchObject({ value: null, note: expect.stringMatching(/not in the input/) });
  });

  it('is unknown when the pricings hold no Containers plan', () => {
    expect(verdict(armCluster(), plans('Standard', 'VirtualMachines')).status).toBe('unknown');
  });

  it('is unknown when the cluster profile is not stated', () => {
    const f = verdict(armCluster({ defenderEnabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/securityMonitoring.enabled is not stated/);
  });

  it('matches each cluster to its own subscription, whatever the id casing', () => {
    const other = 'BBBBBBBB-0000-0000-0000-0000000000BB';
    const elsewhere = cluster({ name: 'aks-dev', subscriptionId: other });
    const findings = run(rule, state({ clusters: [cluster(), elsewhere], subscriptions: [subscription(), subscription({ id: `/subscriptions/${other}`, subscriptionId: other.toLowerCase(), defenderPlans: plans('Free') })] }));
    expect(byName(findings)).toEqual({ 'aks-prod': 'pass', 'aks-dev': 'fail' });
  });
});
