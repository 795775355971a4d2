import { containerRule, setting } from '../factories/container-rule.ts';

/**
 * Every container mounts its root filesystem read-only, so an intruder cannot drop tools or alter
 * binaries; what the application must write goes to emptyDir or other volumes. Container-level only.
 */
export default containerRule({
  id: 'k8s-read-only-root-filesystem',
  pass: 'has a read-only root filesystem',
  judge(_workload, c) {
    const readOnly = c.container.securityContext?.readOnlyRootFilesystem;
    const evidence = [setting(`${c.path}.securityContext.readOnlyRootFilesystem`, readOnly)];
    if (readOnly === true) return { problem: null, evidence };
    return { problem: readOnly === false ? 'has a writable root filesystem (readOnlyRootFilesystem: false)' : 'has a writable root filesystem (readOnlyRootFilesystem not set)', evidence };
  },
});
