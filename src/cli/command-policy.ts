import type { Catalogue } from '../engine/catalogue.ts';
import type { Policy } from '../engine/policy.ts';
import { loadPolicy } from '../policy/policy.ts';

/**
 * The policy a command other than scan (`explain`) shows the rules under: the config file it
 * names (`--config`), else the working directory's `aks-audit.yaml`, as a scan would read it.
 */
export function policyForCommand(catalogue: Catalogue, options: { config?: string }): Policy {
  return loadPolicy(options.config === undefined ? {} : { config: options.config }, catalogue).policy;
}
