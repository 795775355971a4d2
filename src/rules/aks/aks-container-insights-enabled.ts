import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';

/**
 * Container insights collects node, pod and container logs and metrics: through the
 * monitoring (`omsagent`) add-on with a Log Analytics workspace, or through the newer
 * Azure Monitor profile. Either one is enough.
 */
export default defineRule({
  id: 'aks-container-insights-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const addon = judgeAddon(cluster);
      const profile = cluster.containerInsightsEnabled;
      const profileEvidence = evidenceOf(cluster, 'containerInsightsEnabled');
      const evidence = [addon.evidence, profileEvidence];
      if (addon.on === true) {
        ctx.pass(cluster, `Cluster ${cluster.name} sends Container insights data to Log Analytics through the monitoring (omsagent) add-on`, evidence);
      } else if (profile === true) {
        ctx.pass(cluster, `Cluster ${cluster.name} has Container insights enabled in its Azure Monitor profile`, evidence);
      } else if (addon.on === null || profile === null) {
        const missing = [addon.on === null ? evidenceOf(cluster, 'addons.containerInsights.enabled').path : undefined, profile === null ? profileEvidence.path : undefined].filter(Boolean).join(' and ');
        ctx.unknown(cluster, `${missing} not stated by the source, so whether Container insights is on cannot be judged; export the full resource or scan it live`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} does not have Container insights: ${addon.why}, and the Azure Monitor profile does not enable it (${profileEvidence.path})`, evidence);
      }
    }
  },
});

/** Whether the monitoring add-on is on with a workspace: true, false (with why) or null (not stated). */
function judgeAddon(cluster: AksCluster): { on: boolean | null; why: string; evidence: Evidence } {
  if (cluster.addons === null) return { on: null, why: '', evidence: evidenceOf(cluster, 'addons.containerInsights', null) };
  const addon = cluster.addons.containerInsights;
  if (!addon) {
    const evidence = cluster.provenance.defaulted.includes('addons')
      ? evidenceOf(cluster, 'addons')
      : { ...evidenceOf(cluster, 'addons.containerInsights', null), note: 'the cluster has add-on profiles, but no omsagent among them' };
    return { on: false, why: 'the monitoring (omsagent) add-on is not configured', evidence };
  }
  const evidence = evidenceOf(cluster, 'addons.containerInsights');
  if (addon.enabled === null) return { on: null, why: '', evidence };
  if (!addon.enabled) return { on: false, why: 'the monitoring (omsagent) add-on is disabled', evidence };
  if (!addon.config.logAnalyticsWorkspaceId) return { on: false, why: 'the monitoring (omsagent) add-on is enabled but names no Log Analytics workspace', evidence };
  return { on: true, why: '', evidence };
}
