import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { DatabaseFirewallRule, EntraAdministrator } from '../../state/database-server.ts';
import type { Maybe } from '../../state/resource.ts';
import { asString, type AttributeReader } from './attributes.ts';
import { attachedTo, blockAbsent, readFrom } from './children.ts';
import type { TfIndex } from './index-resources.ts';

/** The tier a flexible server's `sku_name` names by its prefix (`GP_Standard_D2s_v3`), PostgreSQL and MySQL alike. */
const TIERS: Record<string, string> = { B: 'Burstable', GP: 'GeneralPurpose', MO: 'MemoryOptimized' };

export function skuTierOf(f: AttributeReader): Maybe<string> {
  return f.read('skuTier', 'sku_name', (v) => (typeof v === 'string' ? TIERS[v.split('_')[0] ?? ''] : undefined));
}

/** A child resource type of a server, and the attribute it names its server by: `server_id`, or `server_name` beside `resource_group_name`. */
export interface ServerChild {
  type: string;
  via: 'server_id' | 'server_name';
}

/** The child resource types of one server kind. */
export interface ServerChildren {
  firewallRule: ServerChild;
  configuration: ServerChild;
  /** Entra administrators; several types when azurerm renamed the resource. */
  administrators: ServerChild[];
}

function childrenOf(server: TfResource, serverId: string, child: ServerChild, index: TfIndex): TfResource[] {
  return attachedTo(server, serverId, child.type, child.via, index);
}

/**
 * The server's firewall rule resources. A configuration holds every rule it manages, so none is
 * an empty list; a rule whose addresses are not known makes the list unknown.
 */
export function firewallRulesOf(server: TfResource, serverId: string, kind: ServerChildren, index: TfIndex): Maybe<DatabaseFirewallRule[]> {
  const rules: DatabaseFirewallRule[] = [];
  for (const rule of childrenOf(server, serverId, kind.firewallRule, index)) {
    const { name, start_ip_address: start, end_ip_address: end } = rule.values;
    if (typeof start !== 'string' || typeof end !== 'string') return null;
    rules.push({ id: index.ids.idOf(rule), name: typeof name === 'string' ? name : rule.address, startIpAddress: start, endIpAddress: end });
  }
  return rules;
}

/** Entra administrator resources of the server (`admin` reads one's login and type); unknown when one's login is. */
export function administratorsOf(server: TfResource, serverId: string, kind: ServerChildren, admin: (r: TfResource) => Omit<EntraAdministrator, 'id' | 'name'>, index: TfIndex): Maybe<EntraAdministrator[]> {
  const admins: EntraAdministrator[] = [];
  for (const r of kind.administrators.flatMap((child) => childrenOf(server, serverId, child, index))) {
    const read = admin(r);
    if (read.login === null) return null;
    const objectId = r.values.object_id;
    admins.push({ id: index.ids.idOf(r), name: typeof objectId === 'string' ? objectId : r.address, ...read });
  }
  return admins;
}

/**
 * A server parameter from the `…_configuration` resource that sets it, read into the server's
 * provenance. A parameter no resource sets keeps the server's own value, which the
 * configuration does not say: unknown, as the ARM adapter treats an unread parameter.
 */
export function serverParameter(f: AttributeReader, server: TfResource, serverId: string, kind: ServerChildren, index: TfIndex, statePath: string, parameter: string, unset?: string): Maybe<string> {
  const set = childrenOf(server, serverId, kind.configuration, index).filter((c) => typeof c.values.name === 'string' && c.values.name.toLowerCase() === parameter);
  if (set.length === 1) return readFrom(f, server, set[0] as TfResource, statePath, 'value', asString);
  f.provenance.paths[statePath] = `${kind.configuration.type}[name=${parameter}].value`;
  if (set.length > 1) (f.provenance.conflicting ??= []).push(statePath);
  else if (unset !== undefined) {
    f.provenance.defaulted.push(statePath);
    return unset;
  } else f.provenance.unknown[statePath] = `no ${kind.configuration.type} in the configuration sets ${parameter}, so the server keeps a value the configuration does not state`;
  return null;
}

/** No `high_availability` block means none: the block's `mode` is required. */
export function highAvailabilityOf(f: AttributeReader): Maybe<string> {
  return f.read('highAvailabilityMode', 'high_availability[0].mode', asString, blockAbsent(f, 'high_availability') ? 'Disabled' : undefined);
}

/** A child's string attribute, null when unset or unknown. */
export function text(v: TfValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}
