import type { V1IngressTLS } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource, kubernetesResource } from '../lib/kubernetes-resource.ts';

/**
 * Every host an Ingress routes is served over TLS: each rule's host is listed in some
 * `spec.tls[].hosts` (a `*.example.com` entry covers one label under it, as certificates do),
 * and a rule without a host, or a default backend, is covered by a `tls` entry without hosts,
 * which the controller serves for any host.
 */
export default defineRule({
  id: 'k8s-ingress-tls',
  check(ctx) {
    for (const cluster of ctx.state.kubernetes) {
      const ingresses = cluster.objects.ingresses;
      if (ingresses === null) {
        ctx.unknown(kubernetesClusterResource(cluster), `Ingresses of ${cluster.name} could not be read (${cluster.unread.ingresses?.reason ?? 'not read'}), so plain-HTTP routes may be missed`);
        continue;
      }
      if (!ingresses.length) ctx.pass(kubernetesClusterResource(cluster), `${cluster.name} has no Ingress`);
      for (const { object, origin } of ingresses) {
        const { name, namespace = 'default' } = object.metadata ?? {};
        const resource = kubernetesResource(cluster, 'Ingress', object.metadata, origin);
        const label = `Ingress ${namespace}/${name}`;
        const tls = object.spec?.tls ?? [];
        const tlsEvidence: Evidence = tls.length ? { path: 'spec.tls', value: tls } : { path: 'spec.tls', value: null, note: 'not set' };
        const uncovered: string[] = [];
        const evidence: Evidence[] = [tlsEvidence];
        (object.spec?.rules ?? []).forEach((rule, i) => {
          if (rule.host ? covers(tls, rule.host) : tls.some(hostless)) return;
          uncovered.push(rule.host ?? 'requests for any host (a rule without host)');
          evidence.push({ path: `spec.rules[${i}].host`, value: rule.host ?? null, ...(rule.host ? {} : { note: 'not set: matches every host' }) });
        });
        if (object.spec?.defaultBackend && !tls.some(hostless)) {
          uncovered.push('the default backend');
          evidence.push({ path: 'spec.defaultBackend', value: object.spec.defaultBackend });
        }
        if (!uncovered.length) ctx.pass(resource, `${label} serves every host it routes over TLS`, evidence);
        else if (!tls.length) ctx.fail(resource, `${label} has no spec.tls: ${uncovered.join(', ')} travel over plain HTTP`, evidence);
        else ctx.fail(resource, `${label} has TLS, but not for ${uncovered.join(', ')}, which travel over plain HTTP`, evidence);
      }
    }
  },
});

/** A `tls` entry without hosts: the controller's certificate for any host. */
function hostless(entry: V1IngressTLS): boolean {
  return !entry.hosts?.length;
}

function covers(tls: V1IngressTLS[], host: string): boolean {
  return tls.some((entry) => (entry.hosts ?? []).some((name) => name === host || (name.startsWith('*.') && !host.startsWith('*.') && host.includes('.') && host.slice(host.indexOf('.')) === name.slice(1))));
}
