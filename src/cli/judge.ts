import { Analyses } from '../engine/analysis.ts';
import { evaluate, type Evaluation } from '../engine/evaluate.ts';
import type { Policy } from '../engine/policy.ts';
import type { ClusterTopology } from '../engine/report.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import { reportTopology } from '../rules/analyses/cluster-topology.ts';
import { RULES } from '../rules/index.ts';
import type { State } from '../state/state.ts';

/** Every rule over the state, and each cluster's topology for the report from the analyses the rules shared. */
export function judge(state: State, policy: Policy, asOf: Date, reference: ReferenceData): Evaluation & { clusters: ClusterTopology[] } {
  const analyses = new Analyses(state);
  const evaluation = evaluate(state, RULES, policy, asOf, reference, analyses);
  return { ...evaluation, clusters: reportTopology(analyses, policy) };
}
