import { describe, expect, it } from 'vitest';
import { evidence, sourcePath, unknownReason } from '../../src/engine/evidence.ts';
import { cluster } from '../helpers/state.ts';

const PATHS = { 'apiServer.privateCluster': 'properties.apiServerAccessProfile.enablePrivateCluster', addons: 'properties.addonProfiles' };

describe('evidence by state path', () => {
  it('names the source path the adapter recorded, with the value read from the state', () => {
    const c = cluster({ apiServer: { privateCluster: false } });
    c.provenance = { paths: PATHS, defaulted: [] };
    expect(evidence(c, 'apiServer.privateCluster')).toEqual({ path: 'properties.apiServerAccessProfile.enablePrivateCluster', value: false });
  });

  it('takes the longest listed prefix for a path the table does not list, and prefixes `at`', () => {
    const c = cluster();
    c.provenance = { paths: PATHS, at: 'resources[2]', defaulted: [] };
    expect(sourcePath(c, 'addons.azurepolicy.enabled')).toBe('resources[2].properties.addonProfiles.azurepolicy.enabled');
  });

  it('notes a default, an adapter-given unknown reason, a conflict, and a plain omission', () => {
    const c = cluster({ apiServer: { privateCluster: null, authorizedIpRanges: null }, localAccountsDisabled: null, skuTier: 'Free' });
    c.provenance = {
      paths: { ...PATHS, skuTier: 'sku.tier' },
      defaulted: ['skuTier'],
      unknown: { 'apiServer.privateCluster': 'known only after apply' },
      conflicting: ['localAccountsDisabled'],
    };
    expect(evidence(c, 'skuTier').note).toMatch(/API default/);
    const afterApply = evidence(c, 'apiServer.privateCluster');
    expect(unknownReason(afterApply)).toBe('properties.apiServerAccessProfile.enablePrivateCluster is known only after apply, so this cannot be judged');
    expect(evidence(c, 'localAccountsDisabled').note).toMatch(/stated twice/);
    expect(unknownReason(evidence(c, 'apiServer.authorizedIpRanges'))).toMatch(/^apiServer\.authorizedIpRanges is not stated by the source, so this cannot be judged/);
  });

  it('writes an index or `*` in the rest of a state path as an array entry, and an entry listed for it as is', () => {
    const c = cluster();
    c.provenance = { paths: { agentPools: 'properties.agentPoolProfiles', 'diagnosticSettings.0': 'providers/Microsoft.Insights/diagnosticSettings/audit' }, defaulted: [] };
    expect(sourcePath(c, 'agentPools.1.vmSize')).toBe('properties.agentPoolProfiles[1].vmSize');
    expect(sourcePath(c, 'agentPools.*.name')).toBe('properties.agentPoolProfiles[*].name');
    expect(sourcePath(c, 'diagnosticSettings.0.categories')).toBe('providers/Microsoft.Insights/diagnosticSettings/audit.categories');
    expect(evidence(c, 'agentPools.1.vmSize').value).toBe('Standard_D4ds_v5');
  });

  it('notes the default on a field inside one that took the default', () => {
    const c = cluster({ agentPools: [] });
    c.provenance = { paths: { agentPools: 'properties.agentPoolProfiles' }, defaulted: ['agentPools'] };
    expect(evidence(c, 'agentPools.*.name', []).note).toMatch(/API default/);
    expect(evidence(c, 'agentPoolsExtra', null).note).toBe('not stated by the source');
  });

  it('carries the file and line of a field when the adapter recorded one', () => {
    const c = cluster({ origin: { source: 'terraform:infra', file: 'infra/aks.tf', line: 12 } });
    c.provenance = { paths: { localAccountsDisabled: 'local_account_disabled' }, defaulted: [], lines: { localAccountsDisabled: 19 } };
    expect(evidence(c, 'localAccountsDisabled')).toMatchObject({ path: 'local_account_disabled', value: true, file: 'infra/aks.tf', line: 19 });
    expect(evidence(c, 'rbacEnabled')).not.toHaveProperty('line');
  });
});
