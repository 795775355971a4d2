import type { Maybe } from '../../state/resource.ts';
import type { ArmResource } from './collect-resources.ts';
import type { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';

/** A private endpoint connection of a PaaS resource: the endpoint and its approval state. */
export interface EndpointConnection {
  privateEndpointId: string | null;
  /** `privateLinkServiceConnectionState.status`: `Approved`, `Pending`, `Rejected`, `Disconnected`. */
  status: string | null;
}

/**
 * Ids of the private endpoints connected to a PaaS resource, from its inline
 * `properties.privateEndpointConnections` and from separate `<type>/privateEndpointConnections`
 * children. A complete body without the property has none (ARM omits empty lists).
 */
export function privateEndpointIdsOf(r: ArmResource, index: ArmIndex, f: FieldReader): Maybe<string[]> {
  const connections = privateEndpointConnectionsOf(r, index);
  const stated = connections && [...new Set(connections.flatMap((c) => (c.privateEndpointId ? [c.privateEndpointId] : [])))];
  return f.read('privateEndpointIds', stated, [] as string[]);
}

/** Every connection, inline or as a child resource (a child repeating an inline one counts once); undefined when the input states none. */
export function privateEndpointConnectionsOf(r: ArmResource, index: ArmIndex): EndpointConnection[] | undefined {
  const inline = r.properties?.children('privateEndpointConnections');
  const children = index.attachedTo(r.id, `${r.type}/privateendpointconnections`);
  if (inline === undefined && children.length === 0) return undefined;
  const byEndpoint = new Map<string, EndpointConnection>();
  const anonymous: EndpointConnection[] = [];
  const add = (properties: NonNullable<ArmResource['properties']>): void => {
    const connection = {
      privateEndpointId: properties.child('privateEndpoint')?.string('id') ?? null,
      status: properties.child('privateLinkServiceConnectionState')?.string('status') ?? null,
    };
    if (connection.privateEndpointId) byEndpoint.set(connection.privateEndpointId.toLowerCase(), connection);
    else anonymous.push(connection);
  };
  for (const connection of inline ?? []) add(connection.child('properties') ?? connection);
  for (const child of children) if (child.properties) add(child.properties);
  return [...byEndpoint.values(), ...anonymous];
}
