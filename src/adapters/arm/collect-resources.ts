import { InputError } from '../../engine/errors.ts';
import { childPointer } from './json-pointer.ts';
import { getCI, isObject, Node, type JsonObject } from './properties.ts';
import { resourceGroupOf, subscriptionOf, typeOfId } from './resource-id.ts';

/**
 * One ARM resource found in an input, whatever shape held it: a single resource
 * (`az resource show`), an array, a list response (`{ value, nextLink }`), Azure Resource
 * Graph output (`{ data: [...] }` or `{ data: { columns, rows } }`), or an Azure PowerShell
 * / PSRule export where child and extension resources are nested in `resources`.
 */
export interface ArmResource {
  /** Id of the snapshot source (file or live read) it came from. */
  source: string;
  id: string;
  /** Lower case. */
  type: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string | null;
  location: string | null;
  tags: Record<string, string>;
  node: Node;
  /**
   * The properties bag. az CLI prints some resources flattened (`az aks show`): then the
   * root object itself holds the properties.
   */
  properties: Node | undefined;
  /**
   * A body as ARM returns it for a deployed resource: ARM omits properties that are not set,
   * so an absent property takes the API's documented default. False for fragments and
   * template-like objects, where absent means unknown.
   */
  complete: boolean;
  apiVersion: string | null;
  /** The resource this one was nested under in the input, if any. */
  parentId: string | null;
  /** The input carried this resource's child resources (a nested `resources` array). */
  childrenIncluded: boolean;
}

export interface CollectedResources {
  resources: ArmResource[];
  /** Objects in a resource position that carry no usable ARM id (role assignments in exports, template fragments). */
  withoutId: number;
  /**
   * The input is one page of a longer answer: a list response with a `nextLink` or a Resource
   * Graph result with a `$skipToken`. What the other pages hold was not read.
   */
  morePages: boolean;
}

interface Collector extends CollectedResources {
  source: string;
}

/** Keys that only a flattened az CLI body has at its root; a REST body keeps them in `properties`. */
const FLATTENED_MARKERS = ['provisioningState', 'kubernetesVersion', 'agentPoolProfiles', 'networkProfile'];

/** Child resources nest a few levels in real exports; far deeper is a hostile or broken input, refused before the stack runs out. */
const MAX_NESTING = 32;
/**
 * ARM names are at most a few hundred characters and an id a few of them: far longer is a broken or
 * hostile input, refused here because every finding on the resource repeats its id and name.
 */
const MAX_ID_LENGTH = 8192;

export function collectArmResources(document: unknown, file: string, source: string): CollectedResources {
  const out: Collector = { resources: [], withoutId: 0, morePages: false, source };
  if (Array.isArray(document)) {
    document.forEach((item, i) => visit(item, childPointer('', i), file, null, out));
  } else if (isObject(document)) {
    visitContainer(document, '', file, out);
  } else {
    throw new InputError(file, undefined, `expected ARM resources (a resource, an array, a list response or a Resource Graph result), got ${document === null ? 'null' : typeof document}`);
  }
  return out;
}

/** The top-level object: a resource, or one of the known wrappers around resources. */
function visitContainer(obj: JsonObject, pointer: string, file: string, out: Collector): void {
  const value = getCI(obj, 'value');
  if (Array.isArray(value) && !looksLikeResource(obj)) {
    out.morePages = typeof getCI(obj, 'nextLink') === 'string';
    const valuePointer = childPointer(pointer, 'value');
    value.forEach((item, i) => visit(item, childPointer(valuePointer, i), file, null, out));
    return;
  }
  const data = getCI(obj, 'data');
  if (data !== undefined && !looksLikeResource(obj)) {
    out.morePages = typeof getCI(obj, '$skipToken') === 'string';
    visitResourceGraphData(data, childPointer(pointer, 'data'), file, out);
    return;
  }
  if (!looksLikeResource(obj) && getCI(obj, 'resources') === undefined) {
    throw new InputError(file, pointer || '/', 'not an ARM resource, list response ({ "value": [...] }) or Resource Graph result ({ "data": [...] })');
  }
  visit(obj, pointer, file, null, out);
}

function visitResourceGraphData(data: unknown, pointer: string, file: string, out: Collector): void {
  if (Array.isArray(data)) {
    data.forEach((row, i) => visit(row, childPointer(pointer, i), file, null, out));
    return;
  }
  // `resultFormat: table`: column names and positional rows.
  if (isObject(data) && Array.isArray(data.columns) && Array.isArray(data.rows)) {
    const names = data.columns.map((c, i) => (isObject(c) && typeof c.name === 'string' ? c.name : `column${i}`));
    data.rows.forEach((row, i) => {
      if (!Array.isArray(row)) throw new InputError(file, childPointer(childPointer(pointer, 'rows'), i), 'expected a row array');
      visit(Object.fromEntries(names.map((n, j) => [n, row[j]])), childPointer(childPointer(pointer, 'rows'), i), file, null, out);
    });
    return;
  }
  throw new InputError(file, pointer, 'expected Resource Graph rows (an array, or { columns, rows })');
}

function visit(item: unknown, pointer: string, file: string, parent: ArmResource | null, out: Collector, depth = 0): void {
  if (depth > MAX_NESTING) throw new InputError(file, pointer, `child resources nested more than ${MAX_NESTING} levels deep`);
  if (!isObject(item)) throw new InputError(file, pointer, `expected a resource object, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`);
  const node = new Node(item, file, pointer);
  const nestedKey = node.spelling('resources') ?? 'resources';
  const nested = item[nestedKey];
  const resource = toResource(node, Array.isArray(nested), parent, out.source);
  if (resource) {
    const long = resource.id.length > MAX_ID_LENGTH ? ['id', resource.id.length] : resource.name.length > MAX_ID_LENGTH ? ['name', resource.name.length] : undefined;
    if (long) throw new InputError(file, pointer, `the resource ${long[0]} is ${long[1]!.toLocaleString('en-US')} characters long; ARM ids and names longer than ${MAX_ID_LENGTH} are refused`);
    out.resources.push(resource);
  }
  else out.withoutId++;
  if (nested === undefined || nested === null) return;
  if (!Array.isArray(nested)) throw new InputError(file, childPointer(pointer, 'resources'), 'expected an array of child resources');
  const nestedPointer = childPointer(pointer, nestedKey);
  nested.forEach((child, i) => visit(child, childPointer(nestedPointer, i), file, resource ?? parent, out, depth + 1));
}

function looksLikeResource(obj: JsonObject): boolean {
  return typeof (getCI(obj, 'id') ?? getCI(obj, 'resourceId')) === 'string';
}

function toResource(node: Node, childrenIncluded: boolean, parent: ArmResource | null, source: string): ArmResource | undefined {
  const rawId = node.string('resourceId') ?? node.string('id');
  const declaredType = node.string('extensionResourceType') ?? node.string('resourceType') ?? node.string('type');
  const id = normalizeId(rawId, declaredType, node) ?? nestedChildId(parent, declaredType, node);
  if (!id) return undefined;
  const subscriptionId = subscriptionOf(id);
  if (!subscriptionId) return undefined;
  const type = (typeOfId(id) ?? declaredType ?? '').toLowerCase();
  if (!type) return undefined;

  const bag = node.child('properties');
  const flattened = !bag && FLATTENED_MARKERS.some((k) => node.has(k));
  const properties = bag ?? (flattened ? node : undefined);
  return {
    source,
    id,
    type,
    name: node.string('resourceName') ?? node.string('name') ?? id.slice(id.lastIndexOf('/') + 1),
    subscriptionId,
    resourceGroup: resourceGroupOf(id) ?? node.string('resourceGroupName') ?? node.string('resourceGroup') ?? null,
    location: node.string('location') ?? null,
    tags: tagsOf(node),
    node,
    properties,
    complete: properties !== undefined,
    apiVersion: node.string('apiVersion') ?? null,
    parentId: parent?.id ?? null,
    childrenIncluded,
  };
}

/**
 * A full ARM id for the object. PowerShell's subscription objects carry the bare GUID as
 * `Id`; everything else needs a `/subscriptions/...` path.
 */
function normalizeId(rawId: string | undefined, declaredType: string | undefined, node: Node): string | undefined {
  if (rawId?.startsWith('/subscriptions/')) return rawId;
  const isSubscription = declaredType?.toLowerCase() === 'microsoft.subscription' || declaredType?.toLowerCase() === 'microsoft.resources/subscriptions';
  const guid = isSubscription ? (node.string('subscriptionId') ?? rawId) : undefined;
  return guid ? `/subscriptions/${guid}` : undefined;
}

/**
 * PowerShell / PSRule exports nest child resources (firewall rules, administrators) without an
 * id. Their parent's `resources` array marks its children as included, so dropping them would
 * read as "the server has none": the id is rebuilt from the parent's id, the child type and the name.
 */
function nestedChildId(parent: ArmResource | null, declaredType: string | undefined, node: Node): string | undefined {
  const name = node.string('resourceName') ?? node.string('name');
  if (!parent || !declaredType || !name) return undefined;
  const prefix = `${parent.type}/`;
  const childType = declaredType.slice(prefix.length);
  if (declaredType.toLowerCase().slice(0, prefix.length) !== prefix || !childType || childType.includes('/')) return undefined;
  return `${parent.id}/${childType}/${name}`;
}

function tagsOf(node: Node): Record<string, string> {
  const tags = node.raw('tags');
  return isObject(tags) ? (node.stringMap('tags') ?? {}) : {};
}
