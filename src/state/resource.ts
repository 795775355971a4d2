import type { InlineWaiver } from './inline-waiver.ts';
import type { Provenance } from './provenance.ts';

/**
 * What every resource in the normalized state carries: its identity, where it was read
 * from, and which of its fields took the API's documented default because the source
 * omitted them.
 *
 * A field whose value is `null` is *unknown*: the source did not say. Rules answer
 * `unknown` on it, never pass or fail.
 */

/** `T` when the source said it (or the API default applies), `null` when it is unknown. */
export type Maybe<T> = T | null;

/** Where a resource came from: a file and a JSON pointer into it, or a live read. */
export interface Origin {
  /** Source id from `snapshot.sources[]`. */
  source: string;
  /** The file, relative to the working directory, when read from disk. */
  file?: string;
  /** RFC 6901 pointer to the resource object in that file. */
  pointer?: string;
  /** 1-based line of the resource object in that file, when known. */
  line?: number;
  /** The Terraform address (with module path) the resource was declared at, before apply. */
  address?: string;
  /**
   * The Terraform provider configuration that deploys the resource (`azurerm`, `azurerm.west`):
   * with the source, it keeps apart resources whose subscription is not known (see `subscriptionScope`).
   */
  provider?: string;
}

/**
 * A tag's value in a saved snapshot: a tag can hold a connection string or a token, and a
 * snapshot travels further than a scan, so only tag names are written.
 */
export const TAG_VALUE_NOT_KEPT = '<tag value, not kept in snapshots>';

export interface ResourceBase {
  /**
   * Source-neutral identity: the ARM id where there is one (as the source spelled it), the
   * Terraform address before apply (`module.aks.azurerm_kubernetes_cluster.main`). References
   * between resources (a pool's subnet) hold the target's identity, resolved by the adapter.
   */
  id: string;
  name: string;
  /** Resource kind in Azure's terms, lower case (`microsoft.containerservice/managedclusters`), whatever the source. */
  type: string;
  /** Null before apply when the source does not say (a Terraform configuration). */
  subscriptionId: Maybe<string>;
  resourceGroup: Maybe<string>;
  location: Maybe<string>;
  /** Tag names and values; a saved snapshot keeps the names only, each value being `TAG_VALUE_NOT_KEPT`. */
  tags: Record<string, string>;
  origin: Origin;
  /** Where each field came from in the source, and which are defaults or unknown. */
  provenance: Provenance;
  /** The resource this one is part of (a pool's cluster, a database's server): reports group by it. */
  parent?: ResourceRef;
  /** Why AKS, not the user, owns it (`managed by AKS: label kubernetes.azure.com/managedby=aks`); see `managed-by.ts`. */
  managedBy?: string;
  /** Waivers written on it where its code lives (Terraform comments, Kubernetes annotations). */
  inlineWaivers?: InlineWaiver[];
}

/** The part of a resource a finding names. */
export interface ResourceRef {
  id: string;
  name: string;
  type: string;
  subscriptionId: Maybe<string>;
  resourceGroup?: string | null;
  parent?: ResourceRef;
  /** Why AKS owns the resource, when it does: its findings may be set apart (config `managedComponents`). */
  managedBy?: string;
}

/** One shared ref per resource: a resource gets a finding from every rule, and large estates have hundreds of thousands. */
const REFS = new WeakMap<ResourceBase, ResourceRef>();

export function refOf(resource: ResourceBase): ResourceRef {
  let ref = REFS.get(resource);
  if (!ref) {
    const { id, name, type, subscriptionId, resourceGroup, parent, managedBy } = resource;
    ref = { id, name, type, subscriptionId, resourceGroup };
    if (parent) ref.parent = parent;
    if (managedBy !== undefined) ref.managedBy = managedBy;
    REFS.set(resource, ref);
  }
  return ref;
}

/**
 * What tells one subscription's resources from another's: the subscription id, lower case; where
 * it is not known (a Terraform configuration that does not state its provider's), the source and
 * provider configuration that deploy the resource, so two such configurations are never taken for
 * one subscription, and the resources of one are.
 */
export function subscriptionScope(resource: { subscriptionId: Maybe<string>; origin: Origin }): string {
  const { subscriptionId, origin } = resource;
  return subscriptionId ? subscriptionId.toLowerCase() : `${origin.source} ${origin.provider ?? ''}`;
}
