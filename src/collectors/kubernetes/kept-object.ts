import type { KubernetesKind } from '../../state/kubernetes.ts';
import { API_RESOURCES } from './api-resources.ts';

/** kubectl's record of the last applied manifest: on a Secret it holds the secret's data. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

interface ListedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { managedFields?: unknown; annotations?: Record<string, string> } & Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * A listed object as the state keeps it: `apiVersion` and `kind` filled in as kubectl does
 * (list items omit them), `managedFields` dropped (bookkeeping no rule reads, and the largest
 * part of many objects). A Secret keeps its metadata only, whatever the server sent, and
 * loses the last-applied annotation, which repeats its data.
 */
export function keptObject(kind: KubernetesKind, item: unknown): unknown {
  // The item was just parsed from the response and belongs to no one else: trimmed in place.
  const object = item as ListedObject;
  const { apiVersion, kind: kindName } = API_RESOURCES[kind];
  const metadata = object.metadata;
  if (metadata) delete metadata.managedFields;
  if (kind === 'secrets') {
    if (metadata?.annotations && LAST_APPLIED in metadata.annotations) delete metadata.annotations[LAST_APPLIED];
    return metadata ? { apiVersion, kind: kindName, metadata } : { apiVersion, kind: kindName };
  }
  object.apiVersion ??= apiVersion;
  object.kind ??= kindName;
  return object;
}
