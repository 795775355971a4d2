import { InputError } from '../../engine/errors.ts';
import { bodyShapeOf } from './body-shapes.ts';
import { childPointer } from './json-pointer.ts';
import { isObject, type JsonObject } from '../../lib/json.ts';
import { getCI, Node } from './properties.ts';
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
  /**
   * Lower case; null only for a role assignment made at a management group, which no subscription
   * holds: `az role assignment list --all` and the REST list with `$filter=atScope()` return those
   * inherited from above the subscription asked for.
   */
  subscriptionId: string | null;
  resourceGroup: string | null;
  location: string | null;
  tags: Record<string, string>;
  node: Node;
  /**
   * The properties bag. az CLI prints some resources flattened (`az aks show`), and Resource
   * Graph projections select properties as columns: then the root object holds them.
   */
  properties: Node | undefined;
  /**
   * A body as ARM returns it for a deployed resource: ARM omits properties that are not set,
   * so an absent property takes the API's documented default. False for fragments (`az
   * resource list` rows with `properties: null`, projections), where absent means unknown.
   */
  complete: boolean;
  apiVersion: string | null;
  /** The resource this one was nested under in the input, if any. */
  parentId: string | null;
  /** The input carried this resource's child resources (a nested `resources` array). */
  childrenIncluded: boolean;
  /**
   * A live scan listed the region-level resources that pair this one (SQL instance failover
   * groups live under `locations/<region>`, not under the instance) for its resource group and
   * region: none naming it means there is none. An export's nested children cannot say so.
   */
  regionalGroupsRead?: boolean;
}

/** A resource some subscription holds: every one but a role assignment at a management group. */
export type LocatedArmResource = ArmResource & { subscriptionId: string };

export function located(r: ArmResource): r is LocatedArmResource {
  return r.subscriptionId !== null;
}

export interface CollectedResources {
  resources: ArmResource[];
  /** Objects in a resource position that carry no usable ARM id (role assignments in exports, template fragments). */
  withoutId: number;
  /**
   * Why the input is one page of a longer answer (a list response's `nextLink`, a Resource Graph
   * skip token or truncation), null when it is whole. What the other pages hold was not read.
   */
  morePages: string | null;
}

interface Collector extends CollectedResources {
  source: string;
}

/** Child resources nest a few levels in real exports; far deeper is a hostile or broken input, refused before the stack runs out. */
const MAX_NESTING = 32;
/**
 * ARM names are at most a few hundred characters and an id a few of them: far longer is a broken or
 * hostile input, refused here because every finding on the resource repeats its id and name.
 */
const MAX_ID_LENGTH = 8192;
/** The one kind of resource kept without a subscription: a role assignment made at a management group. */
const MANAGEMENT_GROUP_ASSIGNMENT = /^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/i;

export function collectArmResources(document: unknown, file: string, source: string): CollectedResources {
  const out: Collector = { resources: [], withoutId: 0, morePages: null, source };
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
  const notResources = notDeployedResources(obj);
  if (notResources) throw new InputError(file, undefined, notResources);
  const value = getCI(obj, 'value');
  if (Array.isArray(value) && !looksLikeResource(obj)) {
    if (typeof getCI(obj, 'nextLink') === 'string') out.morePages = 'it has a nextLink';
    const valuePointer = childPointer(pointer, 'value');
    value.forEach((item, i) => visit(item, childPointer(valuePointer, i), file, null, out));
    return;
  }
  const data = getCI(obj, 'data');
  if (data !== undefined && !looksLikeResource(obj)) {
    out.morePages = resourceGraphPaging(obj);
    visitResourceGraphData(data, childPointer(pointer, 'data'), file, out);
    return;
  }
  const created = createOutputKey(obj);
  if (created !== undefined) {
    visit(obj[created], childPointer(pointer, created), file, null, out);
    return;
  }
  if (!looksLikeResource(obj) && getCI(obj, 'resources') === undefined) {
    throw new InputError(file, pointer || '/', 'not an ARM resource, list response ({ "value": [...] }) or Resource Graph result ({ "data": [...] })');
  }
  visit(obj, pointer, file, null, out);
}

/**
 * Documents that hold `resources` but not deployed ARM resources, which would otherwise read as
 * resources without ids: what they describe is what someone meant to deploy, not what runs.
 */
function notDeployedResources(obj: JsonObject): string | undefined {
  const schema = getCI(obj, '$schema');
  if (typeof schema === 'string' && /deploymentTemplate|deploymentParameters/i.test(schema)) {
    return 'an ARM deployment template (its $schema says so), not deployed resources: export them with az resource show, az aks show or Resource Graph';
  }
  if (getCI(obj, 'terraform_version') !== undefined) return 'a Terraform state file, not ARM resources';
  return undefined;
}

/**
 * Why a Resource Graph result is one page of more: the REST API's `$skipToken` and `resultTruncated`
 * (`"true"`, a string), az graph query's `skip_token` and `total_records`, or fewer rows than the total.
 */
function resourceGraphPaging(result: JsonObject): string | null {
  for (const key of ['$skipToken', 'skipToken', 'skip_token']) if (typeof getCI(result, key) === 'string') return `it has a ${key}`;
  const truncated = getCI(result, 'resultTruncated');
  if (truncated === true || (typeof truncated === 'string' && truncated.toLowerCase() === 'true')) return 'resultTruncated is true';
  const count = getCI(result, 'count');
  const total = getCI(result, 'totalRecords') ?? getCI(result, 'total_records');
  if (typeof count === 'number' && typeof total === 'number' && count < total) return `it holds ${count} of ${total} records`;
  return null;
}

/**
 * az CLI commands that create through a deployment print the resource under a key:
 * `az network vnet create` → `{ "newVNet": {...} }`, `az network nsg create` → `{ "NewNSG": {...} }`.
 */
const CREATE_OUTPUT_KEYS = new Set(['newvnet', 'newnsg', 'newnic', 'publicip', 'loadbalancer', 'applicationgateway', 'vnetgateway']);

/** The key of a create command's output wrapper, spelled as the object spells it; undefined for anything else. */
function createOutputKey(obj: JsonObject): string | undefined {
  const keys = Object.keys(obj);
  const key = keys[0];
  return keys.length === 1 && key !== undefined && CREATE_OUTPUT_KEYS.has(key.toLowerCase()) && isObject(obj[key]) ? key : undefined;
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
  // Conflicting spellings of an id or type (null) name no resource: the object is skipped as id-less.
  const rawId = node.string('resourceId') ?? node.string('id') ?? undefined;
  const declaredType = node.string('extensionResourceType') ?? node.string('resourceType') ?? node.string('type') ?? undefined;
  const id = normalizeId(rawId, declaredType, node) ?? nestedChildId(parent, declaredType, node);
  if (!id) return undefined;
  const type = (typeOfId(id) ?? declaredType ?? '').toLowerCase();
  if (!type) return undefined;
  const subscriptionId = subscriptionOf(id) ?? null;
  if (!subscriptionId && !MANAGEMENT_GROUP_ASSIGNMENT.test(id)) return undefined;

  const { properties, complete } = bodyShapeOf(node, type);
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
    complete,
    apiVersion: node.string('apiVersion') ?? null,
    parentId: parent?.id ?? null,
    childrenIncluded,
  };
}

/**
 * A full ARM id for the object. PowerShell's subscription objects carry the bare GUID as
 * `Id`; everything else needs a `/subscriptions/...` path, but for role assignments at a management group.
 */
function normalizeId(rawId: string | undefined, declaredType: string | undefined, node: Node): string | undefined {
  if (rawId?.startsWith('/subscriptions/') || (rawId && MANAGEMENT_GROUP_ASSIGNMENT.test(rawId))) return rawId;
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
