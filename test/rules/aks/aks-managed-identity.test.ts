import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-managed-identity.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const withIdentity = (type: string | null, servicePrincipalClientId: string | null) => cluster({ identity: { type, servicePrincipalClientId } });
const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-managed-identity', () => {
  it.each(['SystemAssigned', 'UserAssigned'])('passes a %s managed identity', (type) => {
    expect(verdict(withIdentity(type, 'msi')).status).toBe('pass');
  });

  it('fails a cluster that uses a service principal, naming it', () => {
    const f = verdict(withIdentity('None', '3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/service principal 3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b/);
    expect(f.evidence).toContainEqual({ path: 'properties.servicePrincipalProfile.clientId', value: '3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b' });
  });

  it('passes when the identity block is absent but the client id is msi', () => {
    expect(verdict(withIdentity('None', 'msi')).status).toBe('pass');
  });

  it('is unknown when the identity type, or the service principal of a cluster without one, is not stated', () => {
    expect(verdict(withIdentity(null, null)).message).toMatch(/identity\.type is not stated/);
    expect(verdict(withIdentity('None', null)).status).toBe('unknown');
  });
});
