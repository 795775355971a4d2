import type { TfResource } from '../../collectors/terraform/model.ts';
import type { SqlFailoverGroup } from '../../state/sql.ts';
import { valueAt, type AttributeReader } from './attributes.ts';
import { text } from './database-server.ts';
import type { TfIndex } from './index-resources.ts';

/** One member of a failover group: the attribute naming it, and the computed attribute a plan holds its region in. */
export interface FailoverGroupEnd {
  attribute: string;
  location?: string;
}

export interface FailoverGroupKind {
  /** `azurerm_mssql_failover_group`, `azurerm_mssql_managed_instance_failover_group`. */
  type: string;
  /** The resource type its members are (`azurerm_mssql_server`), whose `location` gives a member's region. */
  memberType: string;
  ends(group: TfResource): FailoverGroupEnd[];
}

/**
 * The failover groups naming the server or instance `ownId` at either end, each with its other
 * members and their regions: the member's `location` in the configuration, else the region a
 * plan computed for it. A configuration holds the groups it manages, so none is an empty list.
 */
export function failoverGroupsOf(ownId: string, index: TfIndex, f: AttributeReader, kind: FailoverGroupKind): SqlFailoverGroup[] {
  const own = ownId.toLowerCase();
  const groups = [...new Set(index.referring(ownId, kind.type))];
  return groups.map((group, i) => {
    f.provenance.paths[`failoverGroups.${i}`] = group.address;
    const ends = kind.ends(group).map((end) => ({ end, id: index.ids.target(group, end.attribute) ?? text(valueAt(group.values, end.attribute)) ?? null }));
    const partners = ends.filter(({ id }) => id?.toLowerCase() !== own).map(({ end, id }) => ({ id, location: (id && locationInConfiguration(id, index, kind.memberType)) ?? (end.location ? text(valueAt(group.values, end.location)) : undefined) ?? null }));
    return { name: text(group.values.name) ?? group.address, partners };
  });
}

function locationInConfiguration(id: string, index: TfIndex, memberType: string): string | null {
  const member = index.ofType(memberType).find((r) => index.ids.idOf(r).toLowerCase() === id.toLowerCase());
  return text(member?.values.location);
}
