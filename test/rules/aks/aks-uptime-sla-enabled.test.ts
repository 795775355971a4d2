import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-uptime-sla-enabled.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (skuTier: string | null) => only(run(rule, state({ clusters: [cluster({ skuTier })] })));

describe('aks-uptime-sla-enabled', () => {
  it.each(['Standard', 'Premium', 'Paid'])('passes the %s tier', (tier) => {
    const f = verdict(tier);
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'sku.tier', value: tier }]);
  });

  it('fails the Free tier', () => {
    const f = verdict('Free');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/Free tier: no uptime SLA/);
  });

  it('labels Free as the API default when the body has no sku', () => {
    const c = cluster({ skuTier: 'Free' });
    c.provenance.defaulted.push('skuTier');
    expect(only(run(rule, state({ clusters: [c] }))).evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the tier is not stated', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/sku\.tier is not stated/);
  });
});
