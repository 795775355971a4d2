import { describe, expect, it } from 'vitest';
import { AFTER_APPLY, SENSITIVE, Unknown, type TfResource, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { asBool, asStrings, AttributeReader } from '../../../src/adapters/terraform/attributes.ts';
import { azurermMajor } from '../../../src/adapters/terraform/provider-version.ts';

function instance(values: Record<string, TfValue>, lines: Record<string, number> = {}): TfResource {
  return { address: 'azurerm_kubernetes_cluster.main', module: '', type: 'azurerm_kubernetes_cluster', name: 'main', mode: 'managed', values, references: {}, file: 'infra/aks.tf', line: 1, lines, source: 'terraform:infra' };
}

const PUBLIC_IP = ['default_node_pool[0].node_public_ip_enabled', 'default_node_pool[0].enable_node_public_ip'];

describe('reading azurerm attributes', () => {
  it('reads the v4 and the v3 spelling alike, with the line of the one stated', () => {
    for (const name of ['node_public_ip_enabled', 'enable_node_public_ip']) {
      const f = new AttributeReader(instance({ default_node_pool: [{ [name]: true }] }, { [`default_node_pool[0].${name}`]: 14 }));
      expect(f.read('pool.enableNodePublicIP', PUBLIC_IP, asBool, false)).toBe(true);
      expect(f.provenance.paths['pool.enableNodePublicIP']).toBe(`default_node_pool[0].${name}`);
      expect(f.provenance.lines['pool.enableNodePublicIP']).toBe(14);
    }
  });

  it('makes two spellings that disagree unknown, never the more protective one', () => {
    const f = new AttributeReader(instance({ default_node_pool: [{ node_public_ip_enabled: false, enable_node_public_ip: true }] }));
    expect(f.read('pool.enableNodePublicIP', PUBLIC_IP, asBool, false)).toBeNull();
    expect(f.provenance.conflicting).toEqual(['pool.enableNodePublicIP']);
  });

  it('is unknown, with the reason, for a value known only after apply or sensitive; never the default', () => {
    const f = new AttributeReader(instance({ local_account_disabled: new Unknown(AFTER_APPLY), api_server_access_profile: [{ authorized_ip_ranges: ['10.0.0.0/8', new Unknown(SENSITIVE)] }] }));
    expect(f.read('localAccountsDisabled', 'local_account_disabled', asBool, false)).toBeNull();
    expect(f.provenance.unknown.localAccountsDisabled).toBe(AFTER_APPLY);
    expect(f.read('apiServer.authorizedIpRanges', 'api_server_access_profile[0].authorized_ip_ranges', asStrings, [])).toBeNull();
    expect(f.provenance.unknown['apiServer.authorizedIpRanges']).toBe(SENSITIVE);
    expect(f.provenance.defaulted).toEqual([]);
  });

  it('takes the documented default for an attribute the configuration leaves unset, and says so; none documented is unknown', () => {
    const f = new AttributeReader(instance({ private_cluster_enabled: null }));
    expect(f.read('apiServer.privateCluster', 'private_cluster_enabled', asBool, false)).toBe(false);
    expect(f.provenance.defaulted).toEqual(['apiServer.privateCluster']);
    expect(f.read('network.policy', 'network_profile[0].network_policy', (v) => (typeof v === 'string' ? v : undefined))).toBeNull();
    expect(f.provenance.unknown['network.policy']).toMatch(/no default/);
  });

  it('is unknown when a value has the wrong type', () => {
    const f = new AttributeReader(instance({ local_account_disabled: 'yes' }));
    expect(f.read('localAccountsDisabled', 'local_account_disabled', asBool, false)).toBeNull();
    expect(f.provenance.unknown.localAccountsDisabled).toMatch(/a string/);
  });
});

describe('the azurerm major version', () => {
  it.each([
    ['~> 4.0', undefined, 4],
    ['~> 3.1.0', undefined, 3],
    ['>= 3.90, < 4.0', undefined, 3],
    ['= 5.2.0', undefined, 5],
    ['>= 3.36.0', undefined, null],
    ['~> 4', undefined, null],
    [undefined, '4.12.0', 4],
    ['>= 3.0', '3.117.1', 3],
    [undefined, undefined, null],
  ] as const)('%s locked at %s → %s', (constraint, locked, major) => {
    expect(azurermMajor(constraint, locked)).toBe(major);
  });
});
