import type { V1ResourceRequirements } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf } from '../analyses/workloads.ts';

interface Params {
  requireCpuRequest: boolean;
  requireCpuLimit: boolean;
  requireMemoryRequest: boolean;
  requireMemoryLimit: boolean;
}

const SETTINGS = [
  { param: 'requireCpuRequest', kind: 'requests', resource: 'cpu', label: 'CPU request' },
  { param: 'requireCpuLimit', kind: 'limits', resource: 'cpu', label: 'CPU limit' },
  { param: 'requireMemoryRequest', kind: 'requests', resource: 'memory', label: 'memory request' },
  { param: 'requireMemoryLimit', kind: 'limits', resource: 'memory', label: 'memory limit' },
] as const;

/**
 * Every container and init container states the CPU and memory requests and limits the
 * parameters require. Ephemeral containers are left out: the API forbids resources on them.
 */
export default defineRule<Params>({
  id: 'k8s-resources-set',
  check(ctx) {
    const required = SETTINGS.filter((s) => ctx.params[s.param]);
    judgeWorkloads(ctx, (workload) => {
      const problems: string[] = [];
      const evidence: Evidence[] = [];
      for (const c of containersOf(workload)) {
        if (c.list === 'ephemeralContainers') continue;
        const resources = (c.container as { resources?: V1ResourceRequirements }).resources;
        const missing = required.filter((s) => !isSet(resources, s.kind, s.resource)).map((s) => s.label);
        if (!missing.length) continue;
        problems.push(`container ${containerLabel(c)} has no ${missing.join(', ')}`);
        evidence.push({ path: `${c.path}.resources`, value: resources ?? null });
      }
      const wanted = required.map((s) => s.label).join(', ');
      return { problems, evidence, passed: required.length ? `sets ${wanted} on every container` : 'is not required to set any resources (all require* parameters are off)' };
    });
  },
});

/**
 * A request left out while its limit is set is not missing: Kubernetes copies the limit into
 * the request at admission, so the scheduler reserves exactly the limit.
 */
function isSet(resources: V1ResourceRequirements | undefined, kind: 'requests' | 'limits', resource: string): boolean {
  const stated = (k: 'requests' | 'limits'): boolean => {
    const value: unknown = resources?.[k]?.[resource];
    return value !== undefined && value !== null && value !== '';
  };
  return stated(kind) || (kind === 'requests' && stated('limits'));
}
