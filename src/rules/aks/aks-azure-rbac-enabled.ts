import { defineRule, notStated, observed } from '../../engine/rule.ts';

const AZURE_RBAC = 'properties.aadProfile.enableAzureRBAC';
const MANAGED = 'properties.aadProfile.managed';

/** Kubernetes authorization through Azure RBAC, so access is granted and reviewed in one place. */
export default defineRule({
  id: 'aks-azure-rbac-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { azureRbac, managed } = cluster.aad;
      const evidence = [observed(cluster, 'aad.azureRbac', AZURE_RBAC, azureRbac), observed(cluster, 'aad.managed', MANAGED, managed)];
      if (azureRbac === true) {
        ctx.pass(cluster, `Cluster ${cluster.name} authorizes Kubernetes requests with Azure RBAC`, evidence);
      } else if (managed === false) {
        // Known off whatever enableAzureRBAC says: Azure RBAC for Kubernetes requires AKS-managed Entra ID.
        ctx.fail(cluster, `Cluster ${cluster.name} does not use Azure RBAC for Kubernetes authorization, which requires AKS-managed Microsoft Entra ID integration, also off`, evidence);
      } else if (azureRbac === null) {
        ctx.unknown(cluster, notStated(AZURE_RBAC), evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} has Entra ID integration but does not use Azure RBAC for Kubernetes authorization: access is granted only by in-cluster RoleBindings, outside Azure role assignments and access reviews`, evidence);
      }
    }
  },
});
