import type { Evidence } from '../../engine/finding.ts';
import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';
import type { State } from '../../state/state.ts';

/** One on/off setting of a resource and the evidence for it; `value` null when the source did not say. */
export interface Toggle {
  value: Maybe<boolean>;
  evidence: Evidence;
}

/** A setting every resource of one kind must have on (or off), and what to say either way. */
export interface ToggleRequirement<R extends ResourceBase> {
  id: string;
  resources(state: State): R[];
  read(resource: R): Toggle;
  /** The value that passes. */
  wanted: boolean;
  /** Why the setting means nothing for this resource; undefined when it applies. */
  notApplicable?(resource: R): string | undefined;
  /** Messages, given the resource name. */
  pass(name: string): string;
  fail(name: string): string;
}

/** The whole rule for a plain on/off requirement: unknown when not stated, else pass or fail. */
export function toggleRule<R extends ResourceBase>(requirement: ToggleRequirement<R>): Rule {
  return defineRule({
    id: requirement.id,
    check(ctx) {
      for (const resource of requirement.resources(ctx.state)) {
        const { value, evidence } = requirement.read(resource);
        const moot = requirement.notApplicable?.(resource);
        if (moot !== undefined) ctx.notApplicable(resource, moot);
        else if (value === null) ctx.unknown(resource, unknownReason(evidence), [evidence]);
        else if (value === requirement.wanted) ctx.pass(resource, requirement.pass(resource.name), [evidence]);
        else ctx.fail(resource, requirement.fail(resource.name), [evidence]);
      }
    },
  });
}

/** A boolean state field as a toggle; the evidence names the source's path from the resource's provenance. */
export function toggle(resource: ResourceBase, statePath: string): Toggle {
  const e = evidence(resource, statePath);
  return { value: e.value as Maybe<boolean>, evidence: e };
}
