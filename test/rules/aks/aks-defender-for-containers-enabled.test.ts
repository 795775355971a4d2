import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-defender-for-containers-enabled.ts';
import type { Finding } from '../../../src/engine/finding.ts';
import type { DefenderPlan } from '../../../src/state/subscription.ts';
import { SUB, cluster, only, run, state, subscription } from '../../helpers/state.ts';

const plans = (tier: string | null, name = 'Containers'): Record<string, DefenderPlan> => ({ [name]: { tier, subPlan: null, extensions: {} } });
const verdict = (c: ReturnType<typeof cluster>, defenderPlans: Record<string, DefenderPlan> | null = plans('Standard')) =>
  only(run(rule, state({ clusters: [c], subscriptions: [subscription({ defenderPlans })] })));
const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));

describe('aks-defender-for-containers-enabled', () => {
  it('passes when the plan is Standard and the cluster sensor is on', () => {
    const f = verdict(cluster());
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([
      { path: 'properties.securityProfile.defender.securityMonitoring.enabled', value: true },
      { path: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings/Containers#properties.pricingTier`, value: 'Standard' },
    ]);
  });

  it('fails when the subscription plan is Free, naming that half', () => {
    const f = verdict(cluster(), plans('Free'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/plan at Free tier, not Standard/);
    expect(f.message).not.toMatch(/security profile/);
  });

  it('fails when the cluster profile is off, naming that half', () => {
    const f = verdict(cluster({ defenderEnabled: false }));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Defender security profile \(runtime sensor\) is off/);
    expect(f.message).not.toMatch(/tier/);
  });

  it('names both halves when both are off', () => {
    expect(verdict(cluster({ defenderEnabled: false }), plans('Free')).message).toMatch(/Free tier.*and the cluster's Defender security profile/);
  });

  it('fails a known-off profile even when the plans are unknown', () => {
    expect(verdict(cluster({ defenderEnabled: false }), null).status).toBe('fail');
  });

  it('is unknown when the subscription pricings are not in the input, naming what to export', () => {
    const f = verdict(cluster(), null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/export Microsoft.Security\/pricings/);
    expect(f.evidence[1]).toMatchObject({ value: null, note: expect.stringMatching(/not in the input/) });
  });

  it('is unknown when the pricings hold no Containers plan', () => {
    expect(verdict(cluster(), plans('Standard', 'VirtualMachines')).status).toBe('unknown');
  });

  it('is unknown when the cluster profile is not stated', () => {
    const f = verdict(cluster({ defenderEnabled: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/securityMonitoring.enabled is not stated/);
  });

  it('matches each cluster to its own subscription, whatever the id casing', () => {
    const other = 'BBBBBBBB-0000-0000-0000-0000000000BB';
    const elsewhere = cluster({ name: 'aks-dev', subscriptionId: other });
    const findings = run(rule, state({ clusters: [cluster(), elsewhere], subscriptions: [subscription(), subscription({ id: other.toLowerCase(), defenderPlans: plans('Free') })] }));
    expect(byName(findings)).toEqual({ 'aks-prod': 'pass', 'aks-dev': 'fail' });
  });
});
