import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-pod-metadata-access-blocked.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const withAccess = (podLinkLocalAccess: string | null, apiVersion: string | null = '2026-08-02-preview') => cluster({ apiVersion, network: { podLinkLocalAccess } });
const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-pod-metadata-access-blocked', () => {
  it('passes a cluster that blocks pods from IMDS', () => {
    const f = verdict(withAccess('None'));
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'properties.networkProfile.podLinkLocalAccess', value: 'None' }]);
  });

  it('fails a cluster whose pods can reach IMDS and the node identity tokens', () => {
    const f = verdict(withAccess('IMDS'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/169\.254\.169\.254.*managed identity/);
  });

  it('is unknown when the body comes from a stable API version that does not expose the setting', () => {
    const f = verdict(withAccess(null, '2026-02-01'));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/api-version 2026-02-01.*preview.*networkProfile\.podLinkLocalAccess.*scan it live/);
  });

  it('is unknown for a value it does not know', () => {
    expect(verdict(withAccess('HostOnly')).status).toBe('unknown');
  });
});
