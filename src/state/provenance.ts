/**
 * Where each field of a resource came from in its source, recorded by the adapter that read
 * it, so that rules speak state paths (`apiServer.privateCluster`) and never a source's own
 * (`properties.apiServerAccessProfile.enablePrivateCluster`, `private_cluster_enabled`).
 *
 * A state path is dotted (`network.policy`); a field of a map-valued state field adds the
 * key as one more segment (`addons.azurepolicy.enabled`).
 */
export interface Provenance {
  /**
   * Source path of each state path, relative to `at`. Adapters hand every resource of one
   * kind the same table (a module constant), so large estates pay for it once. A state path
   * not in the table takes its longest listed prefix and appends the rest as it is.
   */
  paths: Readonly<Record<string, string>>;
  /** Prefix of every source path: where the resource sits inside the body it was read from (`properties.agentPoolProfiles[0]`), empty when it is the body. */
  at?: string;
  /** State paths whose value is the documented default because the source, a complete body, omitted them. */
  defaulted: string[];
  /**
   * Whose default a defaulted field holds, as its evidence notes it, by state path, when it is
   * not the API's: a Terraform provider's (`not set in the configuration; this is the provider
   * default`). Absent, the note says the API default.
   */
  defaultNotes?: Record<string, string>;
  /** Why a field is unknown, beyond "not stated" (`known only after apply`, `sensitive`, `not evaluated: calls lookup()`), by state path. */
  unknown?: Record<string, string>;
  /** State paths the source spelled twice with different values: unknown, never the more protective reading. */
  conflicting?: string[];
  /** 1-based line of a field's attribute in `origin.file`, by state path, when the source has lines. */
  lines?: Record<string, number>;
}

/** How a field's value came to be. */
export type FieldState = 'stated' | 'default' | 'unknown' | 'conflicting';

/** A provenance with nothing recorded: resources the engine makes up (a subscription's envelope). */
export function noProvenance(): Provenance {
  return { paths: {}, defaulted: [] };
}

/** The entry of `record` for `statePath` or its longest prefix, with the unmatched rest of the path. */
export function lookup<T>(record: Readonly<Record<string, T>> | undefined, statePath: string): { value: T; rest: string } | undefined {
  if (!record) return undefined;
  let key = statePath;
  for (;;) {
    if (Object.hasOwn(record, key)) return { value: record[key] as T, rest: statePath.slice(key.length) };
    const dot = key.lastIndexOf('.');
    if (dot < 0) return undefined;
    key = key.slice(0, dot);
  }
}
