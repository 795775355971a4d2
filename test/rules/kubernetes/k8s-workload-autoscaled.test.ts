import type { V1StatefulSet, V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-workload-autoscaled.ts';
import { container, daemonSet, deployment, kubeCluster, podSpec, service } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

type Objects = Parameters<typeof kubeCluster>[0];
const SYSTEM = { systemNamespaces: ['kube-system'] };
const findings = (objects: Objects) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), SYSTEM);
const verdict = (objects: Objects) => only(findings(objects));

function api(replicas?: unknown) {
  const d = deployment('orders-api', 'orders', podSpec([container('api')]));
  if (replicas !== undefined) (d.spec as { replicas?: unknown }).replicas = replicas;
  return d;
}

function hpa(name: string, target: { kind?: string; name?: string; apiVersion?: string } = {}, spec: Partial<V2HorizontalPodAutoscaler['spec']> = {}, status?: V2HorizontalPodAutoscaler['status']): V2HorizontalPodAutoscaler {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace: 'orders' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'orders-api', ...target }, minReplicas: 2, maxReplicas: 10, ...spec },
    ...(status ? { status } : {}),
  };
}

describe('k8s-workload-autoscaled', () => {
  it('passes a Deployment an HPA scales over a real range', () => {
    const f = verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('orders-api')] });
    expect(f).toMatchObject({ status: 'pass', severity: 'low' });
    expect(f.message).toMatch(/scaled by HorizontalPodAutoscaler orders-api between 2 and 10 replicas/);
    expect(f.evidence).toEqual([
      { path: 'horizontalpodautoscalers/orders-api.spec.minReplicas', value: 2 },
      { path: 'horizontalpodautoscalers/orders-api.spec.maxReplicas', value: 10 },
    ]);
  });

  it('passes a StatefulSet by kind, and reads an unset minReplicas as 1', () => {
    const sts: V1StatefulSet = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'ledger', namespace: 'orders' }, spec: { replicas: 3, serviceName: 'ledger', selector: { matchLabels: { app: 'ledger' } }, template: { metadata: { labels: { app: 'ledger' } }, spec: podSpec([container('ledger')]) } } };
    const f = verdict({ statefulsets: [sts], horizontalpodautoscalers: [hpa('ledger', { kind: 'StatefulSet', name: 'ledger' }, { minReplicas: undefined, maxReplicas: 5 })] });
    expect(f.status).toBe('pass');
    expect(f.evidence[0]).toEqual({ path: 'horizontalpodautoscalers/ledger.spec.minReplicas', value: null, note: 'not set: 1' });
  });

  it('fails several fixed replicas without an HPA, or with one for another kind, name or API group', () => {
    expect(verdict({ deployments: [api(3)] })).toMatchObject({ status: 'fail', message: expect.stringMatching(/runs a fixed 3 replicas and no HorizontalPodAutoscaler/) });
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('x', { kind: 'StatefulSet' })] }).status).toBe('fail');
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('x', { name: 'orders-web' })] }).status).toBe('fail');
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('x', { apiVersion: 'argoproj.io/v1alpha1' })] }).status).toBe('fail');
  });

  it('fails a single replica a Service routes to, and leaves alone one no Service routes to', () => {
    const served = verdict({ deployments: [api()], services: [service('orders-api', 'orders')] });
    expect(served).toMatchObject({ status: 'fail', message: expect.stringMatching(/serves traffic \(Service orders-api\) from a single fixed replica/) });
    expect(served.evidence).toEqual([{ path: 'spec.replicas', value: null, note: 'not set: 1' }, { path: 'services/orders-api.spec.selector', value: { app: 'orders-api' } }]);
    expect(verdict({ deployments: [api(1)], services: [service('orders-web', 'orders')] }).status).toBe('not-applicable');
    expect(verdict({ deployments: [api(1)], services: [service('orders-api', 'payments')] }).status).toBe('not-applicable');
    expect(verdict({ deployments: [api(0)] })).toMatchObject({ status: 'not-applicable', message: expect.stringMatching(/scaled to zero/) });
  });

  it('fails two HPAs on one workload, a pinned range, and an HPA that reports it cannot scale', () => {
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('a'), hpa('b')] }).message).toMatch(/target of 2 autoscalers \(HorizontalPodAutoscaler a, HorizontalPodAutoscaler b\).*AmbiguousSelector/);
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [hpa('a', {}, { minReplicas: 3, maxReplicas: 3 })] }).message).toMatch(/pinned at 3 replicas/);
    const stuck = hpa('a', {}, {}, { desiredReplicas: 2, conditions: [{ type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric' }] });
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: [stuck] }).message).toMatch(/cannot scale \(ScalingActive False: FailedGetResourceMetric\)/);
  });

  it('counts a KEDA ScaledObject (bounds 0 to 100 unless stated), and the HPA KEDA creates for it only once', () => {
    const scaledObject = (spec: object = {}, status?: object) => ({ apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: { name: 'orders-api', namespace: 'orders' }, spec: { scaleTargetRef: { name: 'orders-api' }, ...spec }, ...(status ? { status } : {}) });
    const f = verdict({ deployments: [api(3)], scaledobjects: [scaledObject()] });
    expect(f).toMatchObject({ status: 'pass', message: expect.stringMatching(/scaled by ScaledObject orders-api between 0 and 100 replicas/) });
    const kedaHpa = hpa('keda-hpa-orders-api');
    kedaHpa.metadata!.ownerReferences = [{ apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', name: 'orders-api', uid: 'u1', controller: true }];
    expect(verdict({ deployments: [api(3)], scaledobjects: [scaledObject()], horizontalpodautoscalers: [kedaHpa] }).status).toBe('pass');
    expect(verdict({ deployments: [api(3)], scaledobjects: [scaledObject({ minReplicaCount: 2, maxReplicaCount: 2 })] }).message).toMatch(/ScaledObject orders-api pinned at 2 replicas/);
    expect(verdict({ deployments: [api(3)], scaledobjects: [scaledObject({}, { conditions: [{ type: 'Ready', status: 'False', reason: 'ScaledObjectCheckFailed' }] })] }).message).toMatch(/Ready False: ScaledObjectCheckFailed/);
    // A refused list of ScaledObjects may hide what scales a workload without an HPA.
    expect(verdict({ deployments: [api(3)], scaledobjects: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/KEDA ScaledObjects could not be read/) });
    expect(verdict({ deployments: [api(3)], scaledobjects: null, horizontalpodautoscalers: [hpa('orders-api')] }).status).toBe('pass');
  });

  it('judges only Deployments and StatefulSets outside system namespaces', () => {
    const system = deployment('coredns-custom', 'kube-system', podSpec([container('dns')]));
    system.spec!.replicas = 2;
    expect(verdict({ deployments: [system] })).toMatchObject({ status: 'not-applicable', message: expect.stringMatching(/system namespace kube-system/) });
    expect(verdict({ daemonsets: [daemonSet('agent', 'orders', podSpec([container('agent')]))] }).status).toBe('not-applicable');
  });

  it('is unknown when HPAs, or the Services a single replica may serve, could not be read', () => {
    expect(verdict({ deployments: [api(3)], horizontalpodautoscalers: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/HorizontalPodAutoscalers of test could not be read \(listing horizontalpodautoscalers was forbidden/) });
    expect(verdict({ deployments: [api()], services: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/whether a Service sends it traffic is not known/) });
    expect(verdict({ deployments: [api('3')] })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/spec.replicas is "3", not a whole number/) });
  });
});
