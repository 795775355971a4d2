import type { ResourceBase } from '../../state/resource.ts';
import type { ArmResource } from './collect-resources.ts';

/** The fields every adapted resource shares, taken from the ARM envelope. */
export function baseOf(r: ArmResource, defaulted: string[], paths: Readonly<Record<string, string>> = {}): ResourceBase {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    subscriptionId: r.subscriptionId,
    resourceGroup: r.resourceGroup,
    location: r.location,
    tags: r.tags,
    origin: { source: r.source, file: r.node.file, pointer: r.node.pointer },
    provenance: { paths, defaulted },
  };
}
