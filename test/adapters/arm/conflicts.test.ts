import { describe, expect, it } from 'vitest';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources } from '../../../src/adapters/arm/collect-resources.ts';
import { Node } from '../../../src/adapters/arm/properties.ts';
import { InputError } from '../../../src/engine/errors.ts';
import aksKubernetesRbac from '../../../src/rules/aks/aks-kubernetes-rbac-enabled.ts';
import keyvaultSoftDelete from '../../../src/rules/keyvault/keyvault-soft-delete-enabled.ts';
import { only, run } from '../../helpers/state.ts';

/**
 * An object that spells one property twice with different values (`enableRBAC: true` beside
 * `EnableRBAC: false`, as a hand-merged export can) is read as neither: unknown, never the
 * protective spelling, never the API default; a list of grants reads as the broadest grant; a
 * conflicting object is refused with its place.
 */

const SUB = '6e1d3b7a-2c4f-4a8e-9b5d-0f3a7c1e8d92';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod`;
const VAULT = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-prod`;
const stateOf = (document: unknown) => adaptArm(collectArmResources(document, 'export.json', 'file:export.json').resources).state;
const cluster = (properties: Record<string, unknown>) => stateOf({ id: CLUSTER, name: 'aks-prod', type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope', properties: { provisioningState: 'Succeeded', ...properties } });
const vault = (properties: Record<string, unknown>) => stateOf({ id: VAULT, name: 'kv-prod', type: 'Microsoft.KeyVault/vaults', location: 'westeurope', properties: { tenantId: SUB, sku: { family: 'A', name: 'standard' }, ...properties } });

describe('conflicting spellings of one property', () => {
  it('enableRBAC true beside EnableRBAC false is unknown, and the rule says so instead of passing', () => {
    for (const properties of [{ enableRBAC: true, EnableRBAC: false }, { EnableRBAC: false, enableRBAC: true }]) {
      const state = cluster(properties);
      expect(state.clusters[0]!.rbacEnabled).toBeNull();
      expect(only(run(aksKubernetesRbac, state)).status).toBe('unknown');
    }
  });

  it('a conflict never falls back to the API default of a complete body', () => {
    // enableSoftDelete defaults to true when absent; conflicting spellings are not absence.
    const state = vault({ enableSoftDelete: true, ENABLESOFTDELETE: false, enablePurgeProtection: true, enablepurgeprotection: false });
    expect(state.keyVaults[0]).toMatchObject({ enableSoftDelete: null, enablePurgeProtection: null });
    expect(state.keyVaults[0]!.provenance.defaulted).not.toContain('enableSoftDelete');
    expect(only(run(keyvaultSoftDelete, state)).status).toBe('unknown');
  });

  it('the same value spelled twice is read as stated', () => {
    const state = cluster({ enableRBAC: true, EnableRBAC: true, disableLocalAccounts: true, DisableLocalAccounts: true });
    expect(state.clusters[0]).toMatchObject({ rbacEnabled: true, localAccountsDisabled: true });
  });

  it('finds a conflict among keys of one length that are not all spellings of it, among three spellings, and in a key too long to be indexed by length', () => {
    const long = `x${'a'.repeat(199)}`;
    const node = new Node({ enableRBAC: true, kubernetesVe: 'x', EnableRBAC: true, ENABLERBAC: false, [long]: 1, [long.toUpperCase()]: 2, fqdn: 'a', Fqdn: 'a' }, 'export.json', '');
    expect(node.bool('enableRBAC')).toBeNull();
    expect(node.number(long)).toBeNull();
    expect(node.string('kubernetesVe')).toBe('x');
    expect(node.string('fqdn')).toBe('a');
    // Each object is checked afresh: what the previous one held leaves nothing behind.
    expect(new Node({ fqdn: 'b', name: 'c' }, 'export.json', '').string('fqdn')).toBe('b');
  });

  it('a conflicting string and a conflicting address list are unknown', () => {
    const state = vault({ publicNetworkAccess: 'Disabled', PublicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24', Value: '0.0.0.0/0' }] } });
    expect(state.keyVaults[0]!.publicNetworkAccess).toBeNull();
    expect(state.keyVaults[0]!.networkAcls.ipRules).toBeNull();
  });

  it('conflicting permission lists of an access policy read as the broadest grant', () => {
    const state = vault({ accessPolicies: [{ tenantId: SUB, objectId: 'app-1', permissions: { secrets: ['get'], Secrets: ['all'], keys: ['get'] } }] });
    expect(state.keyVaults[0]!.accessPolicies![0]!.permissions).toMatchObject({ secrets: ['all'], keys: ['get'] });
  });

  it('conflicting objects are refused with their place: no reading of them is sound', () => {
    const read = () => cluster({ networkProfile: { networkPolicy: 'cilium' }, NetworkProfile: { networkPolicy: 'none' } });
    expect(read).toThrow(InputError);
    expect(read).toThrow(/export\.json.*\/properties\/networkProfile.*conflicting values/);
  });
});
