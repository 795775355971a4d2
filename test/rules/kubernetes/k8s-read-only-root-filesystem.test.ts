import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-read-only-root-filesystem.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));
const readOnly = { readOnlyRootFilesystem: true };

describe('k8s-read-only-root-filesystem', () => {
  it('passes when every container mounts its root filesystem read-only', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: readOnly })], { initContainers: [container('migrate', { securityContext: readOnly })] }))] });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/has 2 containers, each of which has a read-only root filesystem/);
  });

  it('fails an explicit false and an unset field, naming each container', () => {
    const f = verdict({ deployments: [deployment('web', 'orders', podSpec([container('web', { securityContext: { readOnlyRootFilesystem: false } }), container('cache')]))] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/container web has a writable root filesystem \(readOnlyRootFilesystem: false\); container cache has a writable root filesystem \(readOnlyRootFilesystem not set\)/);
    expect(f.evidence.map((e) => e.path)).toEqual(['spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem', 'spec.template.spec.containers[1].securityContext.readOnlyRootFilesystem']);
  });

  it('judges the workloads it can read, says which kinds it could not, and is unknown when none could be read', () => {
    const readable = run(rule, state({ kubernetes: [kubeCluster({ pods: null, deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: readOnly })]))] })] }));
    expect(readable.map((f) => f.status)).toEqual(['pass', 'unknown']);
    expect(readable[1]!.message).toMatch(/of kind pods \(listing pods was forbidden \(403\)\) could not be read/);
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
