import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-http-application-routing-disabled.ts';
import type { AksCluster } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (addons: AksCluster['addons']) => only(run(rule, state({ clusters: [cluster({ addons })] })));
const routing = (enabled: boolean | null): AksCluster['addons'] => ({
  httpApplicationRouting: { enabled, config: {} },
});

describe('aks-http-application-routing-disabled', () => {
  it('passes a cluster without the add-on', () => {
    expect(verdict({ azurePolicy: { enabled: true, config: {} } }).status).toBe('pass');
  });

  it('passes the add-on switched off', () => {
    const f = verdict(routing(false));
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.addonProfiles.httpApplicationRouting.enabled', value: false }]);
  });

  it('fails the add-on switched on', () => {
    const f = verdict(routing(true));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/retired HTTP application routing add-on/);
    expect(f.message).toMatch(/application routing add-on$/);
  });

  it('is unknown when the add-ons are not stated', () => {
    const f = verdict(null);
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/addonProfiles is not stated/);
  });

  it('is unknown when the profile does not say whether it is enabled', () => {
    expect(verdict(routing(null)).status).toBe('unknown');
  });
});
