import { containerRule, setting } from '../factories/container-rule.ts';
import { effective } from '../analyses/workloads.ts';

/**
 * Every container runs as a non-root user: runAsUser above 0, or runAsNonRoot true (the kubelet
 * then refuses an image whose user is root). With neither, Kubernetes runs the image's own user,
 * which a scan of the cluster's objects cannot see: that fails, since most images default to root.
 */
export default containerRule({
  id: 'k8s-run-as-non-root',
  pass: 'runs as a non-root user',
  judge(workload, c) {
    const user = effective(workload, c, 'runAsUser');
    const nonRoot = effective(workload, c, 'runAsNonRoot');
    const ownPath = `${c.path}.securityContext`;
    const userEvidence = setting(user.path ?? `${ownPath}.runAsUser`, user.value);
    const nonRootEvidence = setting(nonRoot.path ?? `${ownPath}.runAsNonRoot`, nonRoot.value);
    if (user.value === 0) {
      // runAsNonRoot: true with runAsUser: 0 is a contradiction the kubelet refuses to start; either way root was asked for.
      return { problem: `runs as root (runAsUser: 0 at ${user.path})`, evidence: [userEvidence, ...(nonRoot.value === undefined ? [] : [nonRootEvidence])] };
    }
    if (user.value !== undefined && user.value > 0) return { problem: null, evidence: [userEvidence] };
    if (nonRoot.value === true) return { problem: null, evidence: [nonRootEvidence] };
    const why = nonRoot.value === false ? `allows root (runAsNonRoot: false at ${nonRoot.path}) and sets no runAsUser` : 'sets neither runAsNonRoot nor runAsUser';
    return { problem: `${why}, so it runs as the image's default user, which may be root`, evidence: [nonRootEvidence, userEvidence] };
  },
});
