import type { State } from '../state/state.ts';

/**
 * A computation over the state that several rules share (network reachability, NetworkPolicy
 * evaluation, RBAC grants): the engine runs it once per evaluation, on first use, and hands
 * every rule the same result, as ESLint hands its rules one scope analysis. An analysis may build
 * on others (reachability on the network lookup) through `analyses`.
 */
export interface Analysis<T> {
  readonly name: string;
  compute(state: State, analyses: Analyses): T;
}

export function defineAnalysis<T>(name: string, compute: (state: State, analyses: Analyses) => T): Analysis<T> {
  return { name, compute };
}

/** The analyses of one evaluation, computed on first use. */
export class Analyses {
  readonly state: State;
  private readonly results = new Map<Analysis<unknown>, unknown>();

  constructor(state: State) {
    this.state = state;
  }

  get<T>(analysis: Analysis<T>): T {
    if (this.results.has(analysis)) return this.results.get(analysis) as T;
    const result = analysis.compute(this.state, this);
    this.results.set(analysis, result);
    return result;
  }
}
