import { evidence as evidenceOf } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/**
 * Pods (without hostNetwork) cannot reach the Instance Metadata Service at 169.254.169.254,
 * where any pod could otherwise take tokens for the node's managed identity (the kubelet
 * identity, often with pull rights on registries and more).
 */
export default defineRule({
  id: 'aks-pod-metadata-access-blocked',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const access = cluster.network.podLinkLocalAccess;
      const evidence = [evidenceOf(cluster, 'network.podLinkLocalAccess')];
      if (access === null) {
        const readWith = cluster.apiVersion ? ` (this body was read with api-version ${cluster.apiVersion})` : '';
        ctx.unknown(cluster, `${evidence[0]!.path} is not stated${readWith}: only recent preview versions of the ARM API (networkProfile.podLinkLocalAccess) expose it, so export the cluster with such a preview api-version or scan it live`, evidence);
      } else if (access.toLowerCase() === 'none') {
        ctx.pass(cluster, `Cluster ${cluster.name} blocks pods from the Instance Metadata Service (podLinkLocalAccess: ${access})`, evidence);
      } else if (access.toLowerCase() === 'imds') {
        ctx.fail(cluster, `Cluster ${cluster.name} lets every pod reach the Instance Metadata Service at 169.254.169.254 and take tokens for the node's managed identity (podLinkLocalAccess: ${access})`, evidence);
      } else {
        ctx.unknown(cluster, `Cluster ${cluster.name} sets podLinkLocalAccess to "${access}", a value this rule does not know (IMDS or None)`, evidence);
      }
    }
  },
});
