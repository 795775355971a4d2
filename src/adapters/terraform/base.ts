import type { TfResource } from '../../collectors/terraform/model.ts';
import type { Origin, ResourceBase } from '../../state/resource.ts';
import type { AttributeReader } from './attributes.ts';
import type { Identities } from './identities.ts';

/**
 * The fields every adapted resource shares, from a Terraform instance: identity, the name
 * and resource group it will have (when the configuration states them), its tags, where its
 * block is and the waivers written on it. `type` is the Azure resource type the instance creates.
 */
export function tfBase(r: TfResource, type: string, ids: Identities, f: AttributeReader): ResourceBase {
  const name = r.values.name;
  const group = r.values.resource_group_name;
  const location = r.values.location;
  const base: ResourceBase = {
    id: ids.idOf(r),
    name: typeof name === 'string' ? name : r.address,
    type,
    subscriptionId: ids.subscriptionOf(r),
    resourceGroup: typeof group === 'string' ? group : null,
    location: typeof location === 'string' ? location.toLowerCase().replaceAll(' ', '') : null,
    tags: tagsOf(r),
    origin: originOf(r),
    provenance: f.provenance,
  };
  if (r.inlineWaivers) base.inlineWaivers = r.inlineWaivers;
  return base;
}

/** Where an instance is declared, and the provider configuration deploying it. */
export function originOf(r: TfResource): Origin {
  const origin: Origin = { source: r.source, file: r.file, line: r.line, address: r.address };
  if (r.provider) origin.provider = r.provider.key;
  return origin;
}

/** Tags whose names and values are known; an unknown tag map is taken as none (rules read tags for scoping only). */
function tagsOf(r: TfResource): Record<string, string> {
  const tags = r.values.tags;
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return {};
  return Object.fromEntries(Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
