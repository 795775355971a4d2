import { containerRule, setting } from '../factories/container-rule.ts';
import { addedCapabilities } from '../lib/capabilities.ts';

/**
 * Every container sets allowPrivilegeEscalation: false, which sets no_new_privs so setuid binaries
 * and file capabilities cannot raise privileges. The field exists on containers only and defaults
 * to true; a privileged container or one granted CAP_SYS_ADMIN can always escalate, whatever it says.
 */
export default containerRule({
  id: 'k8s-no-privilege-escalation',
  pass: 'sets allowPrivilegeEscalation: false',
  judge(_workload, c) {
    const context = c.container.securityContext;
    const path = `${c.path}.securityContext`;
    const allow = setting(`${path}.allowPrivilegeEscalation`, context?.allowPrivilegeEscalation);
    if (context?.privileged === true) return { problem: 'is privileged, which always allows privilege escalation', evidence: [setting(`${path}.privileged`, true), allow] };
    if (addedCapabilities(c.container).includes('SYS_ADMIN')) return { problem: 'adds CAP_SYS_ADMIN, which always allows privilege escalation', evidence: [setting(`${path}.capabilities.add`, context?.capabilities?.add), allow] };
    if (context?.allowPrivilegeEscalation === false) return { problem: null, evidence: [allow] };
    const problem = context?.allowPrivilegeEscalation === true ? 'sets allowPrivilegeEscalation: true' : 'does not set allowPrivilegeEscalation, which defaults to true';
    return { problem, evidence: [allow] };
  },
});
