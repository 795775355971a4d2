import { defineRule } from '../../engine/rule.ts';
import { podLabelPath } from '../analyses/pod-identity.ts';
import { judgeWorkloads } from '../factories/workload-rule.ts';

/** The label by which AAD Pod Identity (deprecated, retired in favour of Workload ID) binds an Azure identity to pods. */
const POD_IDENTITY_LABEL = 'aadpodidbinding';

/**
 * No pod carries the `aadpodidbinding` label. Pod identity intercepts the node's metadata
 * endpoint (NMI) to hand out managed identity tokens; it is deprecated, and its use means pods
 * are meant to reach 169.254.169.254. AzureIdentity objects are custom resources not read here.
 */
export default defineRule({
  id: 'k8s-pod-identity-labels-absent',
  check(ctx) {
    judgeWorkloads(ctx, (workload) => {
      const path = podLabelPath(workload, POD_IDENTITY_LABEL);
      const binding = workload.podLabels[POD_IDENTITY_LABEL];
      if (binding === undefined) return { problems: [], evidence: [{ path, value: null, note: 'label absent' }], passed: `carries no ${POD_IDENTITY_LABEL} label` };
      return { problems: [`still uses AAD Pod Identity: its pods carry ${POD_IDENTITY_LABEL}=${binding}; move to Microsoft Entra Workload ID`], evidence: [{ path, value: binding }], passed: '' };
    });
  },
});
