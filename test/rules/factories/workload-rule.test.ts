import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-not-privileged.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { run, state } from '../../helpers/state.ts';

const api = deployment('api', 'payments', podSpec([container('api')]));

describe('judgeWorkloads', () => {
  it('judges the workloads it could read and says which workload kinds the API refused', () => {
    const findings = run(rule, state({ kubernetes: [kubeCluster({ deployments: [api], cronjobs: null, jobs: null })] }));
    expect(findings.map((f) => [f.status, f.resource.name])).toEqual([
      ['pass', 'payments/api'],
      ['unknown', 'test'],
    ]);
    expect(findings[1]!.message).toBe('Workloads of test of kind jobs (listing jobs was forbidden (403)), cronjobs (listing cronjobs was forbidden (403)) could not be read, so they are not judged; grant list access to them');
  });

  it('does not call kinds a set of files simply did not hold a gap', () => {
    const cluster = kubeCluster({ deployments: [api], cronjobs: null });
    cluster.unread.cronjobs = { code: 'absent', reason: 'not in the input files' };
    expect(run(rule, state({ kubernetes: [cluster] })).map((f) => f.status)).toEqual(['pass']);
  });

  it('is unknown for the whole cluster when no workload kind could be read', () => {
    const none = kubeCluster({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null });
    const findings = run(rule, state({ kubernetes: [none] }));
    expect(findings.map((f) => f.status)).toEqual(['unknown']);
    expect(findings[0]!.message).toMatch(/^No workloads of test could be read \(pods: listing pods was forbidden/);
  });
});
