import type { ArmResource } from './collect-resources.ts';
import { idKey, parentKeyOf } from './resource-id.ts';
import { cached, pushTo } from '../../lib/maps.ts';

/**
 * All resources of one scan, indexed once so that attaching children and extension
 * resources to their parent is a lookup, never a scan: estates have tens of thousands.
 */
export class ArmIndex {
  private readonly byType = new Map<string, ArmResource[]>();
  /** parent id (lower case) → type → resources attached to it, nested or by id. */
  private readonly attached = new Map<string, Map<string, ArmResource[]>>();
  /** Parents whose input carried their child resources. */
  private readonly childrenIncluded = new Set<string>();

  constructor(resources: Iterable<ArmResource>) {
    for (const r of resources) {
      pushTo(this.byType, r.type, r);
      const key = idKey(r.id);
      const parent = r.parentId !== null ? idKey(r.parentId) : parentKeyOf(key);
      if (parent) {
        pushTo(cached(this.attached, parent, () => new Map()), r.type, r);
      }
      if (r.childrenIncluded) this.childrenIncluded.add(key);
    }
  }

  ofType(type: string): ArmResource[] {
    return this.byType.get(type) ?? [];
  }

  types(): IterableIterator<[string, ArmResource[]]> {
    return this.byType.entries();
  }

  /** Child or extension resources of `type` attached to `parentId`. */
  attachedTo(parentId: string, type: string): ArmResource[] {
    return this.attached.get(idKey(parentId))?.get(type) ?? [];
  }

  /** Whether the input carried `parentId`'s child resources, so an absent child really is absent. */
  includesChildrenOf(parentId: string): boolean {
    return this.childrenIncluded.has(idKey(parentId));
  }
}
