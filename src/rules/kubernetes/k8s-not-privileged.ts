import { containerRule, setting } from '../factories/container-rule.ts';

/**
 * No container is privileged: a privileged container has every capability, all host devices and
 * no seccomp or AppArmor confinement, so it is root on the node. Added capabilities such as
 * CAP_SYS_ADMIN are judged by k8s-capabilities-dropped.
 */
export default containerRule({
  id: 'k8s-not-privileged',
  pass: 'is unprivileged',
  judge(_workload, c) {
    const privileged = c.container.securityContext?.privileged;
    const evidence = [setting(`${c.path}.securityContext.privileged`, privileged)];
    return { problem: privileged === true ? 'is privileged (privileged: true): it has full access to the node' : null, evidence };
  },
});
