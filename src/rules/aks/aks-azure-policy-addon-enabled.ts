import { defineRule, notStated } from '../../engine/rule.ts';
import { readAddon } from '../lib/addons.ts';

const ADDON = 'azurepolicy';

/** The Azure Policy add-on (Gatekeeper) audits and enforces policies on in-cluster objects. */
export default defineRule({
  id: 'aks-azure-policy-addon-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { enabled, evidence } = readAddon(cluster, ADDON);
      if (enabled === null) {
        ctx.unknown(cluster, notStated(evidence.path), [evidence]);
      } else if (enabled) {
        ctx.pass(cluster, `Cluster ${cluster.name} runs the Azure Policy add-on`, [evidence]);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} does not run the Azure Policy add-on: Azure Policy cannot audit or deny in-cluster objects (privileged pods, host namespaces, unapproved registries) and Defender for Cloud's data-plane recommendations stay empty`, [evidence]);
      }
    }
  },
});
