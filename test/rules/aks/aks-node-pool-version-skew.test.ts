import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-node-pool-version-skew.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';
import { stateOf } from '../../helpers/scan.ts';

const withPools = (controlPlane: string | null, ...versions: (string | null)[]) =>
  cluster({ kubernetesVersion: controlPlane, agentPools: versions.map((v, i) => pool({ name: `pool${i}`, orchestratorVersion: v, path: `properties.agentPoolProfiles[${i}]` })) });
const verdict = (c: ReturnType<typeof cluster>) => only(run(rule, state({ clusters: [c] })));

describe('aks-node-pool-version-skew', () => {
  it('passes pools on the control plane version or up to three minors behind it', () => {
    const f = verdict(withPools('1.35.4', '1.35.4', '1.32.9'));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/up to 3 minors behind/);
  });

  it('fails a pool more than three minors behind, naming it', () => {
    const f = verdict(withPools('1.35.4', '1.35.4', '1.31.8'));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/pool1 \(1\.31\.8\) is 4 minors behind/);
    expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].currentOrchestratorVersion', value: '1.31.8' });
  });

  it('allows only two minors behind a control plane older than 1.28', () => {
    expect(verdict(withPools('1.27.9', '1.25.6')).status).toBe('pass');
    const f = verdict(withPools('1.27.9', '1.24.10'));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/up to 2 minors behind.*3 minors behind/);
  });

  it('fails a pool newer than the control plane, down to the patch', () => {
    expect(verdict(withPools('1.34.2', '1.35.1')).message).toMatch(/pool0 \(1\.35\.1\) is newer than the control plane/);
    expect(verdict(withPools('1.35.2', '1.35.4')).status).toBe('fail');
    // A minor alias has no patch to compare.
    expect(verdict(withPools('1.35', '1.35.4')).status).toBe('pass');
  });

  it('is unknown when the control plane, the pools or a pool version is not stated', () => {
    expect(verdict(withPools(null, '1.35.4')).message).toMatch(/currentKubernetesVersion is not stated/);
    expect(verdict(cluster({ agentPools: null })).status).toBe('unknown');
    const f = verdict(withPools('1.35.4', '1.35.4', null));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/pool1/);
  });

  it('fails on a known violation even when another pool is unknown', () => {
    expect(verdict(withPools('1.35.4', '1.30.1', null)).status).toBe('fail');
  });

  describe('bodies of API versions without the current… versions', () => {
    const c = stateOf('fixtures/inputs/cluster-old-api-versions.json').clusters[0]!;

    it('names the property that was read in the evidence', () => {
      const f = only(run(rule, state({ clusters: [c] })));
      expect(f.evidence).toContainEqual({ path: 'properties.kubernetesVersion', value: '1.30.4' });
      expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[0].orchestratorVersion', value: '1.30.4' });
    });

    it('is unknown for a pool whose version is not stated, instead of assuming the control plane version', () => {
      expect(c.agentPools?.[1]).toMatchObject({ name: 'payments', orchestratorVersion: null });
      const f = only(run(rule, state({ clusters: [c] })));
      expect(f.status).toBe('unknown');
      expect(f.message).toMatch(/node pool\(s\) payments is not stated/);
      expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].currentOrchestratorVersion', value: null, note: 'not stated by the source' });
    });
  });
});
