import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-rbac-anonymous-bindings.ts';
import { clusterRoleBinding, kubeCluster, roleBinding, subject } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(findings(objects, params));

/** The API server's own binding (present in every cluster). */
const publicInfoViewer = clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', [subject('Group', 'system:authenticated'), subject('Group', 'system:unauthenticated')], {
  labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
});

describe('k8s-rbac-anonymous-bindings', () => {
  it('fails a ClusterRoleBinding to system:anonymous at critical severity', () => {
    const f = verdict({ clusterrolebindings: [publicInfoViewer, clusterRoleBinding('debug-anyone', 'view', [subject('User', 'system:anonymous')])] });
    expect(f).toMatchObject({
      status: 'fail',
      severity: 'critical',
      message: 'ClusterRoleBinding debug-anyone grants ClusterRole view across the cluster to system:anonymous: any request without credentials gets it',
    });
    expect(f.evidence).toEqual([
      { path: 'roleRef', value: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' } },
      { path: 'subjects[0]', value: subject('User', 'system:anonymous') },
    ]);
  });

  it('fails a RoleBinding to the system:unauthenticated group, naming its namespace', () => {
    const f = verdict({ rolebindings: [roleBinding('status-page', 'web', 'Role', 'status-reader', [subject('Group', 'developers'), subject('Group', 'system:unauthenticated')])] });
    expect(f.message).toBe('RoleBinding web/status-page grants Role status-reader in namespace web to system:unauthenticated: any request without credentials gets it');
    expect(f.evidence.map((e) => e.path)).toEqual(['roleRef', 'subjects[1]']);
  });

  it('passes the cluster with only the default public-info-viewer binding, and says so', () => {
    expect(verdict({ clusterrolebindings: [publicInfoViewer] })).toMatchObject({
      status: 'pass',
      message: 'No binding in test grants anything to system:anonymous or system:unauthenticated beyond the default system:public-info-viewer',
    });
    expect(verdict({}).message).toBe('No binding in test grants anything to system:anonymous or system:unauthenticated');
  });

  it('fails the default binding when the allowedClusterRoles parameter no longer allows it', () => {
    expect(verdict({ clusterrolebindings: [publicInfoViewer] }, { allowedClusterRoles: [] }).status).toBe('fail');
  });

  it('is unknown for the cluster when a binding kind cannot be read, while still failing what it can see', () => {
    expect(verdict({ rolebindings: null }).status).toBe('unknown');
    const all = findings({ clusterrolebindings: null, rolebindings: [roleBinding('anon', 'web', 'ClusterRole', 'edit', [subject('User', 'system:anonymous')])] });
    expect(all.map((f) => f.status).sort()).toEqual(['fail', 'unknown']);
  });
});
