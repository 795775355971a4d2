import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/storage/storage-public-access-restricted.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof storageAccount>[0], params = {}) => only(run(rule, state({ storageAccounts: [storageAccount(overrides)] }), params));

describe('storage-public-access-restricted', () => {
  it('passes public network access Disabled', () => {
    expect(verdict({ publicNetworkAccess: 'Disabled', networkDefaultAction: 'Allow' }).status).toBe('pass');
  });

  it('is unknown under a network security perimeter, whose access rules ARM bodies do not carry', () => {
    expect(verdict({ publicNetworkAccess: 'SecuredByPerimeter', networkDefaultAction: 'Allow' }).status).toBe('unknown');
  });

  it('passes a public account whose firewall denies by default with narrow rules', () => {
    expect(verdict({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Deny', ipRules: ['203.0.113.0/28'] }).status).toBe('pass');
  });

  it('fails a public account whose firewall allows every source', () => {
    const f = verdict({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow' });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'properties.networkAcls.defaultAction', value: 'Allow' });
  });

  it('fails default-deny with an IP rule that admits the Internet, honouring the prefix parameter', () => {
    expect(verdict({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Deny', ipRules: ['0.0.0.0/0'] }).status).toBe('fail');
    expect(verdict({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Deny', ipRules: ['20.0.0.0/12'] }, { widestIpv4Prefix: 8 }).status).toBe('pass');
  });

  it('is unknown when the firewall default, or (with Allow) public access, is not stated', () => {
    expect(verdict({ publicNetworkAccess: null, networkDefaultAction: null }).status).toBe('unknown');
    expect(verdict({ publicNetworkAccess: null, networkDefaultAction: 'Allow' }).message).toMatch(/publicNetworkAccess is not stated/);
    expect(verdict({ publicNetworkAccess: null, networkDefaultAction: 'Deny' }).status).toBe('pass');
  });

  it('labels a defaulted firewall action in the evidence', () => {
    const f = verdict({ publicNetworkAccess: 'Enabled', networkDefaultAction: 'Allow', provenance: { paths: {}, defaulted: ['networkDefaultAction'] } });
    expect(f.evidence.find((e) => e.path.endsWith('defaultAction'))?.note).toMatch(/API default/);
  });
});
