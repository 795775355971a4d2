import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-kubernetes-version-supported.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';

const CALENDAR = 'AKS support calendar of 2026-08-05';
const on = (day: string) => new Date(`${day}T12:00:00Z`);
const onVersion = (version: string, extra: Parameters<typeof cluster>[0] = {}) =>
  cluster({ kubernetesVersion: version, agentPools: [pool({ orchestratorVersion: version })], ...extra });
const findings = (c: ReturnType<typeof cluster>, now: Date, params = {}) => run(rule, state({ clusters: [c] }), params, now);
/** The control plane's verdict, on the cluster. */
const verdict = (c: ReturnType<typeof cluster>, now: Date, params = {}) => only(findings(c, now, params), c.name);

describe('aks-kubernetes-version-supported', () => {
  it('passes a cluster in community support far from its end, naming the calendar and the end date', () => {
    const f = verdict(onVersion('1.35.4'), on('2026-08-05'));
    expect(f.status).toBe('pass');
    expect(f.message).toContain(CALENDAR);
    expect(f.message).toMatch(/community support until 2027-03-31, 238 days left/);
  });

  it('fails at the warning severity inside the warning window, saying the date and the days left', () => {
    const f = verdict(onVersion('1.34.2'), on('2026-09-15'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toContain(CALENDAR);
    expect(f.message).toMatch(/ends within 90 days.*community support until 2026-11-30, 76 days left/);
  });

  it('honours warnDays and warningSeverity', () => {
    expect(verdict(onVersion('1.34.2'), on('2026-09-15'), { warnDays: 60 }).status).toBe('pass');
    expect(verdict(onVersion('1.34.2'), on('2026-09-15'), { warningSeverity: 'low' }).severity).toBe('low');
  });

  it('fails a minor that has only platform support: no security patches', () => {
    const f = verdict(onVersion('1.33.7'), on('2026-08-05'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/platform support only, with no security patches.*community support ended on 2026-07-31; platform support lasts until 1\.37 GA, 2026-10-31/);
  });

  it('fails a minor past the end of support', () => {
    const f = verdict(onVersion('1.32.9'), on('2026-08-05'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/on 1\.32\.9: out of support: support ended on 2026-06-30/);
    expect(f.message).toContain(CALENDAR);
  });

  it('extends support to the LTS end on the Premium tier with the AKSLongTermSupport plan', () => {
    const f = verdict(onVersion('1.32.9', { skuTier: 'Premium', supportPlan: 'AKSLongTermSupport' }), on('2026-08-05'));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/Long Term Support until 2027-03-31/);
    expect(f.evidence).toContainEqual({ path: 'sku.tier', value: 'Premium' });
  });

  it('warns ahead of the LTS end too', () => {
    const f = verdict(onVersion('1.31.10', { skuTier: 'Premium', supportPlan: 'AKSLongTermSupport' }), on('2026-11-22'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/Long Term Support until 2026-11-30, 8 days left/);
  });

  it('does not extend support for the LTS plan without the Premium tier, and says why', () => {
    const f = verdict(onVersion('1.32.9', { skuTier: 'Standard', supportPlan: 'AKSLongTermSupport' }), on('2026-08-05'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/support ended on 2026-06-30.*AKSLongTermSupport plan does not extend support on the Standard tier: LTS needs Premium/);
  });

  it('is unknown when LTS would decide the verdict but the tier is not stated', () => {
    const f = verdict(onVersion('1.32.9', { skuTier: null, supportPlan: 'AKSLongTermSupport' }), on('2026-08-05'));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/sku\.tier or properties\.supportPlan is not stated/);
  });

  it('judges without the tier when LTS would not change the verdict', () => {
    const f = verdict(onVersion('1.28.15', { skuTier: null, supportPlan: 'AKSLongTermSupport' }), on('2026-08-05'));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/support ended on 2026-02-28/);
    expect(verdict(onVersion('1.35.4', { skuTier: null, supportPlan: null }), on('2026-08-05')).status).toBe('pass');
  });

  it('is unknown for a minor newer than the calendar, naming the calendar', () => {
    const f = verdict(onVersion('1.38.1'), on('2026-12-01'));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/1\.38 is newer than any minor in the AKS support calendar of 2026-08-05/);
  });

  it('is unknown for a version it cannot parse, and for an unstated one', () => {
    const bad = verdict(onVersion('stable'), on('2026-08-05'));
    expect(bad.status).toBe('unknown');
    expect(bad.message).toContain(CALENDAR);
    const unstated = verdict(cluster({ kubernetesVersion: null }), on('2026-08-05'));
    expect(unstated.status).toBe('unknown');
    expect(unstated.message).toMatch(/control plane: properties\.currentKubernetesVersion is not stated/);
  });

  it('judges each node pool on its own, so a pool left on an ended minor fails while the control plane passes', () => {
    const c = cluster({
      kubernetesVersion: '1.35.4',
      agentPools: [pool(), pool({ name: 'legacy', mode: 'User', orchestratorVersion: '1.31.8' })],
    });
    const all = findings(c, on('2026-08-05'));
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['aks-prod', 'pass'],
      ['system', 'pass'],
      ['legacy', 'fail'],
    ]);
    expect(only(all, 'aks-prod').message).toMatch(/control plane on 1\.35\.4: community support until 2027-03-31/);
    const legacy = only(all, 'legacy');
    expect(legacy).toMatchObject({ severity: 'high', resource: { type: 'microsoft.containerservice/managedclusters/agentpools', parent: { name: 'aks-prod' } } });
    expect(legacy.message).toMatch(/^Node pool legacy of cluster aks-prod runs Kubernetes without security patches \(AKS support calendar of 2026-08-05\): node pool legacy on 1\.31\.8: out of support: support ended on 2026-03-31/);
    expect(legacy.evidence).toEqual([
      { path: 'properties.agentPoolProfiles[1].currentOrchestratorVersion', value: '1.31.8' },
      { path: 'sku.tier', value: 'Standard' },
      { path: 'properties.supportPlan', value: 'KubernetesOfficial' },
    ]);
  });

  it('judges a pool with the cluster\'s Long Term Support', () => {
    const c = onVersion('1.32.9', { skuTier: 'Premium', supportPlan: 'AKSLongTermSupport' });
    expect(only(findings(c, on('2026-08-05')), 'system').message).toMatch(/Long Term Support until 2027-03-31/);
  });

  it('is unknown on a pool whose version is not stated, without touching the cluster\'s verdict', () => {
    const c = cluster({ kubernetesVersion: '1.35.4', agentPools: [pool(), pool({ name: 'batch', mode: 'User', orchestratorVersion: null })] });
    const all = findings(c, on('2026-08-05'));
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['aks-prod', 'pass'],
      ['system', 'pass'],
      ['batch', 'unknown'],
    ]);
    expect(only(all, 'batch').message).toMatch(/^Node pool batch of cluster aks-prod: support cannot be judged .*node pool batch: .* is not stated/);
  });

  it('on 2026-12-07 fails a pool left on 1.34, whose community support ended on 2026-11-30, while the upgraded control plane passes', () => {
    const c = cluster({ kubernetesVersion: '1.36.3', agentPools: [pool({ orchestratorVersion: '1.36.3' }), pool({ name: 'gpu', mode: 'User', orchestratorVersion: '1.34.6' })] });
    const all = findings(c, on('2026-12-07'));
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([
      ['aks-prod', 'pass'],
      ['system', 'pass'],
      ['gpu', 'fail'],
    ]);
    expect(only(all, 'gpu').message).toMatch(/platform support only, .*community support ended on 2026-11-30; platform support lasts until 1\.38 GA, a date the calendar does not give yet/);
  });

  it('is unknown on the cluster when the pools are not stated, even with a supported control plane', () => {
    const f = verdict(cluster({ kubernetesVersion: '1.35.4', agentPools: null }), on('2026-08-05'));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/agentPoolProfiles is not stated/);
  });
});

describe('aks-kubernetes-version-supported against the versions read live for the region', () => {
  const LIVE = 'AKS supported versions for westeurope, read live 2026-11-22';
  const official = ['KubernetesOfficial'];
  const both = ['KubernetesOfficial', 'AKSLongTermSupport'];
  /** westeurope's list as read on 2026-11-22: 1.33 only under LTS, 1.34–1.37 supported, 1.38 in preview. */
  const westeurope = (offered: Record<string, string[]> = { '1.33': ['AKSLongTermSupport'], '1.34': both, '1.35': both, '1.36': both, '1.37': both, '1.38': official }) => ({
    location: 'westeurope',
    readAt: '2026-11-22T09:30:00.000Z',
    source: 'azure:subscription:6f1c3a2e-8b4d-4e9f-a1c7-2d5e8f0b3a61:aks-versions',
    versions: Object.entries(offered).map(([minor, supportPlans]) => ({ minor, supportPlans, isPreview: minor === '1.38', patches: [`${minor}.4`] })),
  });
  const judged = (c: ReturnType<typeof cluster>, now: Date, region = westeurope()) => only(run(rule, state({ clusters: [c], aksVersions: [region] }), {}, now), c.name);

  it('passes a listed minor, naming the live list, with the end date where the calendar agrees', () => {
    const f = judged(onVersion('1.35.4'), on('2026-11-22'));
    expect(f.status).toBe('pass');
    expect(f.message).toContain(LIVE);
    expect(f.message).toContain('community support until 2027-03-31, 129 days left');
  });

  it('lets the live list win over the bundled calendar: a minor the calendar has ended but AKS still offers passes', () => {
    // The calendar ends 1.34 on 2026-11-30; the live list still offers it on 2026-12-03.
    const f = judged(onVersion('1.34.2'), on('2026-12-03'));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/control plane on 1\.34\.2: community support$/);
  });

  it('fails a minor AKS offers in the region only with Long Term Support on a cluster without it', () => {
    const f = judged(onVersion('1.33.5'), on('2026-11-22'));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toContain(`without security patches (${LIVE})`);
    expect(f.message).toContain('AKS offers 1.33 in westeurope only with Long Term Support');
    // The same minor on a Premium cluster with the LTS plan is supported.
    expect(judged(onVersion('1.33.5', { skuTier: 'Premium', supportPlan: 'AKSLongTermSupport' }), on('2026-11-22')).status).toBe('pass');
  });

  it('fails a minor the region no longer lists', () => {
    const f = judged(onVersion('1.32.9'), on('2026-11-22'));
    expect(f.status).toBe('fail');
    expect(f.message).toContain('1.32 is not among the versions AKS supports in westeurope');
  });

  it('is unknown for a minor newer than any the region offers', () => {
    const f = judged(onVersion('1.39.0'), on('2026-11-22'));
    expect(f.status).toBe('unknown');
    expect(f.message).toContain('1.39 is newer than every version AKS offers in westeurope');
  });

  it('judges a cluster in a region without a live list against the bundled calendar', () => {
    const f = judged(onVersion('1.35.4', { location: 'northeurope' }), on('2026-11-22'));
    expect(f.status).toBe('pass');
    expect(f.message).toContain(CALENDAR);
    expect(f.message).not.toContain('read live');
  });
});
