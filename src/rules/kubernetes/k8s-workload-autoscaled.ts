import type { V1Service } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { namespaceKey, type KubernetesCluster, type KubernetesItem } from '../../state/kubernetes.ts';
import { AUTOSCALERS, targetKey, type Autoscaler } from '../analyses/autoscalers.ts';
import type { Workload } from '../analyses/workloads.ts';
import { judgeWorkloads, type WorkloadAside, type WorkloadProblems } from '../factories/workload-rule.ts';

interface Params {
  systemNamespaces: string[];
}

const SCALABLE = new Set(['Deployment', 'StatefulSet']);

/**
 * Deployments and StatefulSets that run more than one replica, or that a Service sends traffic
 * to, are scaled by a HorizontalPodAutoscaler or a KEDA ScaledObject: one (two fight, and the
 * controller then scales neither) whose range lets it scale (maximum above minimum) and which,
 * where its status was read, is able to. A single replica no Service routes to is a singleton (a
 * leader, a consumer) and not judged; nor is a workload scaled to zero.
 */
export default defineRule<Params>({
  id: 'k8s-workload-autoscaled',
  check(ctx) {
    const system = new Set(ctx.params.systemNamespaces);
    judgeWorkloads(ctx, (workload, cluster) => {
      if (!SCALABLE.has(workload.kind)) return { notApplicable: 'is not a Deployment or StatefulSet, which HPAs scale' };
      if (system.has(workload.namespace)) return { notApplicable: `is in system namespace ${workload.namespace}` };
      const autoscalers = ctx.analysis(AUTOSCALERS).of(cluster);
      if (autoscalers === null) return { unknown: `HorizontalPodAutoscalers of ${cluster.name} could not be read (${cluster.unread.horizontalpodautoscalers?.reason ?? 'not read'})`, evidence: [] };
      const targeting = autoscalers.byTarget.get(targetKey(workload.namespaceKey, workload.kind, workload.name)) ?? [];
      if (targeting.length) return judgeAutoscalers(targeting);
      const unscaled = judgeUnscaled(workload, cluster);
      // Without an HPA, a ScaledObject that could not be read may be what scales it.
      if ('problems' in unscaled && autoscalers.scaledObjectsUnread !== null) return { unknown: `no HorizontalPodAutoscaler targets it, and KEDA ScaledObjects could not be read (${autoscalers.scaledObjectsUnread})`, evidence: unscaled.evidence };
      return unscaled;
    });
  },
});

function judgeAutoscalers(targeting: Autoscaler[]): WorkloadProblems & { passed: string } {
  const evidence = targeting.flatMap((a) => a.evidence);
  const labels = targeting.map((a) => a.label);
  if (targeting.length > 1) return { problems: [`is the target of ${targeting.length} autoscalers (${labels.join(', ')}): the HPA controller refuses to scale a workload more than one HPA claims (AmbiguousSelector)`], evidence, passed: '' };
  const { label, min, max, failing } = targeting[0]!;
  const problems: string[] = [];
  if (typeof max !== 'number' || typeof min !== 'number') problems.push(`has ${label} without a numeric replica range, which the API would refuse`);
  else if (max <= min) problems.push(`has ${label} pinned at ${min} replica${min === 1 ? '' : 's'} (minimum ${min}, maximum ${max}): it cannot scale`);
  if (failing) problems.push(`has ${label}, which reports it cannot scale (${failing})`);
  return { problems, evidence, passed: `is scaled by ${label} between ${String(min)} and ${String(max)} replicas` };
}

/** No HPA: a fixed replica count is a finding where more than one replica, or a Service, says the workload takes load. */
function judgeUnscaled(workload: Workload, cluster: KubernetesCluster): (WorkloadProblems & { passed: string }) | WorkloadAside {
  const replicas = replicasOf(workload, cluster);
  const evidence: Evidence[] = [replicas === undefined ? { path: 'spec.replicas', value: null, note: 'not set: 1' } : { path: 'spec.replicas', value: replicas }];
  if (replicas !== undefined && (typeof replicas !== 'number' || !Number.isInteger(replicas))) return { unknown: `spec.replicas is ${JSON.stringify(replicas)}, not a whole number, which the API would refuse`, evidence };
  const count = replicas ?? 1;
  if (count === 0) return { notApplicable: 'is scaled to zero' };
  if (count > 1) return { problems: [`runs a fixed ${count} replicas and no HorizontalPodAutoscaler targets it, so it cannot follow load`], evidence, passed: '' };
  const services = cluster.objects.services;
  if (services === null) return { unknown: `it runs one replica and no HorizontalPodAutoscaler targets it; whether a Service sends it traffic is not known: Services of ${cluster.name} could not be read (${cluster.unread.services?.reason ?? 'not read'})`, evidence };
  const serving = services.filter((s) => routesTo(s, workload));
  if (!serving.length) return { notApplicable: 'runs one replica and no Service routes to it' };
  const names = serving.map((s) => s.object.metadata?.name ?? '(unnamed)');
  evidence.push(...names.map((name, i) => ({ path: `services/${name}.spec.selector`, value: serving[i]!.object.spec?.selector ?? null })));
  return { problems: [`serves traffic (Service ${names.join(', ')}) from a single fixed replica and no HorizontalPodAutoscaler targets it`], evidence, passed: '' };
}

/** `spec.replicas` of the controller the workload is (the workload keeps its metadata object, so it is found by it). */
function replicasOf(workload: Workload, cluster: KubernetesCluster): unknown {
  const items: KubernetesItem<{ metadata?: object; spec?: { replicas?: unknown } }>[] = (workload.kind === 'Deployment' ? cluster.objects.deployments : cluster.objects.statefulsets) ?? [];
  return items.find((item) => item.object.metadata === workload.metadata)?.object.spec?.replicas;
}

/** A Service with a selector (not ExternalName) in the workload's namespace whose every selector pair its pods carry. */
function routesTo({ object, origin }: KubernetesItem<V1Service>, workload: Workload): boolean {
  const selector = object.spec?.selector;
  if (object.spec?.type === 'ExternalName' || !selector || !Object.keys(selector).length) return false;
  if (namespaceKey(object.metadata, origin) !== workload.namespaceKey) return false;
  return Object.entries(selector).every(([key, value]) => workload.podLabels[key] === value);
}
