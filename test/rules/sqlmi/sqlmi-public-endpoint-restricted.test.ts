import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/sqlmi/sqlmi-public-endpoint-restricted.ts';
import type { NetworkSecurityGroup, SecurityRule } from '../../../src/state/network.ts';
import type { SqlManagedInstance } from '../../../src/state/sql-managed-instance.ts';
import { AKS_SUBNET_ID, NSG_ID, nsg, securityRule, subnet, vnet } from '../../helpers/network.ts';
import { sqlManagedInstance } from '../../helpers/sql-managed-instance.ts';
import { emptyState } from '../../../src/state/state.ts';
import { only, run, state } from '../../helpers/state.ts';

/** An instance with its public endpoint on, in the subnet `snet-aks` whose NSG holds `rules`. */
function verdict(overrides: Partial<SqlManagedInstance>, rules: SecurityRule[] | null = [], group: Partial<NetworkSecurityGroup> = { id: NSG_ID }) {
  const network = { ...emptyState().network, virtualNetworks: [vnet([subnet()])], networkSecurityGroups: [nsg(rules, group)] };
  return only(run(rule, state({ network, sqlManagedInstances: [sqlManagedInstance({ publicDataEndpointEnabled: true, subnetId: AKS_SUBNET_ID, ...overrides })] })));
}

const port3342 = (source: string) => securityRule({ name: 'allow-mi-public', destinationPortRanges: ['3342'], sourceAddressPrefixes: [source] });

describe('sqlmi-public-endpoint-restricted', () => {
  it('passes an instance without a public data endpoint', () => {
    expect(verdict({ publicDataEndpointEnabled: false })).toMatchObject({ status: 'pass', evidence: [{ path: 'properties.publicDataEndpointEnabled', value: false }] });
  });

  it('passes a public endpoint whose subnet NSG admits only a narrow range to port 3342', () => {
    const f = verdict({}, [port3342('203.0.113.0/28'), securityRule()]);
    expect(f).toMatchObject({ status: 'pass', message: expect.stringMatching(/NSG nsg-aks on its subnet admits no Internet source to port 3342/) });
  });

  it('fails a public endpoint the subnet NSG opens to the Internet, or a subnet without an NSG', () => {
    const f = verdict({}, [port3342('Internet')]);
    expect(f).toMatchObject({ status: 'fail', severity: 'high', message: expect.stringMatching(/allow-mi-public/) });
    expect(f.evidence[2]?.path).toBe(`${NSG_ID}#properties.securityRules[0]`);
    const network = { ...emptyState().network, virtualNetworks: [vnet([subnet({ networkSecurityGroupId: false })])] };
    const bare = only(run(rule, state({ network, sqlManagedInstances: [sqlManagedInstance({ publicDataEndpointEnabled: true, subnetId: AKS_SUBNET_ID })] })));
    expect(bare).toMatchObject({ status: 'fail', message: expect.stringMatching(/has no network security group/) });
  });

  it('is unknown when the endpoint, the subnet, its NSG or the NSG rules are not known', () => {
    expect(verdict({ publicDataEndpointEnabled: null }).status).toBe('unknown');
    expect(verdict({ subnetId: null }).status).toBe('unknown');
    expect(verdict({}, [], { id: `${NSG_ID}-other` }).status).toBe('unknown');
    expect(verdict({}, null).status).toBe('unknown');
  });
});
