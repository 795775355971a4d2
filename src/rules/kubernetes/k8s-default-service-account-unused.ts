import { defineRule } from '../../engine/rule.ts';
import { podServiceAccount } from '../analyses/pod-identity.ts';
import { judgeWorkloads } from '../factories/workload-rule.ts';

/**
 * No workload runs as its namespace's `default` service account: every pod that names none
 * gets it, so any role bound to it (or added later) reaches all of them at once.
 */
export default defineRule({
  id: 'k8s-default-service-account-unused',
  check(ctx) {
    judgeWorkloads(ctx, (workload) => {
      const account = podServiceAccount(workload);
      if (account.name !== 'default') return { problems: [], evidence: [{ path: account.path, value: account.name }], passed: `runs as its own service account ${account.name}` };
      const evidence = account.stated ? { path: account.path, value: 'default' } : { path: account.path, value: null, note: "not set; Kubernetes uses the namespace's default service account" };
      const how = account.stated ? 'names it explicitly' : 'names no service account';
      return { problems: [`runs as the namespace's default service account (its pod spec ${how})`], evidence: [evidence], passed: '' };
    });
  },
});
