import type { Maybe } from '../../state/resource.ts';

/**
 * Decides, field by field, between what the source said, the API's documented default,
 * and unknown. ARM omits unset properties from the bodies it returns, so in a complete body
 * an absent property has its default; in a fragment nothing can be assumed.
 */
export class FieldReader {
  readonly defaulted: string[] = [];
  private readonly complete: boolean;
  private readonly prefix: string;

  constructor(complete: boolean, prefix = '', defaulted?: string[]) {
    this.complete = complete;
    this.prefix = prefix;
    if (defaulted) this.defaulted = defaulted;
  }

  /**
   * Stated value; else the API default when the body is complete; else unknown (null). A stated
   * null (the source spells the property twice with conflicting values) stays unknown: no default.
   */
  read<T>(path: string, stated: T | null | undefined, apiDefault?: T): Maybe<T> {
    if (stated === null) return null;
    if (stated !== undefined) return stated;
    if (this.complete && apiDefault !== undefined) {
      this.defaulted.push(this.prefix + path);
      return apiDefault;
    }
    return null;
  }

  /** Stated value or unknown: for properties whose absence proves nothing (preview-only, version-dependent). */
  stated<T>(stated: T | null | undefined): Maybe<T> {
    return stated ?? null;
  }

  /** A reader for a nested object (an agent pool) that records into the same list. */
  nested(prefix: string, complete = this.complete): FieldReader {
    return new FieldReader(complete, this.prefix + prefix, this.defaulted);
  }
}
