import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-loadbalancer-internal.ts';
import { kubeCluster, service } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(findings(objects, params));

const ANNOTATION = 'service.beta.kubernetes.io/azure-load-balancer-internal';
const lb = { type: 'LoadBalancer', ports: [{ port: 443, protocol: 'TCP' }] };

describe('k8s-loadbalancer-internal', () => {
  it('passes a LoadBalancer Service with the internal annotation', () => {
    const f = verdict({ services: [service('orders-api', 'orders', lb, { [ANNOTATION]: 'true' })] });
    expect(f).toMatchObject({ status: 'pass', message: 'Service orders/orders-api uses an internal Azure load balancer (a private VNet address)' });
    expect(f.evidence).toEqual([{ path: `metadata.annotations["${ANNOTATION}"]`, value: 'true' }]);
  });

  it('fails a LoadBalancer Service without it and says it is internet-facing on its ports', () => {
    const f = verdict({ services: [service('grafana', 'monitoring', { type: 'LoadBalancer', ports: [{ port: 80 }, { port: 443, protocol: 'TCP' }] })] });
    expect(f).toMatchObject({
      status: 'fail',
      severity: 'medium',
      message: "Service monitoring/grafana has no internal annotation, so it gets a public IP address on the cluster's load balancer and is internet-facing on 80/TCP, 443/TCP",
    });
    expect(f.evidence).toEqual([{ path: `metadata.annotations["${ANNOTATION}"]`, value: null, note: 'not set' }]);
  });

  it.each(['True', 'yes', 'false'])('fails the annotation value "%s", which the Azure cloud provider does not read as true', (value) => {
    const f = verdict({ services: [service('api', 'orders', lb, { [ANNOTATION]: value })] });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(`sets the internal annotation to "${value}"`);
  });

  it('names loadBalancerSourceRanges as the only limit on a public Service', () => {
    const f = verdict({ services: [service('sftp', 'partners', { ...lb, loadBalancerSourceRanges: ['203.0.113.0/28'] })] });
    expect(f.message).toMatch(/; only 203\.0\.113\.0\/28 may connect \(loadBalancerSourceRanges\)$/);
    expect(f.evidence[1]).toEqual({ path: 'spec.loadBalancerSourceRanges', value: ['203.0.113.0/28'] });
  });

  it('passes a public Service in a namespace the publicNamespaces parameter allows', () => {
    const objects = { services: [service('ingress-nginx-controller', 'ingress-nginx', lb)] };
    expect(verdict(objects).status).toBe('fail');
    expect(verdict(objects, { publicNamespaces: ['ingress-nginx'] })).toMatchObject({ status: 'pass', message: expect.stringMatching(/allowed to be \(parameter publicNamespaces\)/) });
  });

  it('ignores other Service types and passes a cluster without LoadBalancer Services', () => {
    const f = verdict({ services: [service('web', 'web'), service('nodeport', 'web', { type: 'NodePort' })] });
    expect(f).toMatchObject({ status: 'pass', message: 'test has no Service of type LoadBalancer' });
  });

  it('is unknown when Services cannot be read', () => {
    expect(verdict({ services: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/listing services was forbidden \(403\)/) });
  });
});
