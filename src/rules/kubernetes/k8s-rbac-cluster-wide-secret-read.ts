import type { V1PolicyRule } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource } from '../lib/kubernetes-resource.ts';
import { allows, describeRbac, describeSubject, disallowedSubjects, listed, RBAC, rbacResource, subjectMatcher, unreadKinds } from '../analyses/rbac.ts';

interface Params {
  allowedSubjects: string[];
}

const READ_VERBS = ['get', 'list', 'watch'];

/**
 * No subject outside the control plane and kube-system reads every Secret in the cluster: one
 * such grant reads every service account token, pull secret and TLS key in every namespace.
 * Bindings to cluster-admin are left to k8s-rbac-cluster-admin-bindings, which already reports
 * them, so one misplaced binding is not two findings.
 */
export default defineRule<Params>({
  id: 'k8s-rbac-cluster-wide-secret-read',
  check(ctx) {
    const allowed = subjectMatcher(ctx.params.allowedSubjects);
    for (const cluster of ctx.state.kubernetes) {
      const rbac = ctx.analysis(RBAC).of(cluster);
      const undecided: string[] = [];
      let judged = 0;
      for (const binding of rbac.bindings) {
        const ref = binding.object.roleRef;
        if (binding.kind !== 'ClusterRoleBinding' || ref.name === 'cluster-admin') continue;
        const { keys, evidence: subjects } = disallowedSubjects(binding, allowed);
        const grant = rbac.grantOf(binding);
        if (grant.status !== 'read') {
          if (keys.length) undecided.push(`${describeRbac(binding)} → ClusterRole ${ref.name} (${grant.status === 'unread' ? `${grant.kind}: ${grant.reason}` : 'not in the input'})`);
          continue;
        }
        const reading = secretReads(grant.rules);
        if (!reading.verbs.length) continue;
        judged++;
        const resource = rbacResource(cluster, binding);
        const evidence: Evidence[] = [
          { path: 'roleRef', value: ref },
          ...reading.indexes.map((i) => ({ path: `rules[${i}]`, value: grant.rules[i], note: grant.role ? `in ClusterRole ${ref.name}` : `in the built-in ClusterRole ${ref.name}` })),
        ];
        const what = `${describeRbac(binding)} grants ClusterRole ${ref.name}, which can ${reading.verbs.join('/')} every Secret in every namespace,`;
        if (keys.length) ctx.fail(resource, `${what} to ${keys.map(describeSubject).join(', ')}`, [...evidence, ...subjects]);
        else ctx.pass(resource, `${what} only to allowed control-plane subjects`, [...evidence, { path: 'subjects', value: binding.object.subjects ?? [] }]);
      }
      const unread = unreadKinds(cluster, ['clusterrolebindings']);
      if (unread || undecided.length) {
        const parts = [unread && `ClusterRoleBindings could not be read (${unread})`, undecided.length && `what ${listed(undecided)} grant(s) is not known`].filter(Boolean);
        ctx.unknown(kubernetesClusterResource(cluster), `Cluster-wide Secret access in ${cluster.name} is not fully known: ${parts.join('; ')}`);
      } else if (judged === 0) {
        ctx.pass(kubernetesClusterResource(cluster), `No ClusterRoleBinding in ${cluster.name} grants reading Secrets cluster-wide (bindings to cluster-admin are judged by k8s-rbac-cluster-admin-bindings)`);
      }
    }
  },
});

/** The read verbs a role's rules grant on all Secrets, and the rules that grant them. */
function secretReads(rules: V1PolicyRule[]): { verbs: string[]; indexes: number[] } {
  const verbs = READ_VERBS.filter((verb) => rules.some((rule) => allows(rule, verb, '', 'secrets')));
  const indexes = rules.flatMap((rule, i) => (READ_VERBS.some((verb) => allows(rule, verb, '', 'secrets')) ? [i] : []));
  return { verbs, indexes };
}
