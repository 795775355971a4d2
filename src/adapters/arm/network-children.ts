import type { Maybe } from '../../state/resource.ts';
import type { Association } from '../../state/network.ts';
import type { ArmResource } from './collect-resources.ts';
import type { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import type { Node } from './properties.ts';
import { idKey } from './resource-id.ts';

/**
 * Network resources carry their sub-resources (subnets, security rules, routes, peerings)
 * both inline in the body and as separate child resources (`az network vnet subnet list`,
 * PowerShell exports with nested `resources`). Both are merged by name; a separate resource
 * is a fuller read of the same item, so it wins.
 *
 * Known when the body is complete (ARM omits empty arrays, and a body omitting the array
 * has none), when the array is stated, or when the input carried the resource's children;
 * null otherwise.
 */
export function mergeChildren<T extends { name: string }>(
  r: ArmResource,
  index: ArmIndex,
  inlineKey: string,
  childType: string,
  fromInline: (node: Node, i: number) => T,
  fromChild: (child: ArmResource) => T,
): Maybe<T[]> {
  const inline = propsOf(r).children(inlineKey);
  const children = index.attachedTo(r.id, childType);
  if (!inline && children.length === 0 && !r.complete && !index.includesChildrenOf(r.id)) return null;
  const byName = new Map<string, T>();
  inline?.forEach((node, i) => {
    const item = fromInline(node, i);
    byName.set(item.name.toLowerCase(), item);
  });
  for (const child of children) {
    const item = fromChild(child);
    byName.set(item.name.toLowerCase(), item);
  }
  return [...byName.values()];
}

/** The properties bag; az CLI's network commands print it flattened onto the resource. */
export function propsOf(r: ArmResource): Node {
  return r.properties ?? r.node;
}

/** An inline sub-resource's properties: nested in REST bodies, flattened by az CLI. */
export function itemProps(node: Node): Node {
  return node.child('properties') ?? node;
}

/** The last segment of a child resource's name (`vnet/subnet` in PowerShell exports → `subnet`). */
export function childName(child: ArmResource): string {
  return child.name.slice(child.name.lastIndexOf('/') + 1);
}

/**
 * Where a separate child resource sits, for evidence on its parent: its id relative to the
 * parent's (`securityRules/allow-ssh`), or the whole id when it is not under the parent.
 */
export function childAt(parent: ArmResource, child: ArmResource): string {
  const prefix = parent.id.length + 1;
  const under = child.id.length > prefix && child.id[parent.id.length] === '/' && idKey(child.id.slice(0, parent.id.length)) === idKey(parent.id);
  return under ? child.id.slice(prefix) : child.id;
}

/**
 * `{ id }` reference (`networkSecurityGroup`, `routeTable`, `natGateway`): its id; false when
 * the source states it as null (az CLI prints unset references so) or, in a complete body,
 * omits it (ARM omits unset references); null when the source did not say.
 */
export function association(n: Node, key: string, f: FieldReader, statePath: string): Association {
  const ref = n.child(key);
  if (ref) return ref.string('id') ?? false;
  if (n.has(key)) return false;
  return f.read<string | false>(statePath, undefined, false);
}

/** Ids of an array of `{ id }` references (`subnets`, `networkInterfaces`, `publicIpAddresses`). */
export function referenceIds(n: Node | undefined, key: string, f: FieldReader, statePath: string): Maybe<string[]> {
  const refs = n?.children(key);
  return f.read(statePath, refs?.flatMap((ref) => ref.string('id') ?? []), [] as string[]);
}

/** A singular property and its plural form together (`sourceAddressPrefix` + `sourceAddressPrefixes`); null when neither is stated. */
export function singularAndPlural(n: Node, singular: string, plural: string): Maybe<string[]> {
  const one = n.string(singular);
  const many = n.strings(plural);
  if (one === undefined && many === undefined) return null;
  // Conflicting spellings of either (null) leave the list unknown.
  if (one === null || many === null) return null;
  return [...(one === undefined || one === '' ? [] : [one]), ...(many ?? [])];
}
