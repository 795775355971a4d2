import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-http-application-routing-disabled.ts';
import type { AksAddon } from '../../../src/state/aks.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (addons: Record<string, AksAddon> | null) => only(run(rule, state({ clusters: [cluster({ addons })] })));
const routing = (enabled: boolean | null): Record<string, AksAddon> => ({
  httpapplicationrouting: { enabled, config: { HTTPApplicationRoutingZoneName: '0123456789abcdef.westeurope.aksapp.io' } },
});

describe('aks-http-application-routing-disabled', () => {
  it('passes a cluster without the add-on', () => {
    expect(verdict({ azurepolicy: { enabled: true, config: {} } }).status).toBe('pass');
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
