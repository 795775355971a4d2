import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-pod-identity-labels-absent.ts';
import { container, deployment, kubeCluster, pod, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

type Objects = Parameters<typeof kubeCluster>[0];
const verdict = (objects: Objects) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));
const spec = podSpec([container('api')], { serviceAccountName: 'orders-api' });

describe('k8s-pod-identity-labels-absent', () => {
  it('passes pods without the aadpodidbinding label', () => {
    const f = verdict({ deployments: [deployment('orders-api', 'orders', spec, { app: 'orders-api', 'azure.workload.identity/use': 'true' })] });
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([{ path: 'spec.template.metadata.labels["aadpodidbinding"]', value: null, note: 'label absent' }]);
  });

  it('fails a pod template that carries the label, naming the binding', () => {
    const f = verdict({ deployments: [deployment('billing-sync', 'billing', spec, { app: 'billing-sync', aadpodidbinding: 'billing-identity' })] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/aadpodidbinding=billing-identity/);
    expect(f.evidence).toEqual([{ path: 'spec.template.metadata.labels["aadpodidbinding"]', value: 'billing-identity' }]);
  });

  it('reads the labels of a bare pod from its own metadata', () => {
    const f = verdict({ pods: [pod('adhoc', 'billing', spec, { aadpodidbinding: 'billing-identity' })] });
    expect(f.evidence[0]?.path).toBe('metadata.labels["aadpodidbinding"]');
  });

  it('judges the template, not the controller: a label on the Deployment itself does not reach the pods', () => {
    const d = deployment('orders-api', 'orders', spec);
    d.metadata!.labels = { aadpodidbinding: 'stale' };
    expect(verdict({ deployments: [d] }).status).toBe('pass');
  });

  it('is unknown for a cluster whose workloads could not be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
