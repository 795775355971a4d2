import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource } from '../lib/kubernetes-resource.ts';
import { describeRbac, isPlatformManaged, RBAC, rbacResource, subjectMatcher, unreadKinds } from '../analyses/rbac.ts';

interface Params {
  builtInRoles: string[];
}

const FIELDS = ['verbs', 'resources', 'apiGroups'] as const;

/**
 * Roles name what they grant: a `*` in verbs, resources or API groups also grants whatever the
 * API adds later (new verbs such as `escalate`, new resources, CRDs). Built-in roles are skipped
 * only when a platform label vouches for them, so a hand-made `system:` role is still judged.
 */
export default defineRule<Params>({
  id: 'k8s-rbac-wildcards',
  check(ctx) {
    const builtIn = subjectMatcher(ctx.params.builtInRoles);
    for (const cluster of ctx.state.kubernetes) {
      const rbac = ctx.analysis(RBAC).of(cluster);
      let judged = 0;
      for (const role of rbac.roles) {
        const { metadata } = role.object;
        if (builtIn(metadata?.name ?? '') && isPlatformManaged(metadata)) continue;
        judged++;
        const rules = role.object.rules ?? [];
        const wild: string[] = [];
        const evidence: Evidence[] = [];
        rules.forEach((rule, i) => {
          const fields = FIELDS.filter((f) => rule[f]?.includes('*'));
          if (!fields.length) return;
          wild.push(`rules[${i}] (${fields.join(', ')})`);
          evidence.push({ path: `rules[${i}]`, value: rule });
        });
        const resource = rbacResource(cluster, role);
        if (wild.length) ctx.fail(resource, `${describeRbac(role)} uses * in ${wild.join('; ')}`, evidence);
        else ctx.pass(resource, `${describeRbac(role)} names its verbs, resources and API groups in all ${rules.length} rule(s)`, [{ path: 'rules', value: rules }]);
      }
      const unread = unreadKinds(cluster, ['roles', 'clusterroles']);
      if (unread) ctx.unknown(kubernetesClusterResource(cluster), `Not every role of ${cluster.name} could be read (${unread}), so wildcard grants may be missed`);
      else if (judged === 0) ctx.pass(kubernetesClusterResource(cluster), `${cluster.name} has no Role or ClusterRole besides the platform's built-in ones`);
    }
  },
});
