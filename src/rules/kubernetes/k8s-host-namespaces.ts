import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf } from '../analyses/workloads.ts';

const NAMESPACES = [
  { field: 'hostPID', what: 'PID namespace (it can see and signal every process on the node)' },
  { field: 'hostIPC', what: 'IPC namespace (shared memory of node daemons and other pods)' },
  { field: 'hostNetwork', what: 'network namespace (node interfaces and ports; NetworkPolicy no longer applies)' },
] as const;

/** No pod shares the node's PID, IPC or network namespace: pod-level settings, so every container of the pod gets them. */
export default defineRule({
  id: 'k8s-host-namespaces',
  check(ctx) {
    judgeWorkloads(ctx, (workload) => {
      const evidence: Evidence[] = [];
      const shared: string[] = [];
      for (const { field, what } of NAMESPACES) {
        const value = workload.spec[field];
        const path = `${workload.specPath}.${field}`;
        if (value === true) {
          shared.push(`${field}: the node's ${what}`);
          evidence.push({ path, value });
        } else {
          evidence.push(value === undefined || value === null ? { path, value: false, note: 'not set; Kubernetes defaults to false' } : { path, value });
        }
      }
      const containers = containersOf(workload).map(containerLabel).join(', ');
      return {
        problems: shared.length ? [`gives its containers (${containers}) ${shared.join(', ')}`] : [],
        evidence: shared.length ? evidence.filter((e) => e.value === true) : evidence,
        passed: "shares none of the node's PID, IPC or network namespaces",
      };
    });
  },
});
