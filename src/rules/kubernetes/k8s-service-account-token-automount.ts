import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { accountPath, podServiceAccount, SERVICE_ACCOUNTS, serviceAccountOf, serviceAccountsUnread } from '../analyses/pod-identity.ts';
import { judgeWorkloads } from '../factories/workload-rule.ts';

interface Params {
  apiClients: string[];
}

/**
 * Pods get no Kubernetes API token unless they talk to the API. The pod's
 * `automountServiceAccountToken` wins; when unset, its service account's does; when both are
 * unset, Kubernetes mounts the token. Microsoft Entra Workload ID is not a reason to mount it:
 * its webhook projects a separate token (audience api://AzureADTokenExchange) either way.
 * Workloads that do call the API are named by the `apiClients` parameter (`namespace/name`).
 */
export default defineRule<Params>({
  id: 'k8s-service-account-token-automount',
  check(ctx) {
    const clients = ctx.params.apiClients.map(pattern);
    judgeWorkloads(ctx, (workload, cluster) => {
      const podPath = `${workload.specPath}.automountServiceAccountToken`;
      const podSetting = workload.spec.automountServiceAccountToken;
      const account = podServiceAccount(workload);
      const evidence: Evidence[] = [];
      let mountedBy: string;
      if (podSetting === false) {
        return { problems: [], evidence: [{ path: podPath, value: false }], passed: 'does not mount a service account token (pod setting)' };
      } else if (podSetting === true) {
        evidence.push({ path: podPath, value: true });
        mountedBy = 'its pod spec sets automountServiceAccountToken: true';
      } else {
        evidence.push({ path: podPath, value: null, note: 'not set; the service account decides' });
        const sa = serviceAccountOf(ctx.analysis(SERVICE_ACCOUNTS).of(cluster), workload);
        if (sa === null) return { unknown: `its pod spec leaves token mounting to service account ${account.name}, and ${serviceAccountsUnread(cluster)}`, evidence };
        if (sa === undefined) return { unknown: `its pod spec leaves token mounting to service account ${account.name}, which is not in the input`, evidence };
        const saPath = accountPath(workload, 'automountServiceAccountToken');
        if (sa.automountServiceAccountToken === false) {
          return { problems: [], evidence: [...evidence, { path: saPath, value: false }], passed: `does not mount a service account token (service account ${account.name} disables it)` };
        }
        evidence.push(sa.automountServiceAccountToken === true ? { path: saPath, value: true } : { path: saPath, value: null, note: 'not set; Kubernetes mounts the token' });
        mountedBy = `neither its pod spec nor service account ${account.name} disables automounting`;
      }
      const client = ctx.params.apiClients[clients.findIndex((p) => p.test(`${workload.namespace}/${workload.name}`))];
      if (client !== undefined) return { problems: [], evidence, passed: `mounts a service account token and is an API client (apiClients: ${client})` };
      return { problems: [`mounts a Kubernetes API token for service account ${account.name} into every container: ${mountedBy}`], evidence, passed: '' };
    });
  },
});

/** `kube-system/*`, `ingress/ingress-nginx-controller`: `*` matches any run of characters. */
function pattern(text: string): RegExp {
  return new RegExp(`^${text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
