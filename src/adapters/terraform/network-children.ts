import { Unknown, type TfResource, type TfValue } from '../../collectors/terraform/model.ts';
import type { NamedRef } from '../../state/network.ts';
import type { Maybe } from '../../state/resource.ts';
import { virtualNetworkRef } from '../arm/private-link.ts';
import { nameOf } from '../arm/resource-id.ts';
import { isBlock, type AttributeReader } from './attributes.ts';
import { attachedTo } from './children.ts';
import type { TfIndex } from './index-resources.ts';

/**
 * Network resources carry their sub-resources (subnets, security rules, routes) inline and as
 * separate resources (`azurerm_subnet`, `azurerm_network_security_rule`, `azurerm_route`), and
 * a configuration holds every one it manages, so together they are the whole list.
 *
 * An inline list that is unknown is the Optional + Computed attribute azurerm fills from the
 * separate resources (v3 `security_rule` and `route`, every major's `subnet`): the provider
 * forbids mixing both forms, so with separate resources present they are the list; with none,
 * what the attribute will hold cannot be told.
 */
export function mergeChildren<T extends { name: string }>(
  parent: TfResource,
  f: AttributeReader,
  index: TfIndex,
  inlineKey: string,
  separate: { type: string; via: string },
  fromInline: (block: Record<string, TfValue>, i: number) => T,
  fromSeparate: (r: TfResource) => T,
): Maybe<T[]> {
  const inline = f.raw(inlineKey);
  const children = attachedTo(parent, index.ids.idOf(parent), separate.type, separate.via, index);
  const byName = new Map<string, T>();
  if (inline instanceof Unknown && children.length === 0) {
    f.provenance.unknown[inlineKey] = inline.reason;
    return null;
  }
  if (Array.isArray(inline)) {
    for (const [i, block] of inline.entries()) {
      if (!isBlock(block)) return null;
      const item = fromInline(block, i);
      byName.set(item.name.toLowerCase(), item);
    }
  }
  for (const child of children) {
    const item = fromSeparate(child);
    byName.set(item.name.toLowerCase(), item);
  }
  return [...byName.values()];
}

/** A string attribute of a block; `""` (what azurerm writes for an unset optional string) and unknown are null. */
export function text(block: Record<string, TfValue>, key: string): string | null {
  const value = block[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A singular attribute and its plural form together (`source_address_prefix` +
 * `source_address_prefixes`): azurerm writes `""` and `[]` for the one not used. Null when
 * either is unknown.
 */
export function singularAndPlural(block: Record<string, TfValue>, singular: string, plural: string): Maybe<string[]> {
  const one = block[singular];
  const many = block[plural];
  if (one instanceof Unknown || many instanceof Unknown) return null;
  const list = many === undefined || many === null ? [] : Array.isArray(many) && many.every((e) => typeof e === 'string') ? (many as string[]) : null;
  if (list === null) return null;
  return [...(typeof one === 'string' && one !== '' ? [one] : []), ...list];
}

/**
 * The resource an attribute refers to, named for people: the referenced instance's identity
 * and `name`, or an ARM id written out with its last segment; null when it refers to neither.
 */
export function namedTarget(r: TfResource, attribute: string, index: TfIndex): NamedRef | null {
  const address = r.references[attribute];
  const referenced = address === undefined ? undefined : index.ids.resolve(address);
  if (referenced) {
    const name = referenced.values.name;
    return { id: index.ids.idOf(referenced), name: typeof name === 'string' ? name : referenced.address };
  }
  const id = index.ids.target(r, attribute);
  return id === null ? null : { id, name: nameOf(id) };
}

/** The VNet of a subnet identity: the one the configuration places it in, else the one an ARM id names. */
export function vnetOfSubnet(subnetId: string, placed: ReadonlyMap<string, NamedRef>): NamedRef | null {
  return placed.get(subnetId.toLowerCase()) ?? virtualNetworkRef(subnetId);
}

/**
 * The identities the instances of an association type (`azurerm_subnet_network_security_group_association`)
 * pair with `targetId` through `from`, read at `to` (`subnet_id`); null when one cannot be resolved.
 */
export function associated(targetId: string, type: string, from: string, to: string, index: TfIndex): Maybe<string[]> {
  const ids: string[] = [];
  for (const association of index.referring(targetId, type, from)) {
    const id = index.ids.target(association, to);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}
