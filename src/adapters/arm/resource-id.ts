/**
 * Facts read off an ARM resource id. Ids are compared lower-cased: ARM treats them
 * case-insensitively and exports do not agree on casing (`resourceGroups`/`resourcegroups`).
 */

const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;
const RESOURCE_GROUP = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)/i;

export function subscriptionOf(id: string): string | undefined {
  return SUBSCRIPTION.exec(id)?.[1]?.toLowerCase();
}

/**
 * A child's or extension's id relative to its parent's (`agentPools/system`,
 * `providers/Microsoft.Insights/diagnosticSettings/audit`), for evidence on the parent; the whole
 * id when it is not under the parent.
 */
export function relativeId(parentId: string, childId: string): string {
  const prefix = parentId.length + 1;
  return childId.length > prefix && childId[parentId.length] === '/' && childId.slice(0, parentId.length).toLowerCase() === parentId.toLowerCase() ? childId.slice(prefix) : childId;
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
  const providers = lastProvidersSegment(id);
  if (providers < 0) {
    const parts = id.split('/').filter(Boolean);
    return parts.length === 2 && parts[0]?.toLowerCase() === 'subscriptions' ? 'microsoft.resources/subscriptions' : undefined;
  }
  // After `providers`: the namespace, then type/name pairs, at least one. The type is the
  // namespace and each pair's type; read in place, as splitting ids was the largest cost of
  // reading resources. Empty segments (`//`, a trailing `/`) do not count.
  let type = '';
  let segments = 0;
  for (let start = providers + 'providers'.length + 1; start < id.length; ) {
    const slash = id.indexOf('/', start);
    const end = slash < 0 ? id.length : slash;
    if (end > start) {
      if (segments === 0) type = id.slice(start, end);
      else if (segments % 2 === 1) type += `/${id.slice(start, end)}`;
      segments++;
    }
    start = end + 1;
  }
  return segments < 3 ? undefined : type.toLowerCase();
}

/** Where the last `providers` segment (any case) of an id starts; -1 when there is none. Walks the segments from the end without copying them. */
function lastProvidersSegment(id: string): number {
  for (let end = id.length; end > 0; ) {
    const start = id.lastIndexOf('/', end - 1) + 1;
    if (end - start === 9 && id.slice(start, end).toLowerCase() === 'providers') return start;
    end = start - 1;
  }
  return -1;
}

/**
 * The key of the resource that `key` (a lower-cased id) hangs off: an extension resource's target
 * (`…/managedclusters/x` for `…/managedclusters/x/providers/microsoft.insights/diagnosticsettings/d`)
 * or a child's parent (`…/managedclusters/a` for `…/managedclusters/a/agentpools/b`); undefined for
 * a top-level resource.
 */
export function parentKeyOf(key: string): string | undefined {
  const first = key.indexOf('/providers/');
  if (first < 0) return undefined;
  const last = key.lastIndexOf('/providers/');
  if (first < last) return key.slice(0, last);
  if (key.endsWith('/providers')) return undefined;
  // `providers`, namespace, type, name (three slashes) name a top-level resource; a child adds a type and a name.
  let slashes = 0;
  for (let i = key.indexOf('/', last + 1); i >= 0; i = key.indexOf('/', i + 1)) slashes++;
  return slashes > 3 ? key.slice(0, key.lastIndexOf('/', key.lastIndexOf('/') - 1)) : undefined;
}

/** Lower-cased id, the key every index over resources uses. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** The last segment of an id: the resource's own name (a child's without its parent's, `server/db` → `db`). */
export function nameOf(id: string): string {
  return id.slice(id.replace(/\/$/, '').lastIndexOf('/') + 1).replace(/\/$/, '');
}

/** The VNet a subnet id names (`…/virtualNetworks/v/subnets/s` → `…/virtualNetworks/v`); undefined for anything else. */
export function virtualNetworkOfSubnet(subnetId: string): string | undefined {
  return /^(.*\/virtualnetworks\/[^/]+)\/subnets\/[^/]+\/?$/i.exec(subnetId)?.[1];
}
