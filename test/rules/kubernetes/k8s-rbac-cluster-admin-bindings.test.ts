import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-rbac-cluster-admin-bindings.ts';
import { clusterRole, clusterRoleBinding, kubeCluster, role, roleBinding, subject } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(findings(objects, params));

const bootstrap = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const reconciled = { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'kubernetes.io/cluster-service': 'true' };
const wildcard = { apiGroups: ['*'], resources: ['*'], verbs: ['*'] };
const everything = [wildcard];

describe('k8s-rbac-cluster-admin-bindings', () => {
  it('fails a ClusterRoleBinding of cluster-admin to a developers group and names the subject', () => {
    const f = verdict({ clusterrolebindings: [clusterRoleBinding('developers-admin', 'cluster-admin', [subject('Group', 'platform-developers')])] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high', message: 'ClusterRoleBinding developers-admin grants cluster-admin across the cluster to Group platform-developers' });
    expect(f.evidence).toEqual([
      { path: 'roleRef', value: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' } },
      { path: 'subjects[0]', value: subject('Group', 'platform-developers') },
    ]);
    expect(f.resource.type).toBe('kubernetes/clusterrolebinding');
  });

  it('fails a RoleBinding of cluster-admin, naming the namespace it rules, and a service account without namespace as the binding namespace', () => {
    const f = verdict({ rolebindings: [roleBinding('ci-admin', 'payments', 'ClusterRole', 'cluster-admin', [subject('ServiceAccount', 'deployer')])] });
    expect(f).toMatchObject({ status: 'fail', message: 'RoleBinding payments/ci-admin grants cluster-admin in namespace payments to ServiceAccount payments/deployer' });
  });

  it('passes the API server binding of system:masters, and fails only the other subjects of a mixed binding', () => {
    const all = findings({
      clusterrolebindings: [
        clusterRoleBinding('cluster-admin', 'cluster-admin', [subject('Group', 'system:masters')], { labels: bootstrap }),
        clusterRoleBinding('break-glass', 'cluster-admin', [subject('Group', 'system:masters'), subject('User', 'alice@contoso.com')]),
      ],
    });
    expect(only(all, 'cluster-admin')).toMatchObject({ status: 'pass', message: 'ClusterRoleBinding cluster-admin grants cluster-admin across the cluster only to allowed platform subjects' });
    const mixed = only(all, 'break-glass');
    expect(mixed.message).toBe('ClusterRoleBinding break-glass grants cluster-admin across the cluster to User alice@contoso.com');
    expect(mixed.evidence.map((e) => e.path)).toEqual(['roleRef', 'subjects[1]']);
  });

  it('passes the AKS-reconciled admin bindings, but not a hand-made binding that borrows their name', () => {
    const entraAdmins = [subject('Group', '0b1f6f3e-8c2d-4d5a-9e7f-3a2b1c0d9e8f')];
    expect(verdict({ clusterrolebindings: [clusterRoleBinding('aks-cluster-admin-binding-aad', 'cluster-admin', entraAdmins, { labels: reconciled })] })).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/AKS reconciles it from the cluster's ARM settings/),
    });
    expect(verdict({ clusterrolebindings: [clusterRoleBinding('aks-cluster-admin-binding-aad', 'cluster-admin', entraAdmins)] }).status).toBe('fail');
  });

  it('fails a binding to a role that allows every verb on every resource, with the rule as evidence', () => {
    const f = verdict({
      clusterroles: [clusterRole('ops-superuser', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }, ...everything])],
      clusterrolebindings: [clusterRoleBinding('ops', 'ops-superuser', [subject('Group', 'ops')])],
    });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/grants ClusterRole ops-superuser, which allows every verb on every resource in every API group \(cluster-admin in all but name\) across the cluster to Group ops/);
    expect(f.evidence[1]).toEqual({ path: 'rules[1]', value: wildcard, note: 'in ClusterRole ops-superuser' });
  });

  it('counts the seven read and write verbs as every verb, but not a rule narrowed by resourceNames or to some resources', () => {
    const allVerbs = [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] }];
    const bind = [roleBinding('team', 'web', 'Role', 'power', [subject('Group', 'web-team')])];
    expect(verdict({ roles: [role('power', 'web', allVerbs)], rolebindings: bind }).status).toBe('fail');
    expect(verdict({ roles: [role('power', 'web', [{ ...wildcard, resourceNames: ['one'] }])], rolebindings: bind }).status).toBe('pass');
    expect(verdict({ roles: [role('power', 'web', [{ apiGroups: ['*'], resources: ['pods'], verbs: ['*'] }])], rolebindings: bind }).status).toBe('pass');
  });

  it('lets the allowedSubjects parameter admit more subjects, with * patterns', () => {
    const objects = { clusterrolebindings: [clusterRoleBinding('flux', 'cluster-admin', [subject('ServiceAccount', 'kustomize-controller', 'flux-system')])] };
    expect(verdict(objects).status).toBe('fail');
    expect(verdict(objects, { allowedSubjects: ['Group:system:masters', 'ServiceAccount:flux-system/*'] }).status).toBe('pass');
  });

  it('passes the cluster when no binding grants cluster-admin', () => {
    const f = verdict({ clusterroles: [clusterRole('viewer', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }])], clusterrolebindings: [clusterRoleBinding('viewers', 'viewer', [subject('Group', 'all')])] });
    expect(f).toMatchObject({ status: 'pass', message: 'No binding in test grants cluster-admin or an equivalent role' });
    expect(f.resource.type).toBe('kubernetes/cluster');
  });

  it('is unknown for the cluster when RoleBindings cannot be read, and still judges the ClusterRoleBindings', () => {
    const all = findings({ rolebindings: null, clusterrolebindings: [clusterRoleBinding('devs', 'cluster-admin', [subject('Group', 'devs')])] });
    expect(only(all, 'devs').status).toBe('fail');
    expect(only(all, 'test')).toMatchObject({ status: 'unknown', message: expect.stringMatching(/rolebindings: listing rolebindings was forbidden \(403\)/) });
  });

  it('is unknown when roles cannot be read for a binding that could fail, but judges cluster-admin by name', () => {
    const all = findings({
      clusterroles: null,
      clusterrolebindings: [
        clusterRoleBinding('ops', 'ops-superuser', [subject('Group', 'ops')]),
        clusterRoleBinding('masters-only', 'some-role', [subject('Group', 'system:masters')]),
        clusterRoleBinding('devs', 'cluster-admin', [subject('Group', 'devs')]),
      ],
    });
    expect(only(all, 'devs').status).toBe('fail');
    const unknown = only(all, 'test');
    expect(unknown.status).toBe('unknown');
    expect(unknown.message).toMatch(/the roles of ClusterRoleBinding ops \(clusterroles: listing clusterroles was forbidden \(403\)\) could not be read/);
    expect(unknown.message).not.toMatch(/masters-only/);
  });
});
