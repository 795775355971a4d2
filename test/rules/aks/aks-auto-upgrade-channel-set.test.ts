import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-auto-upgrade-channel-set.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (autoUpgradeChannel: string | null, params = {}) => only(run(rule, state({ clusters: [cluster({ autoUpgradeChannel })] }), params));

describe('aks-auto-upgrade-channel-set', () => {
  it.each(['patch', 'stable', 'rapid', 'Stable'])('passes the %s channel', (channel) => {
    const f = verdict(channel);
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.autoUpgradeProfile.upgradeChannel', value: channel }]);
  });

  it('fails channel none: upgrades only by hand', () => {
    const f = verdict('none');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/auto-upgrade off \(channel none\)/);
  });

  it('fails node-image and says it never upgrades Kubernetes', () => {
    const f = verdict('node-image');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/node images only and never the Kubernetes version/);
    expect(f.message).toMatch(/nodeOSUpgradeChannel/);
  });

  it('fails a channel outside the allowed list, naming the list', () => {
    const f = verdict('rapid', { allowedChannels: ['patch', 'stable'] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/not one of the allowed channels \(patch, stable\)/);
  });

  it('passes node-image only when the policy allows it', () => {
    expect(verdict('node-image', { allowedChannels: ['node-image'] }).status).toBe('pass');
  });

  it('labels the API default when a complete body has no autoUpgradeProfile', () => {
    const c = cluster({ autoUpgradeChannel: 'none' });
    c.provenance.defaulted.push('autoUpgradeChannel');
    const f = only(run(rule, state({ clusters: [c] })));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the channel is not stated', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/upgradeChannel is not stated/);
  });
});
