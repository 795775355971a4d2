import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf } from '../analyses/workloads.ts';

/**
 * No container binds a port on the node (`hostPort`): it bypasses Services and NetworkPolicy
 * ingress, opens the node address, and pins one replica per node. `hostPort: 0` means unset.
 */
export default defineRule({
  id: 'k8s-host-ports',
  check(ctx) {
    judgeWorkloads(ctx, (workload) => {
      const bound: string[] = [];
      const evidence: Evidence[] = [];
      for (const c of containersOf(workload)) {
        (c.container.ports ?? []).forEach((port, i) => {
          if (!port.hostPort) return;
          bound.push(`container ${containerLabel(c)} binds node port ${port.hostPort}/${port.protocol ?? 'TCP'}${port.hostIP ? ` on ${port.hostIP}` : ''} (container port ${port.containerPort})`);
          evidence.push({ path: `${c.path}.ports[${i}].hostPort`, value: port.hostPort });
        });
      }
      return { problems: bound, evidence, passed: 'binds no host ports' };
    });
  },
});
