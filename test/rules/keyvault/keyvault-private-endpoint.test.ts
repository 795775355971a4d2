import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/keyvault/keyvault-private-endpoint.ts';
import { keyVault } from '../../helpers/key-vault.ts';
import { only, resource, run, state } from '../../helpers/state.ts';

const pe = (name: string) => `/subscriptions/x/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/${name}`;
/** The endpoints in the input: the rule names an endpoint by the name the state gives it. */
const endpoints = ['pe-old', 'pe-kv'].map((name) => ({ ...resource('Microsoft.Network/privateEndpoints', name, 'rg-net'), id: pe(name), subnetId: null, virtualNetwork: null, connections: null, privateDnsZoneIds: null }));
const verdict = (v: ReturnType<typeof keyVault>) => only(run(rule, state({ keyVaults: [v], network: { ...state().network, privateEndpoints: endpoints } })));

describe('keyvault-private-endpoint', () => {
  it('passes a vault with an approved private endpoint, naming it', () => {
    const f = verdict(keyVault({ privateEndpointConnections: [{ privateEndpointId: pe('pe-old'), status: 'Rejected' }, { privateEndpointId: pe('pe-kv'), status: 'Approved' }] }));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/1 approved private endpoint\(s\): pe-kv$/);
  });

  it('names an endpoint that is not in the input by its identity', () => {
    const f = verdict(keyVault({ privateEndpointConnections: [{ privateEndpointId: pe('pe-elsewhere'), status: 'Approved' }] }));
    expect(f.message).toContain(`: ${pe('pe-elsewhere')}`);
  });

  it('fails a vault whose connections are not approved, naming their states', () => {
    const f = verdict(keyVault({ privateEndpointConnections: [{ privateEndpointId: pe('pe-kv'), status: 'Pending' }, { privateEndpointId: null, status: null }] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/pe-kv is Pending; \(unnamed endpoint\) is in an unstated state/);
  });

  it('fails a vault without private endpoints', () => {
    const f = verdict(keyVault({ privateEndpointConnections: [], provenance: { paths: { privateEndpointConnections: 'properties.privateEndpointConnections' }, defaulted: ['privateEndpointConnections'] } }));
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toMatchObject({ path: 'properties.privateEndpointConnections', value: [], note: expect.stringMatching(/API default/) });
  });

  it('is unknown when the source does not state the connections', () => {
    expect(verdict(keyVault({ privateEndpointConnections: null })).status).toBe('unknown');
  });
});
