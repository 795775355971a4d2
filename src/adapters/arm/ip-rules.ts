import type { Node } from './properties.ts';

/**
 * Addresses of a network rule set's `ipRules[]`: `value` in the REST API, `ipAddressOrRange` in
 * older exports. Null when a rule names no address: dropping it would make the list look narrower.
 */
export function ipRulesOf(rules: Node | undefined): string[] | null | undefined {
  const list = rules?.children('ipRules');
  if (!list) return undefined;
  const values = list.map((rule) => rule.string('value') ?? rule.string('ipAddressOrRange'));
  return values.every((v) => v !== undefined) ? values : null;
}
