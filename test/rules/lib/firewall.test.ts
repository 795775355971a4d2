import { describe, expect, it } from 'vitest';
import { classifyRange, describeRange } from '../../../src/rules/lib/firewall.ts';

const rule = (startIpAddress: string, endIpAddress: string) => ({ name: 'r', startIpAddress, endIpAddress });

describe('classifyRange', () => {
  it.each([
    [rule('0.0.0.0', '0.0.0.0'), 'azure-services'],
    [rule('0.0.0.0', '255.255.255.255'), 'internet'],
    [rule('1.0.0.0', '254.255.255.255'), 'internet'],
    [rule('128.0.0.0', '255.255.255.255'), 'internet'],
    [rule('20.0.0.0', '20.255.255.255'), 'wide'],
    [rule('203.0.113.0', '203.0.114.0'), 'narrow'],
    [rule('203.0.0.0', '203.0.255.255'), 'narrow'],
    [rule('203.0.0.0', '203.1.0.0'), 'wide'],
    [rule(' 198.51.100.7 ', '198.51.100.7'), 'narrow'],
    [rule('10.0.0.9', '10.0.0.1'), 'invalid'],
    [rule('::', '::1'), 'invalid'],
    [rule('300.0.0.1', '300.0.0.2'), 'invalid'],
  ] as const)('%o is %s with /16 as the widest prefix', (r, expected) => {
    expect(classifyRange(r, 16)).toBe(expected);
  });

  it('moves the wide/narrow line with the parameter', () => {
    expect(classifyRange(rule('203.0.113.0', '203.0.113.255'), 24)).toBe('narrow');
    expect(classifyRange(rule('203.0.113.0', '203.0.114.0'), 24)).toBe('wide');
  });

  it('describes a rule with its range', () => {
    expect(describeRange({ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' })).toBe('AllowAll (0.0.0.0–255.255.255.255)');
  });
});
