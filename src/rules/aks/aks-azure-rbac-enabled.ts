import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Kubernetes authorization through Azure RBAC, so access is granted and reviewed in one place. */
export default defineRule({
  id: 'aks-azure-rbac-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { azureRbac, managed } = cluster.aad;
      const evidence = [evidenceOf(cluster, 'aad.azureRbac'), evidenceOf(cluster, 'aad.managed')];
      if (azureRbac === true) {
        ctx.pass(cluster, `Cluster ${cluster.name} authorizes Kubernetes requests with Azure RBAC`, evidence);
      } else if (managed === false) {
        // Known off whatever enableAzureRBAC says: Azure RBAC for Kubernetes requires AKS-managed Entra ID.
        ctx.fail(cluster, `Cluster ${cluster.name} does not use Azure RBAC for Kubernetes authorization, which requires AKS-managed Microsoft Entra ID integration, also off`, evidence);
      } else if (azureRbac === null) {
        ctx.unknown(cluster, unknownReason(evidence[0]!), evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} has Entra ID integration but does not use Azure RBAC for Kubernetes authorization: access is granted only by in-cluster RoleBindings, outside Azure role assignments and access reviews`, evidence);
      }
    }
  },
});
