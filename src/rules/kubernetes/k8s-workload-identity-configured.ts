import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import { accountPath, podLabelPath, podServiceAccount, SERVICE_ACCOUNTS, serviceAccountOf, serviceAccountsUnread, WORKLOAD_IDENTITY_CLIENT_ID, WORKLOAD_IDENTITY_LABEL } from '../analyses/pod-identity.ts';
import { judgeWorkloads } from '../factories/workload-rule.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Workloads that use Microsoft Entra Workload ID have all three parts: the pod label (the
 * webhook mutates only labelled pods), the client-id annotation on their service account (the
 * identity to sign in as) and workload identity enabled on the AKS cluster (the webhook exists).
 * One part without the other is a workload that meant to use it and silently does not.
 */
export default defineRule({
  id: 'k8s-workload-identity-configured',
  check(ctx) {
    judgeWorkloads(ctx, (workload, cluster) => {
      const labelPath = podLabelPath(workload, WORKLOAD_IDENTITY_LABEL);
      const label = workload.podLabels[WORKLOAD_IDENTITY_LABEL];
      const labelled = label === 'true';
      const account = podServiceAccount(workload);
      const sa = serviceAccountOf(ctx.analysis(SERVICE_ACCOUNTS).of(cluster), workload);
      const clientId = sa?.metadata?.annotations?.[WORKLOAD_IDENTITY_CLIENT_ID];
      const evidence: Evidence[] = [label === undefined ? { path: labelPath, value: null, note: 'label absent' } : { path: labelPath, value: label }];
      const annotationPath = accountPath(workload, `metadata.annotations["${WORKLOAD_IDENTITY_CLIENT_ID}"]`);
      if (!labelled) {
        if (clientId === undefined) return { notApplicable: sa === null ? `does not use workload identity (no ${WORKLOAD_IDENTITY_LABEL}: "true" pod label; ${serviceAccountsUnread(cluster)})` : 'does not use workload identity' };
        evidence.push({ path: annotationPath, value: clientId });
        const value = label === undefined ? 'absent' : `"${label}"`;
        return { problems: [`runs as service account ${account.name}, annotated for workload identity, but its pods' ${WORKLOAD_IDENTITY_LABEL} label is ${value} (it must be "true"), so the webhook injects no federated token`], evidence, passed: '' };
      }
      if (sa === null) return { unknown: `its pods ask for workload identity, and ${serviceAccountsUnread(cluster)} to see the client-id annotation`, evidence };
      if (sa === undefined) return { unknown: `its pods ask for workload identity, and service account ${account.name} is not in the input`, evidence };
      evidence.push(clientId === undefined ? { path: annotationPath, value: null, note: 'annotation absent' } : { path: annotationPath, value: clientId });
      if (clientId === undefined) return { problems: [`asks for workload identity, but service account ${account.name} has no ${WORKLOAD_IDENTITY_CLIENT_ID} annotation naming the identity to sign in as`], evidence, passed: '' };
      if (!GUID.test(clientId)) return { problems: [`asks for workload identity, but service account ${account.name} has a ${WORKLOAD_IDENTITY_CLIENT_ID} annotation that is not a client id (a GUID)`], evidence, passed: '' };
      const aks = aksClusterOf(ctx.state.clusters, cluster);
      if (!aks) return { unknown: `its pods and service account ${account.name} are set up for workload identity, but the AKS cluster was not in the scan to confirm workload identity is enabled on it`, evidence };
      const enabled = evidenceOf(aks, 'workloadIdentityEnabled');
      // The finding is on the workload: the path names the cluster it is read on.
      evidence.push({ ...enabled, path: `managedClusters/${aks.name}.${enabled.path}` });
      if (aks.workloadIdentityEnabled === null) return { unknown: unknownReason(enabled), evidence };
      if (!aks.workloadIdentityEnabled) return { problems: [`is set up for workload identity, but AKS cluster ${aks.name} does not have workload identity enabled, so no webhook injects the token`], evidence, passed: '' };
      return { problems: [], evidence, passed: `uses workload identity as service account ${account.name} (client id ${clientId}) on cluster ${aks.name}, which has it enabled` };
    });
  },
});

function aksClusterOf(clusters: AksCluster[], cluster: KubernetesCluster): AksCluster | undefined {
  const id = cluster.aksClusterId?.toLowerCase();
  return id ? clusters.find((c) => c.id.toLowerCase() === id) : undefined;
}
