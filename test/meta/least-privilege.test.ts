import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { API_RESOURCES } from '../../src/collectors/kubernetes/api-resources.ts';

/** The shipped least-privilege definitions: read-only by construction, and exactly what the collectors use. */

interface RoleDefinition {
  Name: string;
  IsCustom: boolean;
  Description: string;
  Actions: string[];
  NotActions: string[];
  DataActions: string[];
  NotDataActions: string[];
  AssignableScopes: string[];
}

const role = JSON.parse(readFileSync('deploy/azure/aks-audit-reader.json', 'utf8')) as RoleDefinition;

describe('deploy/azure/aks-audit-reader.json (az role definition create)', () => {
  it('has the shape az role definition create takes', () => {
    expect(Object.keys(role).sort()).toEqual(['Actions', 'AssignableScopes', 'DataActions', 'Description', 'IsCustom', 'Name', 'NotActions', 'NotDataActions']);
    expect(role.IsCustom).toBe(true);
    expect(role.AssignableScopes.length).toBeGreaterThan(0);
    for (const scope of role.AssignableScopes) expect(scope).toMatch(/^\/subscriptions\/[0-9a-f-]{36}$|^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+$/);
  });

  it('grants reads only, plus the one action the in-cluster read needs; no data plane', () => {
    const notRead = role.Actions.filter((a) => !a.endsWith('/read'));
    expect(notRead).toEqual(['Microsoft.ContainerService/managedClusters/listClusterUserCredential/action']);
    for (const action of role.Actions) {
      expect(action).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+$/); // no wildcard, no bare "*/read"
      expect(action).not.toMatch(/\/(write|delete)$|listKeys|listAdmin|listClusterAdminCredential/i);
    }
    expect(new Set(role.Actions).size).toBe(role.Actions.length);
    expect(role.DataActions).toEqual([]);
    expect(role.NotDataActions).toEqual([]);
    expect(role.NotActions).toEqual([]);
  });

  it('covers the reads live collection makes beyond the inventory', () => {
    for (const needed of [
      'Microsoft.ResourceGraph/resources/read',
      'Microsoft.Resources/subscriptions/read',
      'Microsoft.ContainerService/locations/kubernetesVersions/read',
      'Microsoft.Insights/diagnosticSettings/read',
      'Microsoft.Security/pricings/read',
      'Microsoft.Security/securityContacts/read',
      'Microsoft.DBforPostgreSQL/flexibleServers/configurations/read',
      'Microsoft.Authorization/roleAssignments/read',
      'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read',
    ]) {
      expect(role.Actions).toContain(needed);
    }
  });
});

interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

const documents = parseAllDocuments(readFileSync('deploy/kubernetes/aks-audit-reader.yaml', 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string }; rules?: PolicyRule[]; roleRef?: { kind: string; name: string } });

describe('deploy/kubernetes/aks-audit-reader.yaml (kubectl apply)', () => {
  const clusterRole = documents.find((d) => d.kind === 'ClusterRole')!;

  it('only reads: no verb but get, list or watch, and no wildcard', () => {
    const rules = clusterRole.rules ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      for (const verb of rule.verbs) expect(['get', 'list', 'watch']).toContain(verb);
      expect(rule.resources).not.toContain('*');
      expect(rule.apiGroups).not.toContain('*');
    }
  });

  it('names exactly the kinds the live collector lists, in their API groups', () => {
    const granted = (clusterRole.rules ?? []).flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}`))).sort();
    const listed = Object.values(API_RESOURCES).map((r) => {
      const group = r.apiVersion.includes('/') ? r.apiVersion.split('/')[0] : '';
      return `${group}/${r.path.slice(r.path.lastIndexOf('/') + 1)}`;
    });
    expect(granted).toEqual(listed.sort());
  });

  it('binds the role, and nothing else, to the aks-audit service account', () => {
    const binding = documents.find((d) => d.kind === 'ClusterRoleBinding');
    expect(binding?.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole.metadata.name });
    expect(documents.map((d) => d.kind).sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'Namespace', 'ServiceAccount']);
  });
});
