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
}

/**
 * A tag's value in a saved snapshot: a tag can hold a connection string or a token, and a
 * snapshot travels further than a scan, so only tag names are written.
 */
export const TAG_VALUE_NOT_KEPT = '<tag value, not kept in snapshots>';

export interface ResourceBase {
  /** Full ARM resource id, as the source spelled it. */
  id: string;
  name: string;
  /** ARM type, lower case (`microsoft.containerservice/managedclusters`). */
  type: string;
  subscriptionId: string;
  resourceGroup: Maybe<string>;
  location: Maybe<string>;
  /** Tag names and values; a saved snapshot keeps the names only, each value being `TAG_VALUE_NOT_KEPT`. */
  tags: Record<string, string>;
  origin: Origin;
  /**
   * State paths (dot-separated) whose value is the API's documented default because the
   * source, a complete ARM body, omitted the property. Evidence names them as "not set".
   */
  defaulted: string[];
}

/** The part of a resource a finding names. */
export interface ResourceRef {
  id: string;
  name: string;
  type: string;
  subscriptionId: string;
  resourceGroup?: string | null;
}

/** One shared ref per resource: a resource gets a finding from every rule, and large estates have hundreds of thousands. */
const REFS = new WeakMap<ResourceBase, ResourceRef>();

export function refOf(resource: ResourceBase): ResourceRef {
  let ref = REFS.get(resource);
  if (!ref) {
    const { id, name, type, subscriptionId, resourceGroup } = resource;
    ref = { id, name, type, subscriptionId, resourceGroup };
    REFS.set(resource, ref);
  }
  return ref;
}
