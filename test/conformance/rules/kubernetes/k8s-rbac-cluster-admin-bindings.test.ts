import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-rbac-cluster-admin-bindings.ts';
import { byKind, kubeCluster, manifestsIn } from '../../../helpers/kubernetes.ts';
import { run, state } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-rbac-cluster-admin-bindings', () => {
  describe('Polaris conformance (clusterrolebindingClusterAdmin, rolebindingClusterAdminClusterRole, rolebindingClusterAdminRole)', () => {
    const checks = ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'];
    /** One file's verdict: fail when any binding fails, as Polaris reports a file. */
    const fileVerdict = (path: string) => {
      const statuses = run(rule, state({ kubernetes: [kubeCluster(byKind(manifestsIn(path)))] })).map((f) => f.status);
      return statuses.includes('fail') ? 'fail' : statuses.includes('unknown') ? 'unknown' : 'pass';
    };
    // Polaris exempts bindings by name (`system:` prefix, `gce:podsecuritypolicy:calico-sa`); a name
    // proves nothing about who holds the grant, so these fail here: User testuser gets every verb.
    const exemptByName = new Set(['success.gce_calico_binding.yaml', 'success.system_prefix_binding.yaml']);

    it.each(checks.flatMap((check) => readdirSync(`${CONFORMANCE}/polaris/${check}`).map((file) => ({ check, file }))))('$check/$file', ({ check, file }) => {
      const expected = file.startsWith('failure') || exemptByName.has(file) ? 'fail' : 'pass';
      expect(fileVerdict(`${CONFORMANCE}/polaris/${check}/${file}`)).toBe(expected);
    });

    it('agrees with Polaris on 29 of the 35 files; the 6 differences are the name exemptions', () => {
      const files = checks.flatMap((check) => readdirSync(`${CONFORMANCE}/polaris/${check}`).map((file) => ({ check, file })));
      const agree = files.filter(({ check, file }) => fileVerdict(`${CONFORMANCE}/polaris/${check}/${file}`) === (file.startsWith('failure') ? 'fail' : 'pass'));
      expect([files.length, agree.length]).toEqual([35, 29]);
    });
  });
});
