import type { PrivateLinkTarget } from '../../state/platform.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';
import type { AttributeReader } from './attributes.ts';
import { diagnosticSettingsOf } from './diagnostic-settings.ts';
import type { TfIndex } from './index-resources.ts';
import { privateEndpointIdsOf } from './private-endpoints.ts';

/** What every PaaS target of private endpoints shares: its base, public access as read, and the endpoints and diagnostic settings that refer to it. */
export function linkTargetOf(base: ResourceBase, index: TfIndex, f: AttributeReader, publicNetworkAccess: Maybe<string>): PrivateLinkTarget {
  return { ...base, publicNetworkAccess, privateEndpointIds: privateEndpointIdsOf(base.id, index), diagnosticSettings: diagnosticSettingsOf(base.id, index, f) };
}
