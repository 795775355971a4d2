import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-node-os-upgrade-channel-set.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (nodeOsUpgradeChannel: string | null, params = {}) => only(run(rule, state({ clusters: [cluster({ nodeOsUpgradeChannel })] }), params));

describe('aks-node-os-upgrade-channel-set', () => {
  it.each(['NodeImage', 'SecurityPatch', 'nodeimage'])('passes the %s channel', (channel) => {
    const f = verdict(channel);
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.autoUpgradeProfile.nodeOSUpgradeChannel', value: channel }]);
  });

  it('fails None: no OS security updates at all', () => {
    const f = verdict('None');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/no OS security updates/);
  });

  it('fails Unmanaged: updates outside AKS control, none on Windows', () => {
    const f = verdict('Unmanaged');
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/no AKS-managed reboots.*Windows nodes get none/);
  });

  it('honours allowedChannels', () => {
    expect(verdict('SecurityPatch', { allowedChannels: ['NodeImage'] })).toMatchObject({ status: 'fail', message: expect.stringMatching(/not one of the allowed channels \(NodeImage\)/) });
    expect(verdict('Unmanaged', { allowedChannels: ['NodeImage', 'Unmanaged'] }).status).toBe('pass');
  });

  it('is unknown when the channel is absent, as in API versions before 2023-06-01', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/nodeOSUpgradeChannel is not stated.*before 2023-06-01/);
  });

  it('passes an unstated node OS channel when the cluster channel node-image keeps node images current', () => {
    const f = only(run(rule, state({ clusters: [cluster({ nodeOsUpgradeChannel: null, autoUpgradeChannel: 'node-image' })] })));
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'properties.autoUpgradeProfile.upgradeChannel', value: 'node-image' });
    // A stated channel is judged on its own.
    expect(only(run(rule, state({ clusters: [cluster({ nodeOsUpgradeChannel: 'None', autoUpgradeChannel: 'node-image' })] }))).status).toBe('fail');
  });
});
