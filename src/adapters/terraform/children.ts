import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { Maybe } from '../../state/resource.ts';
import { asString, AttributeReader } from './attributes.ts';
import type { TfIndex } from './index-resources.ts';

/** Why a field no Terraform configuration holds (a server's running state) is unknown. */
export const NOT_IN_CONFIGURATION = 'not in a Terraform configuration';

/**
 * The instances of `type` that belong to `parent`: through a reference or ARM id in `attribute`
 * (`server_id`, or `server_name = azurerm_mysql_flexible_server.main.name`), or, for a name
 * attribute (`…_name`) written out, by the parent's name and resource group stated beside it.
 */
export function attachedTo(parent: TfResource, parentId: string, type: string, attribute: string, index: TfIndex): TfResource[] {
  const joined = index.referring(parentId, type, attribute);
  if (!attribute.endsWith('_name')) return joined;
  const { name, resource_group_name: group } = parent.values;
  const byName = index.ofType(type).filter((r) => r.references[attribute] === undefined && typeof name === 'string' && r.values[attribute] === name && r.values.resource_group_name === group);
  return [...joined, ...byName];
}

/**
 * A field of `parent`'s state read from another instance (a server's configuration resource),
 * into the parent's provenance: the source path is the instance's address and attribute, and
 * the line is kept only when both are in the same file.
 */
export function readFrom<T>(f: AttributeReader, parent: TfResource, child: TfResource, statePath: string, names: string | readonly string[], parse: (value: TfValue) => T | undefined, unset?: T): Maybe<T> {
  const c = new AttributeReader(child);
  const value = c.read(statePath, names, parse, unset);
  const { paths, unknown, defaulted, defaultNotes, conflicting, lines } = c.provenance;
  f.provenance.paths[statePath] = `${child.address}.${paths[statePath] ?? ''}`;
  const reason = unknown[statePath];
  if (reason !== undefined) f.provenance.unknown[statePath] = reason;
  if (defaulted.includes(statePath)) f.provenance.defaulted.push(statePath);
  const note = defaultNotes[statePath];
  if (note !== undefined) f.provenance.defaultNotes[statePath] = note;
  if (conflicting?.includes(statePath)) (f.provenance.conflicting ??= []).push(statePath);
  const line = lines[statePath];
  if (line !== undefined && child.file === parent.file) f.provenance.lines[statePath] = line;
  return value;
}


/**
 * The identity an optional attribute refers to (a delegated subnet, a DNS zone): the referenced
 * resource's, known before it exists; null when unset (none) or when its value is unknown.
 */
export function referencedId(r: TfResource, f: AttributeReader, index: TfIndex, statePath: string, attribute: string): Maybe<string> {
  const stated = f.read(statePath, attribute, asString, '');
  return index.ids.target(r, attribute) ?? (stated === '' ? null : stated);
}

/** An optional block left out (`[]`, null or absent): the resource has none. An unknown block is not absent. */
export function blockAbsent(f: AttributeReader, name: string): boolean {
  const block = f.raw(name);
  return block === undefined || block === null || (Array.isArray(block) && block.length === 0);
}
