import type { State } from './state.ts';

/**
 * 3: resources carry `provenance` (where each field came from) instead of `defaulted`, and may name a `parent`.
 * 4: the state holds SQL managed instances, virtual machines, monitoring, Flux configurations, role
 * assignments and managed identities, and storage accounts and pools the settings their rules read:
 * a version 3 snapshot lacks them, so it is refused by version rather than judged as if they were absent.
 */
export const SNAPSHOT_SCHEMA_VERSION = 4;

/** How far a source could be read. `failed` and `partial` carry a stable code and a reason. */
export type SourceStatusValue = 'ok' | 'partial' | 'failed';

/** One place the scan read from: a file, a subscription, a cluster's API server, a Terraform plan or configuration. */
export interface Source {
  id: string;
  kind: 'file' | 'azure' | 'kubernetes' | 'terraform';
  /** What was read: a path, a subscription id, a kube context. */
  target: string;
  status: SourceStatusValue;
  /** Stable error code when not ok (`forbidden`, `throttled`, `timeout`, `not-found`, ...). */
  code?: string;
  message?: string;
  /** Resources adapted from this source. */
  resources: number;
  /** Kinds this source did not give (Kubernetes: absent from the files, or refused by the API), with why; rules needing them answer unknown. */
  unread?: SourceUnread[];
}

export interface SourceUnread {
  kind: string;
  /** `absent`, `forbidden`, `not-found`, `timeout`, `error`. */
  code: string;
  reason: string;
}

/** Resource types the input held that no adapter reads: counted and listed, never errors. */
export interface UnrecognizedType {
  type: string;
  count: number;
}

/** Everything one scan saw: written by `--save-snapshot`, evaluated later by `--snapshot`. */
export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  createdAt: string;
  sources: Source[];
  unrecognized: UnrecognizedType[];
  state: State;
}
