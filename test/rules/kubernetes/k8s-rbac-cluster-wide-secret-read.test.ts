import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-rbac-cluster-wide-secret-read.ts';
import { clusterRole, clusterRoleBinding, kubeCluster, roleBinding, subject } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(findings(objects, params));

const secretReader = clusterRole('secret-reader', [
  { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
  { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
]);
const ci = subject('ServiceAccount', 'pipeline', 'ci');

describe('k8s-rbac-cluster-wide-secret-read', () => {
  it('fails a ClusterRoleBinding that lets a CI service account read every Secret, naming verbs, role and subject', () => {
    const f = verdict({ clusterroles: [secretReader], clusterrolebindings: [clusterRoleBinding('ci-secrets', 'secret-reader', [ci])] });
    expect(f).toMatchObject({
      status: 'fail',
      severity: 'high',
      message: 'ClusterRoleBinding ci-secrets grants ClusterRole secret-reader, which can get/list every Secret in every namespace, to ServiceAccount ci/pipeline',
    });
    expect(f.evidence).toEqual([
      { path: 'roleRef', value: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'secret-reader' } },
      { path: 'rules[1]', value: secretReader.rules?.[1], note: 'in ClusterRole secret-reader' },
      { path: 'subjects[0]', value: ci },
    ]);
  });

  it('passes the same grant to a kube-system service account, and honours the allowedSubjects parameter', () => {
    const cloudProvider = { clusterroles: [secretReader], clusterrolebindings: [clusterRoleBinding('system:azure-cloud-provider-secret-getter', 'secret-reader', [subject('ServiceAccount', 'azure-cloud-provider', 'kube-system')])] };
    expect(verdict(cloudProvider)).toMatchObject({ status: 'pass', message: expect.stringMatching(/only to allowed control-plane subjects$/) });
    const external = { clusterroles: [secretReader], clusterrolebindings: [clusterRoleBinding('eso', 'secret-reader', [subject('ServiceAccount', 'external-secrets', 'external-secrets')])] };
    expect(verdict(external).status).toBe('fail');
    expect(verdict(external, { allowedSubjects: ['ServiceAccount:external-secrets/external-secrets'] }).status).toBe('pass');
  });

  it.each([
    ['resources *, core group', { apiGroups: [''], resources: ['*'], verbs: ['watch'] }, 'fail'],
    ['every group, verbs *', { apiGroups: ['*'], resources: ['secrets'], verbs: ['*'] }, 'fail'],
    ['another API group only', { apiGroups: ['apps'], resources: ['*'], verbs: ['get'] }, 'pass'],
    ['named Secrets only', { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['deploy-key'] }, 'pass'],
    ['write but no read', { apiGroups: [''], resources: ['secrets'], verbs: ['create', 'delete'] }, 'pass'],
  ])('judges a rule with %s: %s', (_, policyRule, expected) => {
    const f = verdict({ clusterroles: [clusterRole('r', [policyRule])], clusterrolebindings: [clusterRoleBinding('b', 'r', [ci])] });
    expect(f.status).toBe(expected);
    if (expected === 'pass') expect(f.resource.type).toBe('kubernetes/cluster');
  });

  it('knows that the built-in edit role reads Secrets when the input does not include it', () => {
    const f = verdict({ clusterrolebindings: [clusterRoleBinding('devs-edit-everywhere', 'edit', [subject('Group', 'developers')])] });
    expect(f.status).toBe('fail');
    expect(f.evidence[1]).toMatchObject({ path: 'rules[0]', note: 'in the built-in ClusterRole edit' });
    expect(verdict({ clusterrolebindings: [clusterRoleBinding('devs-view', 'view', [subject('Group', 'developers')])] }).status).toBe('pass');
  });

  it('leaves RoleBindings (one namespace) and bindings to cluster-admin (the other rule) alone', () => {
    const f = verdict({
      clusterroles: [secretReader],
      rolebindings: [roleBinding('ci-secrets', 'ci', 'ClusterRole', 'secret-reader', [ci])],
      clusterrolebindings: [clusterRoleBinding('devs', 'cluster-admin', [subject('Group', 'developers')])],
    });
    expect(f).toMatchObject({ status: 'pass', message: expect.stringMatching(/^No ClusterRoleBinding in test grants reading Secrets cluster-wide/) });
  });

  it('is unknown when ClusterRoles cannot be read for a binding of a non-platform subject, or the role is not in the input', () => {
    const unreadRoles = verdict({ clusterroles: null, clusterrolebindings: [clusterRoleBinding('ci-secrets', 'secret-reader', [ci])] });
    expect(unreadRoles).toMatchObject({ status: 'unknown', message: expect.stringMatching(/what ClusterRoleBinding ci-secrets → ClusterRole secret-reader \(clusterroles: listing clusterroles was forbidden \(403\)\) grant\(s\) is not known/) });
    const missing = verdict({ clusterrolebindings: [clusterRoleBinding('ci-secrets', 'secret-reader', [ci])] });
    expect(missing.message).toMatch(/secret-reader \(not in the input\)/);
    expect(verdict({ clusterroles: null, clusterrolebindings: [clusterRoleBinding('kcm', 'system:controller:x', [subject('ServiceAccount', 'x', 'kube-system')])] }).status).toBe('pass');
  });

  it('is unknown when ClusterRoleBindings cannot be read', () => {
    expect(verdict({ clusterrolebindings: null }).status).toBe('unknown');
  });
});
