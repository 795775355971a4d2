import type { TfResource } from '../../collectors/terraform/model.ts';
import type { ResourceBase } from '../../state/resource.ts';
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
    origin: { source: r.source, file: r.file, line: r.line, address: r.address },
    provenance: f.provenance,
  };
  if (r.inlineWaivers) base.inlineWaivers = r.inlineWaivers;
  return base;
}

/** Tags whose names and values are known; an unknown tag map is taken as none (rules read tags for scoping only). */
function tagsOf(r: TfResource): Record<string, string> {
  const tags = r.values.tags;
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return {};
  return Object.fromEntries(Object.entries(tags).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
