import { isObject, type JsonObject } from '../../lib/json.ts';
import { subscriptionIdOf, type ProviderConfiguration } from './model.ts';

/**
 * The azurerm provider configurations of a plan (`configuration.provider_config`) and the
 * subscription each deploys into when the configuration states it: `subscription_id` written as
 * a constant, or as a root variable (`var.subscription_id`) the plan gives a value that is not
 * marked sensitive. A resource names its configuration by `provider_config_key`, which Terraform
 * resolves to the configuration a module inherits or is passed; an older plan that leaves a module's
 * key unresolved (`aks:azurerm`) finds none, and its subscription is not known.
 */
export class PlanProviders {
  private readonly subscriptions = new Map<string, string | undefined>();

  constructor(plan: JsonObject) {
    const configuration = isObject(plan.configuration) ? plan.configuration : {};
    const providers = isObject(configuration.provider_config) ? configuration.provider_config : {};
    const root = isObject(configuration.root_module) ? configuration.root_module : {};
    for (const [key, provider] of Object.entries(providers)) {
      if (!isObject(provider) || (provider.name ?? key.replace(/^.*:/, '').split('.')[0]) !== 'azurerm') continue;
      const expression = isObject(provider.expressions) ? provider.expressions.subscription_id : undefined;
      this.subscriptions.set(key, isObject(expression) ? subscriptionOf(expression, key.includes(':') ? undefined : { root, values: plan.variables }) : undefined);
    }
  }

  /** The configuration a resource's block names (`provider_config_key`), when it is an azurerm one. */
  of(block: JsonObject | undefined): ProviderConfiguration | undefined {
    const key = block?.provider_config_key;
    if (typeof key !== 'string' || !this.subscriptions.has(key)) return undefined;
    const subscriptionId = this.subscriptions.get(key);
    return subscriptionId === undefined ? { key } : { key, subscriptionId };
  }
}

/** A constant, or a root variable's value (`variables.<name>.value`) when the expression is that variable alone. */
function subscriptionOf(expression: JsonObject, variables: { root: JsonObject; values: unknown } | undefined): string | undefined {
  if ('constant_value' in expression) return subscriptionIdOf(expression.constant_value);
  const references = expression.references;
  const name = Array.isArray(references) && references.length === 1 && typeof references[0] === 'string' ? /^var\.([A-Za-z_][\w-]*)$/.exec(references[0])?.[1] : undefined;
  if (name === undefined || !variables) return undefined;
  const declared = isObject(variables.root.variables) ? variables.root.variables[name] : undefined;
  if (isObject(declared) && declared.sensitive === true) return undefined;
  const given = isObject(variables.values) ? variables.values[name] : undefined;
  return isObject(given) ? subscriptionIdOf(given.value) : undefined;
}
