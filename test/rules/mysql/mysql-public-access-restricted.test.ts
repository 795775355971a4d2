import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/mysql/mysql-public-access-restricted.ts';
import { mysqlFlexible } from '../../helpers/mysql.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (...args: Parameters<typeof mysqlFlexible>) => only(run(rule, state({ mysqlFlexibleServers: [mysqlFlexible(...args)] })));
const allowAll = { id: '/subscriptions/x/resourceGroups/rg-prod/providers/Microsoft.DBforMySQL/flexibleServers/mysql-prod/firewallRules/AllowAll', name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' };

describe('mysql-public-access-restricted', () => {
  it('passes disabled public access and VNet integration', () => {
    expect(verdict().status).toBe('pass');
    expect(verdict({ publicNetworkAccess: null, network: { delegatedSubnetResourceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/mysql' } }).status).toBe('pass');
  });

  it('fails a public server open to the Internet', () => {
    const f = verdict({ publicNetworkAccess: 'Enabled', firewallRules: [allowAll] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/AllowAll \(0\.0\.0\.0–255\.255\.255\.255\) is the whole Internet/);
  });

  it('is unknown when public access is enabled and the firewall rules are not in the input', () => {
    expect(verdict({ publicNetworkAccess: 'Enabled', firewallRules: null }).status).toBe('unknown');
  });
});
