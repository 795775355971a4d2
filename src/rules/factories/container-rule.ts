import type { Evidence } from '../../engine/finding.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from './workload-rule.ts';
import { containersOf, type Workload, type WorkloadContainer } from '../analyses/workloads.ts';

/** What a rule finds wrong with one container (`problem` null: nothing), and the fields it read. */
export interface ContainerJudgement {
  problem: string | null;
  evidence: Evidence[];
}

/** A requirement every container of every workload must meet: init and ephemeral ones too. */
export interface ContainerRequirement<P> {
  id: string;
  judge(workload: Workload, container: WorkloadContainer, params: P): ContainerJudgement;
  /** What each container of a passing workload does: `runs as a non-root user`. */
  pass: string;
}

/**
 * The whole rule for a per-container requirement: one finding per workload naming each offending
 * container (evidence for those only), else a pass with the evidence of every container.
 */
export function containerRule<P>(requirement: ContainerRequirement<P>): Rule<P> {
  return defineRule<P>({
    id: requirement.id,
    check(ctx) {
      judgeWorkloads(ctx, (workload) => {
        const containers = containersOf(workload);
        const judged = containers.map((c) => ({ c, ...requirement.judge(workload, c, ctx.params) }));
        const failed = judged.filter((j) => j.problem !== null);
        return {
          problems: failed.map((j) => `container ${containerLabel(j.c)} ${j.problem}`),
          evidence: (failed.length ? failed : judged).flatMap((j) => j.evidence),
          passed: `${containers.length === 1 ? 'has 1 container, which' : `has ${containers.length} containers, each of which`} ${requirement.pass}`,
        };
      });
    },
  });
}

/** Evidence for one setting at a JSON path; an unset setting says so. */
export function setting(path: string, value: unknown): Evidence {
  return value === undefined || value === null ? { path, value: null, note: 'not set' } : { path, value };
}
