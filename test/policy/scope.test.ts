import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { readConfig } from '../../src/policy/config-file.ts';
import { buildPolicy } from '../../src/policy/policy.ts';
import { kubernetesClusterResource, kubernetesResource } from '../../src/rules/lib/kubernetes-resource.ts';
import type { ResourceBase } from '../../src/state/resource.ts';
import { workDir } from '../cli/run-main.ts';
import { kubeCluster } from '../helpers/kubernetes.ts';
import { cluster, resource, state, SUB } from '../helpers/state.ts';

const catalogue = loadCatalogue();
const RULE = 'k8s-not-privileged';

/** One of each kind of resource a finding can be about, in one estate. */
const aks = cluster({ name: 'aks-prod', tags: { env: 'prod', costCenter: 'cc-4410' } });
const pool = aks.agentPools![1]!;
const vault = { ...resource('Microsoft.KeyVault/vaults', 'kv-payments', 'rg-shared'), tags: { env: 'prod' } };
const otherSubscription = { ...resource('Microsoft.Cache/redis', 'redis-dev', 'rg-dev'), subscriptionId: 'c4e8b2d7-6a1f-4e9b-8d3c-2f7a5b1e9d04' };
const k8s = kubeCluster({});
const origin = { source: 'files:test', file: 'k8s/payments/api.yaml', line: 3 };
const deployment = kubernetesResource(k8s, 'Deployment', { name: 'api', namespace: 'payments', labels: { team: 'payments', tier: 'web' } }, origin);
const namespace = kubernetesResource(k8s, 'Namespace', { name: 'payments', labels: { 'kubernetes.io/metadata.name': 'payments' } }, origin);
const whole = kubernetesClusterResource(k8s);
const context = kubeCluster({}, { id: 'context:kind-dev', name: 'kind-dev', aksClusterId: null });
const unlinked = kubernetesResource(context, 'Deployment', { name: 'api', namespace: 'payments' }, { source: 'context:kind-dev' });
const planned: ResourceBase = {
  ...resource('Microsoft.ContainerService/managedClusters', 'aks-sandbox', 'rg-sandbox'),
  id: 'module.aks["sandbox"].module.cluster.azurerm_kubernetes_cluster.main',
  subscriptionId: null,
  origin: { source: 'terraform:infra', file: 'infra/sandbox/aks.tf', line: 12, address: 'module.aks["sandbox"].module.cluster.azurerm_kubernetes_cluster.main' },
};
const estate = state({ clusters: [aks], kubernetes: [k8s, context] });
const ALL = { aks, pool, vault, otherSubscription, deployment, namespace, whole, unlinked, planned };

/** The resources an override with this `match` turns the rule off for. */
function inScope(match: string): string[] {
  const file = join(workDir(), 'aks-audit.yaml');
  writeFileSync(file, `overrides:\n  - match: ${match}\n    rules: { ${RULE}: off }\n`);
  const decide = buildPolicy(readConfig(file, catalogue), catalogue).decider(estate);
  return Object.entries(ALL).flatMap(([name, r]) => (decide(RULE, r, undefined) === 'off' ? [name] : []));
}

describe('scopes of overrides, over every kind of resource', () => {
  it('subscriptions: the resource\'s, a Kubernetes object\'s being its AKS cluster\'s', () => {
    expect(inScope(`{ subscriptions: ["${SUB.toUpperCase()}"] }`)).toEqual(['aks', 'pool', 'vault', 'deployment', 'namespace', 'whole']);
  });

  it('resourceGroups, as globs without regard to case', () => {
    expect(inScope('{ resourceGroups: [RG-PROD] }')).toEqual(['aks', 'pool', 'deployment', 'namespace', 'whole']);
    expect(inScope('{ resourceGroups: ["rg-s*"] }')).toEqual(['vault', 'planned']);
  });

  it('tags: the resource\'s own, a pool\'s and a Kubernetes object\'s AKS cluster\'s; never Kubernetes labels', () => {
    expect(inScope('{ tags: { env: prod } }')).toEqual(['aks', 'pool', 'vault', 'deployment', 'namespace', 'whole']);
    expect(inScope('{ tags: { env: prod, costCenter: "cc-*" } }')).toEqual(['aks', 'pool', 'deployment', 'namespace', 'whole']);
    expect(inScope('{ tags: { team: payments } }')).toEqual([]);
  });

  it('clusters, by name or id: the cluster, its pools, its Kubernetes objects; a Kubernetes context by its name', () => {
    expect(inScope('{ clusters: [AKS-PROD] }')).toEqual(['aks', 'pool', 'deployment', 'namespace', 'whole']);
    expect(inScope(`{ clusters: ["/subscriptions/*/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod"] }`)).toEqual(['aks', 'pool', 'deployment', 'namespace', 'whole']);
    expect(inScope('{ clusters: [kind-dev] }')).toEqual(['unlinked']);
  });

  it('namespaces: the objects in them and the Namespace itself', () => {
    expect(inScope('{ namespaces: [pay*] }')).toEqual(['deployment', 'namespace', 'unlinked']);
    expect(inScope('{ namespaces: [payments], clusters: [aks-prod] }')).toEqual(['deployment', 'namespace']);
  });

  it('labels: Kubernetes objects\' own, every one given', () => {
    expect(inScope('{ labels: { team: payments } }')).toEqual(['deployment']);
    expect(inScope('{ labels: { team: payments, tier: db } }')).toEqual([]);
  });

  it('terraform paths: the file a resource was declared in; modules: the module path, every instance of it', () => {
    expect(inScope('{ terraform: { paths: ["infra/**"] } }')).toEqual(['planned']);
    expect(inScope('{ terraform: { paths: ["./k8s/*/api.yaml"] } }')).toEqual(['deployment', 'namespace']);
    expect(inScope('{ terraform: { modules: [aks] } }')).toEqual(['planned']);
    expect(inScope('{ terraform: { modules: ["module.aks.module.cluster"] } }')).toEqual(['planned']);
    expect(inScope('{ terraform: { modules: ["aks[\\"sandbox\\"].cluster"] } }')).toEqual(['planned']);
    expect(inScope('{ terraform: { modules: [cluster] } }')).toEqual([]);
  });

  it('a finding a rule grouped under a cluster belongs to that cluster\'s scope', () => {
    const file = join(workDir(), 'aks-audit.yaml');
    writeFileSync(file, `overrides:\n  - match: { clusters: [aks-prod] }\n    rules: { network-aks-subnet-nsg: off }\n`);
    const decide = buildPolicy(readConfig(file, catalogue), catalogue).decider(estate);
    const subnet = resource('Microsoft.Network/virtualNetworks', 'vnet-prod', 'rg-net');
    expect(decide('network-aks-subnet-nsg', subnet, aks)).toBe('off');
    expect(decide('network-aks-subnet-nsg', subnet, cluster({ name: 'aks-dev' }))).not.toBe('off');
    expect(decide('network-aks-subnet-nsg', subnet, undefined)).not.toBe('off');
  });
});
