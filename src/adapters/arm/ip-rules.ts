import type { Node } from './properties.ts';

/** Addresses of a network rule set's `ipRules[]`: `value` in the REST API, `ipAddressOrRange` in older exports. */
export function ipRulesOf(rules: Node | undefined): string[] | undefined {
  const list = rules?.children('ipRules');
  if (!list) return undefined;
  return list.map((rule) => rule.string('value') ?? rule.string('ipAddressOrRange')).filter((v): v is string => v !== undefined);
}
