import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-auto-upgrade-channel-set.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';
import { stateOf } from '../../helpers/scan.ts';

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
    c.defaulted.push('autoUpgradeChannel');
    const f = only(run(rule, state({ clusters: [c] })));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the channel is not stated', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/upgradeChannel is not stated/);
  });

  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf('../shared/conformance/psrule/Resources.AKS.json');
    // F: rapid, K: stable. L: none. A–D and G–J have no autoUpgradeProfile in a complete body (API default none).
    // PSRule Azure.AKS.AutoUpgrade concludes the same for all eleven.
    const expected: [string, string][] = [
      ['cluster-F', 'pass'],
      ['cluster-K', 'pass'],
      ...['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'L'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
    ];
    it.each(expected)('%s: %s', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
    });
  });
});
