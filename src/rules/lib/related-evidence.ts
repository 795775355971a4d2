import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { ResourceBase } from '../../state/resource.ts';

/**
 * Evidence read on another resource than the finding's (a private endpoint's subnet, for the
 * service it reaches): that resource's identity, `#`, and the field's source path.
 */
export function relatedEvidence(resource: ResourceBase, statePath: string, value?: unknown): Evidence {
  const e = value === undefined ? evidence(resource, statePath) : evidence(resource, statePath, value);
  return { ...e, path: `${resource.id}#${e.path}` };
}
