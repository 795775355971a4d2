import { describe, expect, it } from 'vitest';
import { defineRule } from '../../../src/engine/rule.ts';
import { eachPool, poolLabel, poolNames, poolsNotStated } from '../../../src/rules/lib/pools.ts';
import { cluster, pool, run, state } from '../../helpers/state.ts';

// A rule id the catalogue knows, judging pools through eachPool.
const probe = defineRule({
  id: 'aks-node-public-ip-disabled',
  check(ctx) {
    eachPool(ctx, (p, c) => ctx.pass(p, poolLabel(p, c)));
  },
});

describe('eachPool', () => {
  it('hands every pool of every cluster with its cluster', () => {
    const s = state({ clusters: [cluster(), cluster({ name: 'aks-dr', agentPools: [pool({ name: 'gpu' })] })] });
    expect(run(probe, s).map((f) => f.message)).toEqual(['Node pool system of cluster aks-prod', 'Node pool user of cluster aks-prod', 'Node pool gpu of cluster aks-dr']);
  });

  it('makes the cluster unknown when its pools are not stated', () => {
    const [f] = run(probe, state({ clusters: [cluster({ agentPools: null })] }));
    expect(f).toMatchObject({ status: 'unknown', resource: { name: 'aks-prod' } });
    expect(f!.message).toBe(poolsNotStated(cluster()));
    expect(f!.message).toMatch(/^properties\.agentPoolProfiles is not stated by the source/);
  });
});

describe('poolNames', () => {
  it('lists pool names for messages', () => {
    expect(poolNames(cluster().agentPools!)).toBe('system, user');
  });
});
