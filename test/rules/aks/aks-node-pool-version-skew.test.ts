import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-node-pool-version-skew.ts';
import { cluster, only, pool, run, state } from '../../helpers/state.ts';
import { stateOf } from '../../helpers/scan.ts';

const withPools = (controlPlane: string | null, ...versions: (string | null)[]) =>
  cluster({ kubernetesVersion: controlPlane, agentPools: versions.map((v, i) => pool({ name: `pool${i}`, orchestratorVersion: v })) });
const findings = (c: ReturnType<typeof cluster>) => run(rule, state({ clusters: [c] }));
const statuses = (c: ReturnType<typeof cluster>) => findings(c).map((f) => [f.resource.name, f.status]);

describe('aks-node-pool-version-skew', () => {
  it('passes each pool on the control plane version or up to three minors behind it', () => {
    expect(statuses(withPools('1.35.4', '1.35.4', '1.32.9'))).toEqual([
      ['pool0', 'pass'],
      ['pool1', 'pass'],
    ]);
    expect(only(findings(withPools('1.35.4', '1.32.9'))).message).toMatch(/up to 3 minors behind/);
  });

  it('fails the pool more than three minors behind, on the pool, with both versions as evidence', () => {
    const f = only(findings(withPools('1.35.4', '1.35.4', '1.31.8')), 'pool1');
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', resource: { type: 'microsoft.containerservice/managedclusters/agentpools', parent: { name: 'aks-prod' } } });
    expect(f.message).toMatch(/^Node pool pool1 of cluster aks-prod runs 1\.31\.8, 4 minors behind/);
    expect(f.evidence).toEqual([
      { path: 'properties.currentKubernetesVersion', value: '1.35.4' },
      { path: 'properties.agentPoolProfiles[1].currentOrchestratorVersion', value: '1.31.8' },
    ]);
  });

  it('allows only two minors behind a control plane older than 1.28', () => {
    expect(only(findings(withPools('1.27.9', '1.25.6'))).status).toBe('pass');
    const f = only(findings(withPools('1.27.9', '1.24.10')));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/3 minors behind.*up to 2 minors behind/);
  });

  it('fails a pool newer than the control plane, down to the patch', () => {
    expect(only(findings(withPools('1.34.2', '1.35.1'))).message).toMatch(/pool0 of cluster aks-prod runs 1\.35\.1, newer than the control plane/);
    expect(only(findings(withPools('1.35.2', '1.35.4'))).status).toBe('fail');
    // A minor alias has no patch to compare.
    expect(only(findings(withPools('1.35', '1.35.4'))).status).toBe('pass');
  });

  it('is unknown on the cluster when the control plane or the pools are not stated, and on a pool whose version is not', () => {
    expect(only(findings(withPools(null, '1.35.4'))).message).toMatch(/currentKubernetesVersion is not stated/);
    expect(only(findings(cluster({ agentPools: null }))).resource.name).toBe('aks-prod');
    expect(statuses(withPools('1.35.4', '1.30.1', null))).toEqual([
      ['pool0', 'fail'],
      ['pool1', 'unknown'],
    ]);
  });

  describe('bodies of API versions without the current… versions', () => {
    const c = stateOf('fixtures/inputs/cluster-old-api-versions.json').clusters[0]!;

    it('names the property that was read in the evidence', () => {
      const f = findings(c)[0]!;
      expect(f.evidence).toEqual([
        { path: 'properties.kubernetesVersion', value: '1.30.4' },
        { path: 'properties.agentPoolProfiles[0].orchestratorVersion', value: '1.30.4' },
      ]);
    });

    it('is unknown for a pool whose version is not stated, instead of assuming the control plane version', () => {
      expect(c.agentPools?.[1]).toMatchObject({ name: 'payments', orchestratorVersion: null });
      const f = only(findings(c), 'payments');
      expect(f.status).toBe('unknown');
      expect(f.message).toMatch(/agentPoolProfiles\[1\]\.currentOrchestratorVersion is not stated/);
      expect(f.evidence).toContainEqual({ path: 'properties.agentPoolProfiles[1].currentOrchestratorVersion', value: null, note: 'not stated by the source' });
    });
  });
});
