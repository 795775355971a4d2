import { defineRule, notStated } from '../../engine/rule.ts';
import { readAddon } from '../lib/addons.ts';

const ADDON = 'httpApplicationRouting';

/**
 * The retired HTTP application routing add-on is off: it publishes every Ingress on a public,
 * cluster-specific DNS zone through an unmaintained NGINX controller.
 */
export default defineRule({
  id: 'aks-http-application-routing-disabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { enabled, evidence } = readAddon(cluster, ADDON);
      if (enabled === null) {
        ctx.unknown(cluster, notStated(evidence.path), [evidence]);
      } else if (enabled) {
        ctx.fail(cluster, `Cluster ${cluster.name} has the retired HTTP application routing add-on enabled: it exposes Ingresses on public DNS names, has had no fixes since March 2025 and does not work on supported Kubernetes versions; move to the application routing add-on`, [evidence]);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} does not run the HTTP application routing add-on`, [evidence]);
      }
    }
  },
});
