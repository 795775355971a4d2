import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/network/network-nsg-internet-inbound-restricted.ts';
import type { SecurityRule } from '../../../src/state/network.ts';
import { nsg, securityRule } from '../../helpers/network.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (rules: SecurityRule[] | null, params = {}) => only(run(rule, state({ network: { ...state().network, networkSecurityGroups: [nsg(rules)] } }), params));

describe('network-nsg-internet-inbound-restricted', () => {
  it('passes public ingress on 80 and 443', () => {
    const f = verdict([securityRule({ destinationPortRanges: ['80', '443'] })]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/beyond the public ingress ports \(80, 443\)/);
  });

  it('passes an NSG without Internet rules', () => {
    expect(verdict([securityRule({ sourceAddressPrefixes: ['VirtualNetwork'], destinationPortRanges: ['*'] })]).status).toBe('pass');
  });

  it('fails any other port open to the Internet, naming the rule and the ports beyond the allowed ones', () => {
    const f = verdict([securityRule({ name: 'allow-web-and-debug', protocol: '*', destinationPortRanges: ['443', '8080-8090'] })]);
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/allow-web-and-debug \(priority 200\) admits 8080-8090 from Internet/);
  });

  it('reports all ports but the allowed ones for a `*` rule', () => {
    expect(verdict([securityRule({ sourceAddressPrefixes: ['*'], destinationPortRanges: ['*'] })]).message).toMatch(/admits 0-79, 81-442, 444-65535 from \*/);
  });

  it('judges UDP too: a TCP Deny does not close a `*` Allow', () => {
    const allowAll = securityRule({ name: 'allow-dns', protocol: '*', destinationPortRanges: ['53'] });
    const denyTcp = securityRule({ name: 'deny-dns-tcp', access: 'Deny', priority: 100, protocol: 'Tcp', sourceAddressPrefixes: ['*'], destinationPortRanges: ['53'] });
    expect(verdict([allowAll, denyTcp]).status).toBe('fail');
    expect(verdict([allowAll, { ...denyTcp, protocol: '*' }]).status).toBe('pass');
  });

  it('honours the allowedPorts parameter', () => {
    expect(verdict([securityRule({ destinationPortRanges: ['8443'] })], { allowedPorts: [443, 8443] }).status).toBe('pass');
    expect(verdict([securityRule({ destinationPortRanges: ['443'] })], { allowedPorts: [] }).status).toBe('fail');
  });

  it('an IPv4-mapped IPv6 source covering all of IPv4 is the Internet; an IPv6 Deny is not taken to close IPv4', () => {
    expect(verdict([securityRule({ name: 'allow-ssh', sourceAddressPrefixes: ['::ffff:0:0/96'], destinationPortRanges: ['22'] })]).status).toBe('fail');
    const deny = securityRule({ name: 'deny-v6', access: 'Deny', priority: 100, sourceAddressPrefixes: ['::ffff:0:0/96'], destinationPortRanges: ['*'] });
    expect(verdict([deny, securityRule({ name: 'allow-ssh', sourceAddressPrefixes: ['0.0.0.0/0'], destinationPortRanges: ['22'] })]).status).toBe('fail');
  });

  it('is unknown when the rules are not stated', () => {
    expect(verdict(null).status).toBe('unknown');
  });

  it('is unknown when a rule lacks its direction', () => {
    expect(verdict([securityRule({ direction: null })]).status).toBe('unknown');
  });
});
