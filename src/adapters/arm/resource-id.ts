/**
 * Facts read off an ARM resource id. Ids are compared lower-cased: ARM treats them
 * case-insensitively and exports do not agree on casing (`resourceGroups`/`resourcegroups`).
 */

const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;
const RESOURCE_GROUP = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)/i;

export function subscriptionOf(id: string): string | undefined {
  return SUBSCRIPTION.exec(id)?.[1]?.toLowerCase();
}

export function resourceGroupOf(id: string): string | undefined {
  return RESOURCE_GROUP.exec(id)?.[1];
}

/**
 * The resource type an id names, lower case: `microsoft.containerservice/managedclusters/agentpools`.
 * For an extension resource (`<parent>/providers/Microsoft.Insights/diagnosticSettings/x`) it is the
 * extension's type. `/subscriptions/<id>` alone is a subscription.
 */
export function typeOfId(id: string): string | undefined {
  const parts = id.split('/').filter(Boolean);
  const lastProviders = lastProvidersSegment(parts);
  if (lastProviders < 0) {
    return parts.length === 2 && parts[0]?.toLowerCase() === 'subscriptions' ? 'microsoft.resources/subscriptions' : undefined;
  }
  const [namespace, ...rest] = parts.slice(lastProviders + 1);
  if (!namespace || rest.length < 2) return undefined;
  const types = rest.filter((_, i) => i % 2 === 0);
  return [namespace, ...types].join('/').toLowerCase();
}

/** Index of the last `providers` segment (any case) in an id split on `/`; -1 when there is none. Runs once per resource: no per-segment copies. */
export function lastProvidersSegment(parts: string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    if (part.length === 9 && part.toLowerCase() === 'providers') return i;
  }
  return -1;
}

/** The id of the resource an extension resource is attached to (`…/managedClusters/x` for its diagnostic setting). */
export function extendedResourceOf(id: string): string | undefined {
  const lower = id.toLowerCase();
  const at = lower.lastIndexOf('/providers/');
  const first = lower.indexOf('/providers/');
  return at > first && first >= 0 ? id.slice(0, at) : undefined;
}

/** Lower-cased id, the key every index over resources uses. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** The last segment of an id: the resource's own name (a child's without its parent's, `server/db` → `db`). */
export function nameOf(id: string): string {
  return id.slice(id.replace(/\/$/, '').lastIndexOf('/') + 1).replace(/\/$/, '');
}
