import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource } from '../lib/kubernetes-resource.ts';
import { describeRbac, describeSubject, disallowedSubjects, fullControlRule, isPlatformManaged, listed, RBAC, rbacResource, subjectMatcher, unreadKinds, type Binding, type RbacIndex } from '../analyses/rbac.ts';

interface Params {
  allowedSubjects: string[];
  aksManagedBindings: string[];
}

/** How a binding hands out cluster-admin: by name, or through a role with the same reach. */
type AdminGrant = { evidence: Evidence[]; how: string } | { unknown: string } | null;

/**
 * No subject outside the platform's own holds cluster-admin, or a role that grants every verb
 * on every resource: through a ClusterRoleBinding that is the whole cluster, through a
 * RoleBinding it is everything in that namespace, its Secrets and RBAC included.
 */
export default defineRule<Params>({
  id: 'k8s-rbac-cluster-admin-bindings',
  check(ctx) {
    const allowed = subjectMatcher(ctx.params.allowedSubjects);
    for (const cluster of ctx.state.kubernetes) {
      const rbac = ctx.analysis(RBAC).of(cluster);
      const undecided: string[] = [];
      let judged = 0;
      for (const binding of rbac.bindings) {
        const grant = adminGrant(rbac, binding);
        if (grant === null) continue;
        if ('unknown' in grant) {
          // Only a binding with subjects outside the allowed ones could fail, so only those are unknown.
          if (disallowedSubjects(binding, allowed).keys.length) undecided.push(`${describeRbac(binding)} (${grant.unknown})`);
          continue;
        }
        judged++;
        const resource = rbacResource(cluster, binding);
        const where = binding.namespace ? ` in namespace ${binding.namespace}` : ' across the cluster';
        if (ctx.params.aksManagedBindings.includes(binding.object.metadata?.name ?? '') && isPlatformManaged(binding.object.metadata)) {
          ctx.pass(resource, `${describeRbac(binding)} ${grant.how}; AKS reconciles it from the cluster's ARM settings (local accounts, Entra admin groups), which the control-plane rules judge`, grant.evidence);
          continue;
        }
        const { keys, evidence } = disallowedSubjects(binding, allowed);
        if (keys.length) {
          ctx.fail(resource, `${describeRbac(binding)} ${grant.how}${where} to ${keys.map(describeSubject).join(', ')}`, [...grant.evidence, ...evidence]);
        } else {
          const count = binding.object.subjects?.length ?? 0;
          ctx.pass(resource, `${describeRbac(binding)} ${grant.how}${where} only to ${count ? 'allowed platform subjects' : 'no subject'}`, [...grant.evidence, { path: 'subjects', value: binding.object.subjects ?? [] }]);
        }
      }
      const unread = unreadKinds(cluster, ['clusterrolebindings', 'rolebindings']);
      if (unread || undecided.length) {
        const parts = [unread && `bindings could not be read (${unread})`, undecided.length && `the roles of ${listed(undecided)} could not be read, so whether they grant cluster-admin-equivalent access is unknown`].filter(Boolean);
        ctx.unknown(kubernetesClusterResource(cluster), `Not every cluster-admin grant of ${cluster.name} is known: ${parts.join('; ')}`);
      } else if (judged === 0) {
        ctx.pass(kubernetesClusterResource(cluster), `No binding in ${cluster.name} grants cluster-admin or an equivalent role`);
      }
    }
  },
});

function adminGrant(rbac: RbacIndex, binding: Binding): AdminGrant {
  const ref = binding.object.roleRef;
  const roleRef: Evidence = { path: 'roleRef', value: ref };
  if (ref.kind === 'ClusterRole' && ref.name === 'cluster-admin') return { evidence: [roleRef], how: 'grants cluster-admin' };
  const grant = rbac.grantOf(binding);
  if (grant.status === 'unread') return { unknown: `${grant.kind}: ${grant.reason}` };
  // A binding to a role that is not there grants nothing (live), or the export left it out (files).
  if (grant.status === 'missing') return null;
  const index = fullControlRule(grant.rules);
  if (index < 0) return null;
  return {
    evidence: [roleRef, { path: `rules[${index}]`, value: grant.rules[index], note: `in ${ref.kind} ${ref.name}` }],
    how: `grants ${ref.kind} ${ref.name}, which allows every verb on every resource in every API group (cluster-admin in all but name)`,
  };
}
