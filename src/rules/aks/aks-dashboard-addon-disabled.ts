import { defineRule, notStated } from '../../engine/rule.ts';
import { readAddon } from '../lib/addons.ts';

const ADDON = 'kubeDashboard';

/** The deprecated Kubernetes dashboard add-on is off: a web UI to the API server, often with broad rights. */
export default defineRule({
  id: 'aks-dashboard-addon-disabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { enabled, evidence } = readAddon(cluster, ADDON);
      if (enabled === null) {
        ctx.unknown(cluster, notStated(evidence.path), [evidence]);
      } else if (enabled) {
        ctx.fail(cluster, `Cluster ${cluster.name} has the deprecated Kubernetes dashboard add-on enabled: a web UI to the API server that attackers have used to take over clusters; remove it and use the Azure portal's Kubernetes resource view`, [evidence]);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} does not run the Kubernetes dashboard add-on`, [evidence]);
      }
    }
  },
});
