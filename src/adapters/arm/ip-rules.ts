import type { Node } from './properties.ts';

/**
 * Addresses of a network rule set's `ipRules[]`: `value` in the REST API, `ipAddressOrRange` in
 * older exports. Null (unknown) when an entry states no address, or conflicting ones: a rule that
 * cannot be read may admit anything.
 */
export function ipRulesOf(rules: Node | undefined): string[] | null | undefined {
  const list = rules?.children('ipRules');
  if (!list) return undefined;
  const addresses: string[] = [];
  for (const rule of list) {
    const address = rule.string('value') ?? rule.string('ipAddressOrRange');
    if (typeof address !== 'string') return null;
    addresses.push(address);
  }
  return addresses;
}
