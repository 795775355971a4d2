import { describe, expect, it } from 'vitest';
import { aksManagedReason } from '../../src/state/managed-by.ts';

describe('what AKS manages in a cluster', () => {
  it('takes the label AKS puts on what it deploys, and the add-on manager\'s, wherever the object is', () => {
    expect(aksManagedReason('Deployment', { name: 'gatekeeper-controller', namespace: 'gatekeeper-system', labels: { 'kubernetes.azure.com/managedby': 'aks' } })).toBe('managed by AKS: label kubernetes.azure.com/managedby=aks');
    expect(aksManagedReason('ClusterRoleBinding', { name: 'aks-cluster-admin-binding-aad', labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile' } })).toBe('managed by the AKS add-on manager: label addonmanager.kubernetes.io/mode=Reconcile');
    expect(aksManagedReason('Deployment', { name: 'web', namespace: 'payments', labels: { 'kubernetes.azure.com/managedby': 'helm' } })).toBeUndefined();
  });

  it('knows kube-system system components by their controller, and their pods through the controller that owns them', () => {
    expect(aksManagedReason('DaemonSet', { name: 'ama-logs', namespace: 'kube-system', labels: { component: 'ama-logs-agent' } })).toBe('an AKS system component: kube-system DaemonSet ama-logs');
    const pod = (kind: string, name: string) => ({ name: `${name}-x2x7k`, namespace: 'kube-system', ownerReferences: [{ apiVersion: 'apps/v1', kind, name, uid: 'u', controller: true }] });
    expect(aksManagedReason('Pod', pod('ReplicaSet', 'coredns-6f9c8b7d4'))).toBe('an AKS system component: kube-system Deployment coredns');
    expect(aksManagedReason('Pod', pod('DaemonSet', 'csi-azurefile-node'))).toBe('an AKS system component: kube-system DaemonSet csi-azurefile-node');
    expect(aksManagedReason('ReplicaSet', { name: 'konnectivity-agent-5c9d7', namespace: 'kube-system', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'konnectivity-agent', uid: 'u', controller: true }] })).toBe('an AKS system component: kube-system Deployment konnectivity-agent');
  });

  it('leaves a user\'s workload in kube-system, or a component\'s name outside kube-system, to the user', () => {
    expect(aksManagedReason('DaemonSet', { name: 'fluent-bit', namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'Helm' } })).toBeUndefined();
    expect(aksManagedReason('DaemonSet', { name: 'kube-proxy', namespace: 'tools' })).toBeUndefined();
    expect(aksManagedReason('StatefulSet', { name: 'coredns', namespace: 'kube-system' })).toBeUndefined();
    expect(aksManagedReason('Pod', { name: 'debug', namespace: 'kube-system' })).toBeUndefined();
  });
});
