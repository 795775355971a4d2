import type { Evidence } from '../../engine/finding.ts';
import { defineRule, notStated, observed, type Rule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { Maybe } from '../../state/resource.ts';

/** One on/off setting of a cluster and the evidence for it; `value` null when the source did not say. */
export interface Toggle {
  value: Maybe<boolean>;
  evidence: Evidence;
}

/** A setting that must be on (or off), and what to say either way. */
export interface ToggleRequirement {
  id: string;
  read(cluster: AksCluster): Toggle;
  /** The value that passes. */
  wanted: boolean;
  /** Messages, given the cluster name. */
  pass(cluster: string): string;
  fail(cluster: string): string;
}

/** The whole rule for a plain on/off requirement: unknown when not stated, else pass or fail. */
export function toggleRule(requirement: ToggleRequirement): Rule {
  return defineRule({
    id: requirement.id,
    check(ctx) {
      for (const cluster of ctx.state.clusters) {
        const { value, evidence } = requirement.read(cluster);
        if (value === null) ctx.unknown(cluster, notStated(evidence.path), [evidence]);
        else if (value === requirement.wanted) ctx.pass(cluster, requirement.pass(cluster.name), [evidence]);
        else ctx.fail(cluster, requirement.fail(cluster.name), [evidence]);
      }
    },
  });
}

/** A boolean state field as a toggle, with its source path for the evidence. */
export function flag(cluster: AksCluster, statePath: string, sourcePath: string, value: Maybe<boolean>): Toggle {
  return { value, evidence: observed(cluster, statePath, sourcePath, value) };
}
