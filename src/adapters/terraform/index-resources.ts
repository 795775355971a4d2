import type { TfResource } from '../../collectors/terraform/model.ts';
import { AttributeReader } from './attributes.ts';
import { Identities, type SharedAddresses } from './identities.ts';
import type { AzurermMajor } from './provider-version.ts';

/** A resource that refers to another through one of its attributes (a private endpoint to its vault). */
export interface Referrer {
  resource: TfResource;
  attribute: string;
}

/**
 * The instances of a configuration or plan, indexed once for the family adapters: by type,
 * by identity, and by what refers to what. Instances being destroyed are left out: a gate
 * judges what the estate will be.
 */
export class TfIndex {
  readonly ids: Identities;
  readonly major: AzurermMajor | null;
  private readonly byType = new Map<string, TfResource[]>();
  /** Target identity (lower case) → the instances referring to it, by the referring attribute. */
  private readonly referrers = new Map<string, Referrer[]>();

  /** `shared`: addresses another configuration of the scan declares too (see Identities). */
  constructor(resources: readonly TfResource[], major: AzurermMajor | null, shared?: SharedAddresses) {
    const kept = resources.filter((r) => r.mode === 'managed' && r.action !== 'delete');
    this.ids = new Identities(resources, shared);
    this.major = major;
    for (const r of kept) {
      const list = this.byType.get(r.type);
      if (list) list.push(r);
      else this.byType.set(r.type, [r]);
    }
    for (const r of kept) {
      for (const attribute of Object.keys(r.references)) {
        const target = this.ids.target(r, attribute);
        if (target === null) continue;
        const key = target.toLowerCase();
        const list = this.referrers.get(key);
        if (list) list.push({ resource: r, attribute });
        else this.referrers.set(key, [{ resource: r, attribute }]);
      }
    }
  }

  ofType(type: string): TfResource[] {
    return this.byType.get(type) ?? [];
  }

  types(): IterableIterator<[string, TfResource[]]> {
    return this.byType.entries();
  }

  /** Instances of `type` that refer to `targetId` through `attribute` (exact attribute path, or any when omitted). */
  referring(targetId: string, type: string, attribute?: string): TfResource[] {
    return (this.referrers.get(targetId.toLowerCase()) ?? []).filter((x) => x.resource.type === type && (attribute === undefined || x.attribute === attribute)).map((x) => x.resource);
  }

  reader(resource: TfResource): AttributeReader {
    return new AttributeReader(resource, this.ids);
  }

  /** A documented default that differs between azurerm majors: the one for this configuration's, undefined when that is not known. */
  byMajor<T>(defaults: Record<AzurermMajor, T>): T | undefined {
    return this.major === null ? (new Set(Object.values(defaults).map((v) => JSON.stringify(v))).size === 1 ? defaults[3] : undefined) : defaults[this.major];
  }
}
