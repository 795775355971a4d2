import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource, kubernetesResource } from '../lib/kubernetes-resource.ts';

interface Params {
  publicNamespaces: string[];
}

const INTERNAL_ANNOTATION = 'service.beta.kubernetes.io/azure-load-balancer-internal';

/**
 * A Service of type LoadBalancer gets a frontend on the cluster's Azure load balancer: a public
 * IP address, reachable from the Internet, unless the internal annotation puts it on a private
 * address in the VNet. The Azure cloud provider compares the value with exactly `true`.
 */
export default defineRule<Params>({
  id: 'k8s-loadbalancer-internal',
  check(ctx) {
    for (const cluster of ctx.state.kubernetes) {
      const services = cluster.objects.services;
      if (services === null) {
        ctx.unknown(kubernetesClusterResource(cluster), `Services of ${cluster.name} could not be read (${cluster.unread.services?.reason ?? 'not read'}), so public load balancers may be missed`);
        continue;
      }
      let judged = 0;
      for (const { object, origin } of services) {
        if (object.spec?.type !== 'LoadBalancer') continue;
        judged++;
        const { name, namespace = 'default' } = object.metadata ?? {};
        // `annotations: null` (an emptied map in a hand-edited manifest) has none, as absent does.
        const annotations = object.metadata?.annotations ?? {};
        const resource = kubernetesResource(cluster, 'Service', object.metadata, origin);
        const label = `Service ${namespace}/${name}`;
        const value = annotations[INTERNAL_ANNOTATION];
        const evidence: Evidence[] = [
          value === undefined ? { path: `metadata.annotations["${INTERNAL_ANNOTATION}"]`, value: null, note: 'not set' } : { path: `metadata.annotations["${INTERNAL_ANNOTATION}"]`, value },
        ];
        if (value === 'true') {
          ctx.pass(resource, `${label} uses an internal Azure load balancer (a private VNet address)`, evidence);
          continue;
        }
        const ports = (object.spec.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(', ') || 'no ports';
        const ranges = object.spec.loadBalancerSourceRanges;
        if (ranges?.length) evidence.push({ path: 'spec.loadBalancerSourceRanges', value: ranges });
        if (ctx.params.publicNamespaces.includes(namespace)) {
          ctx.pass(resource, `${label} is public on ${ports}, which namespace ${namespace} is allowed to be (parameter publicNamespaces)`, evidence);
          continue;
        }
        const why = value === undefined ? 'has no internal annotation' : `sets the internal annotation to "${value}", which the Azure cloud provider does not read as true`;
        const limit = ranges?.length ? `; only ${ranges.join(', ')} may connect (loadBalancerSourceRanges)` : '';
        ctx.fail(resource, `${label} ${why}, so it gets a public IP address on the cluster's load balancer and is internet-facing on ${ports}${limit}`, evidence);
      }
      if (judged === 0) ctx.pass(kubernetesClusterResource(cluster), `${cluster.name} has no Service of type LoadBalancer`);
    }
  },
});
