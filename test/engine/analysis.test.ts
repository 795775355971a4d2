import { describe, expect, it } from 'vitest';
import { Analyses, defineAnalysis } from '../../src/engine/analysis.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { defineRule } from '../../src/engine/rule.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { cluster, state, REFERENCE } from '../helpers/state.ts';

describe('shared analyses', () => {
  it('are computed once per evaluation, on first use, and handed to every rule that asks', () => {
    let runs = 0;
    const names = defineAnalysis('cluster names', (s) => (runs++, new Set(s.clusters.map((c) => c.name))));
    const seen: boolean[] = [];
    const asking = (id: string) => defineRule({ id, check: (ctx) => void seen.push(ctx.analysis(names).has('aks-prod')) });
    const s = state({ clusters: [cluster({ name: 'aks-prod' })] });
    evaluate(s, [asking('aks-local-accounts-disabled'), asking('aks-kubernetes-rbac-enabled')], defaultPolicy(loadCatalogue()), new Date('2026-12-01'), REFERENCE);
    expect({ runs, seen }).toEqual({ runs: 1, seen: [true, true] });
    expect(new Analyses(s).get(names).size).toBe(1);
  });
});
