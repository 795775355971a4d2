import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-rbac-wildcards.ts';
import { clusterRole, kubeCluster, role } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const findings = (objects: Parameters<typeof kubeCluster>[0], params = {}) => run(rule, state({ kubernetes: [kubeCluster(objects)] }), params);
const verdict = (objects: Parameters<typeof kubeCluster>[0], params = {}) => only(findings(objects, params));

const bootstrap = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };

describe('k8s-rbac-wildcards', () => {
  it('fails a role with * and names each rule and field that has it', () => {
    const rules = [
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['*'] },
      { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list'] },
    ];
    const f = verdict({ roles: [role('deployer', 'payments', rules)] });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium', message: 'Role payments/deployer uses * in rules[1] (verbs); rules[2] (resources, apiGroups)' });
    expect(f.evidence).toEqual([
      { path: 'rules[1]', value: rules[1] },
      { path: 'rules[2]', value: rules[2] },
    ]);
    expect(f.resource).toMatchObject({ name: 'payments/deployer', type: 'kubernetes/role' });
  });

  it('passes a role that names everything it grants', () => {
    const f = verdict({ clusterroles: [clusterRole('metrics-reader', [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list'] }])] });
    expect(f).toMatchObject({ status: 'pass', message: 'ClusterRole metrics-reader names its verbs, resources and API groups in all 1 rule(s)' });
  });

  it('skips the built-in roles the API server labels, but judges a hand-made system: role', () => {
    const all = findings({
      clusterroles: [
        clusterRole('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], bootstrap),
        clusterRole('system:controller:namespace-controller', [{ apiGroups: ['*'], resources: ['*'], verbs: ['delete', 'deletecollection', 'get', 'list'] }], bootstrap),
        clusterRole('system:test', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
      ],
    });
    expect(all.map((f) => [f.resource.name, f.status])).toEqual([['system:test', 'fail']]);
  });

  it('skips AKS add-on roles by their addonmanager label, and honours the builtInRoles parameter', () => {
    const aks = clusterRole('aks-service', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], { 'addonmanager.kubernetes.io/mode': 'Reconcile' });
    expect(findings({ clusterroles: [aks] }).map((f) => f.resource.name)).toEqual(['aks-service']);
    expect(verdict({ clusterroles: [aks] }, { builtInRoles: ['cluster-admin', 'system:*', 'aks-*'] })).toMatchObject({ status: 'pass', message: "test has no Role or ClusterRole besides the platform's built-in ones" });
  });

  it('is unknown for the cluster when Roles cannot be read, and still judges ClusterRoles', () => {
    const all = findings({ roles: null, clusterroles: [clusterRole('everything', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])] });
    expect(only(all, 'everything').status).toBe('fail');
    expect(only(all, 'test')).toMatchObject({ status: 'unknown', message: expect.stringMatching(/roles: listing roles was forbidden \(403\)/) });
  });
});
