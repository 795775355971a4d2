import { describe, expect, it } from 'vitest';
import { isNonPublic, parseCidr } from '../../../src/rules/lib/cidr.ts';
import { wideIpRules } from '../../../src/rules/lib/ip-rules.ts';

describe('IPv4-mapped IPv6 ranges are judged as the IPv4 range they cover', () => {
  it.each([
    ['::ffff:0:0/96', '0.0.0.0', 0],
    ['::/0', '0.0.0.0', 0],
    ['::/80', '0.0.0.0', 0],
    ['::ffff:10.0.0.0/104', '10.0.0.0', 8],
    ['::ffff:cb00:7100/120', '203.0.113.0', 24],
    ['::ffff:198.51.100.7', '198.51.100.7', 32],
  ])('%s is %s/%i', (text, address, prefix) => {
    expect(parseCidr(text)).toEqual({ text, family: 4, address, prefix });
  });

  it('a mapped private range is private; other IPv6 ranges stay IPv6', () => {
    expect(isNonPublic(parseCidr('::ffff:10.0.0.0/104')!)).toBe(true);
    expect(parseCidr('2001:db8::/32')).toMatchObject({ family: 6, prefix: 32 });
    expect(parseCidr('::/96')).toMatchObject({ family: 6, prefix: 96 });
  });

  it('read as written when asked (what a deny or an except takes away)', () => {
    expect(parseCidr('::ffff:0:0/96', false)).toMatchObject({ family: 6, prefix: 96 });
  });
});

describe('ipRules allow-lists', () => {
  it('::ffff:0:0/96 is as open as 0.0.0.0/0', () => {
    expect(wideIpRules(['::ffff:0:0/96'], 24).wide).toEqual(['::ffff:0:0/96 is the whole Internet']);
    expect(wideIpRules(['::ffff:203.0.0.0/104'], 24).wide).toEqual(['::ffff:203.0.0.0/104 is wider than /24 (16,777,216 addresses)']);
  });

  it('an entry that is no address range is reported, not counted as narrow', () => {
    expect(wideIpRules(['203.0.113.10', '_IPv4Address_', '10.0.0.0/33'], 24)).toEqual({ wide: [], unparseable: ['_IPv4Address_', '10.0.0.0/33'] });
  });
});
