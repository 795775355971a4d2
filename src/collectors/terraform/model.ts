import type { InlineWaiver } from '../../state/inline-waiver.ts';

/**
 * What the Terraform readers hand the azurerm adapter: resource instances with their
 * attribute values as they will be after apply, whatever they were read from (a plan's JSON,
 * or a folder of `.tf` files evaluated here). Values that cannot be known now are `Unknown`,
 * with the reason: never a default, never a guess.
 */

/** A value that cannot be known before apply, or is not to be read: a plan's "known after apply", a sensitive value, an expression the evaluator does not implement. */
export class Unknown {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

export const AFTER_APPLY = 'known only after apply';
/** Sensitive values are replaced at reading time: a secret never enters the state. */
export const SENSITIVE = 'sensitive, so not read';

/** An attribute's value: JSON as in a plan's `after`, with `Unknown` where it cannot be known. Nested blocks are arrays of objects, as in plan JSON. */
export type TfValue = string | number | boolean | null | Unknown | TfValue[] | { [key: string]: TfValue };

/**
 * The planned change of an instance, as `resource_changes[].change.actions` spells it (a replace
 * is `replace`). `forget` (Terraform 1.7 `removed` blocks) leaves the object in Azure but no longer
 * in this configuration: like a delete, nothing of it is judged from this plan.
 */
export type TfAction = 'create' | 'update' | 'replace' | 'no-op' | 'delete' | 'read' | 'forget';

export interface TfResource {
  /** Full address, module path and index included: `module.aks.azurerm_kubernetes_cluster.main[0]`. */
  address: string;
  /** Module path, empty at the root: `module.aks`, `module.envs["prod"]`. */
  module: string;
  /** `azurerm_kubernetes_cluster`. */
  type: string;
  /** The block's name label: `main`. */
  name: string;
  mode: 'managed' | 'data';
  /** Attribute values by name (`values` of planned_values, `after` of a change, or the evaluated block). */
  values: Record<string, TfValue>;
  /** Set when read from a plan; a delete is handed over too, for the adapter to leave unjudged. */
  action?: TfAction;
  /**
   * Attribute paths (`subnet_id`, `default_node_pool[0].vnet_subnet_id`) whose expression
   * references another resource, by that resource's address (module-resolved, index kept when
   * it is a literal): `module.net.azurerm_subnet.nodes`. The adapter joins through these, so a
   * reference joins whether or not its value is known. An expression naming several resources
   * (`coalesce(a.id, b.id)`) has no entry: which one applies is not known before evaluation.
   */
  references: Record<string, string>;
  /** Where the block is declared: a `.tf` file and the line of its first line, else the plan file and the line of the instance's object. */
  file: string;
  line: number;
  /** In a plan file, the column too: `terraform show -json` writes the whole plan on one line. */
  column?: number;
  /** 1-based line of each attribute path, when a `.tf` file was read. */
  lines: Record<string, number>;
  /**
   * Set by the `.tf` reader when `count`/`for_each` could not be evaluated: this one instance
   * (address index `[*]`) stands for all of them, there may be none, and every value that
   * depends on the instance key is unknown. The reason says why.
   */
  instancesUnknown?: string;
  /**
   * Set when read from a plan whose `configuration` holds the instance's block: whether the
   * configuration writes an attribute path (undefined when that cannot be told). The plan's values
   * hold every attribute; one the configuration leaves out holds what the provider filled in.
   */
  configured?: { writes(path: string, values: Record<string, TfValue>): boolean | undefined };
  /** The azurerm provider configuration managing the instance, when it is known. */
  provider?: ProviderConfiguration;
  /** Waivers in the comments on its block (`# aks-audit:waive …`), when a `.tf` file was read. */
  inlineWaivers?: InlineWaiver[];
  /** Snapshot source id the instance came from. */
  source: string;
}

/**
 * An azurerm provider configuration: its key as a plan's `provider_config` spells it (`azurerm`,
 * `azurerm.other` for an alias, `module.aks:azurerm` for a block inside a module) and the
 * subscription it deploys into (lower case), when the configuration states it. The runner's
 * `ARM_SUBSCRIPTION_ID` or Azure CLI default is not the configuration's, and is not read.
 */
export interface ProviderConfiguration {
  key: string;
  subscriptionId?: string;
}

/** A subscription id as a provider block may state it: a GUID, lower-cased; anything else is not taken for one. */
export function subscriptionIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim()) ? value.trim().toLowerCase() : undefined;
}

/** Where a resource block is declared in a `.tf` file, and the line of each attribute path written in it (`default_node_pool[0].vnet_subnet_id`). */
export interface BlockLocation {
  file: string;
  line: number;
  lines: Record<string, number>;
  inlineWaivers?: InlineWaiver[];
}
