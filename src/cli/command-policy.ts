import type { Catalogue } from '../engine/catalogue.ts';
import { UsageError } from '../engine/errors.ts';
import { defaultPolicy, type Policy } from '../engine/policy.ts';

/**
 * The policy a command other than scan (`explain`) shows the rules under: the one place that
 * will read the config file (`--config`, src/policy/config-file.ts) once it exists. Until then
 * a named config is refused rather than silently ignored.
 */
export function policyForCommand(catalogue: Catalogue, options: { config?: string }): Policy {
  if (options.config !== undefined) throw new UsageError(`--config ${options.config}: config files are not read by this version`);
  return defaultPolicy(catalogue);
}
