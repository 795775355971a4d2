import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-api-server-access-restricted.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const publicCluster = (authorizedIpRanges: string[] | null) => cluster({ apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges } });
const verdict = (c: ReturnType<typeof cluster>, params = {}) => only(run(rule, state({ clusters: [c] }), params));

describe('aks-api-server-access-restricted', () => {
  it('passes a private cluster without a public FQDN', () => {
    expect(verdict(cluster()).status).toBe('pass');
  });

  it('reports a private cluster that publishes a public FQDN as its own, low-severity state', () => {
    const f = verdict(cluster({ apiServer: { privateCluster: true, privateClusterPublicFqdn: true } }));
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
    expect(f.message).toMatch(/public FQDN/);
  });

  it('is unknown for a private cluster whose public-FQDN setting is not stated', () => {
    const f = verdict(cluster({ apiServer: { privateCluster: true, privateClusterPublicFqdn: null } }));
    expect(f).toMatchObject({ status: 'unknown', message: expect.stringMatching(/enablePrivateClusterPublicFQDN is not stated/) });
  });

  it('fails a public API server with no authorized ranges', () => {
    const f = verdict(publicCluster([]));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'properties.apiServerAccessProfile.authorizedIPRanges', value: [] });
  });

  it('passes narrow public ranges', () => {
    expect(verdict(publicCluster(['203.0.113.10/32', '198.51.100.0/28', '2001:db8:1234::/48'])).status).toBe('pass');
  });

  it.each([
    ['0.0.0.0/0', /whole Internet/],
    ['20.0.0.0/8', /wider than \/24 \(16,777,216 addresses\)/],
    ['2001:db8::/32', /wider than \/48/],
  ])('fails over-broad range %s even when narrow ranges accompany it', (range, reason) => {
    const f = verdict(publicCluster(['203.0.113.10/32', range]));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(reason);
  });

  it('honours the widest-prefix parameter', () => {
    expect(verdict(publicCluster(['20.0.0.0/20']), { widestIpv4Prefix: 16 }).status).toBe('pass');
    expect(verdict(publicCluster(['20.0.0.0/20'])).status).toBe('fail');
  });

  it.each(['10.0.0.0/16', '192.168.1.0/24', '100.64.0.0/10', 'not-an-ip'])('flags %s as meaningless on a public endpoint', (range) => {
    const f = verdict(publicCluster(['203.0.113.10/32', range]));
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
  });

  it('is unknown when the source does not say whether the cluster is private', () => {
    const f = verdict(cluster({ apiServer: { privateCluster: null } }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/enablePrivateCluster is not stated/);
  });

  it('is unknown for a public cluster whose ranges are not stated', () => {
    expect(verdict(publicCluster(null)).status).toBe('unknown');
  });

  it('notes in the evidence when a value is the API default', () => {
    const c = publicCluster([]);
    c.provenance.defaulted.push('apiServer.authorizedIpRanges');
    const evidence = verdict(c).evidence.find((e) => e.path.endsWith('authorizedIPRanges'));
    expect(evidence?.note).toMatch(/API default/);
  });
  it('judges IPv4-mapped IPv6 authorized ranges as the IPv4 range they cover', () => {
    expect(verdict(publicCluster(['::ffff:0:0/96'])).status).toBe('fail');
    expect(verdict(publicCluster(['::ffff:0:0/96'])).message).toMatch(/::ffff:0:0\/96 is the whole Internet/);
  });
});
