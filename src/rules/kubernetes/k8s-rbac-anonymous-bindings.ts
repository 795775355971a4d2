import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource } from '../lib/kubernetes-resource.ts';
import { describeRbac, RBAC, rbacResource, unreadKinds } from '../analyses/rbac.ts';

interface Params {
  allowedClusterRoles: string[];
}

/** The identities of requests that carry no credential at all. */
const ANONYMOUS = new Set(['system:anonymous', 'system:unauthenticated']);

/**
 * Nothing is granted to requests without credentials: anyone who can reach the API server
 * (the Internet, for a public AKS endpoint without authorized ranges) gets what these bindings
 * grant. The API server's own `system:public-info-viewer` binding, which lets them read
 * /version and the health endpoints, is the allowed default.
 */
export default defineRule<Params>({
  id: 'k8s-rbac-anonymous-bindings',
  check(ctx) {
    for (const cluster of ctx.state.kubernetes) {
      const rbac = ctx.analysis(RBAC).of(cluster);
      let defaults = 0;
      let failed = 0;
      for (const binding of rbac.bindings) {
        const evidence: Evidence[] = [];
        (binding.object.subjects ?? []).forEach((subject, i) => {
          if (ANONYMOUS.has(subject.name)) evidence.push({ path: `subjects[${i}]`, value: subject });
        });
        if (!evidence.length) continue;
        const ref = binding.object.roleRef;
        if (ref.kind === 'ClusterRole' && ctx.params.allowedClusterRoles.includes(ref.name)) {
          defaults++;
          continue;
        }
        failed++;
        const names = evidence.map((e) => (e.value as { name: string }).name).join(' and ');
        const scope = binding.namespace ? `in namespace ${binding.namespace}` : 'across the cluster';
        ctx.fail(rbacResource(cluster, binding), `${describeRbac(binding)} grants ${ref.kind} ${ref.name} ${scope} to ${names}: any request without credentials gets it`, [{ path: 'roleRef', value: ref }, ...evidence]);
      }
      const unread = unreadKinds(cluster, ['clusterrolebindings', 'rolebindings']);
      if (unread) {
        ctx.unknown(kubernetesClusterResource(cluster), `Bindings of ${cluster.name} could not all be read (${unread}), so grants to anonymous requests may be missed`);
      } else if (failed === 0) {
        const note = defaults ? ` beyond the default ${ctx.params.allowedClusterRoles.join(', ')}` : '';
        ctx.pass(kubernetesClusterResource(cluster), `No binding in ${cluster.name} grants anything to system:anonymous or system:unauthenticated${note}`);
      }
    }
  },
});
