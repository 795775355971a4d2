import { describe, expect, it } from 'vitest';
import { keptObject } from '../../../src/collectors/kubernetes/kept-object.ts';
import { stateKindOf } from '../../../src/collectors/kubernetes/manifest-kinds.ts';

describe('Flux and Argo CD objects', () => {
  it('are read by kind and API group: a kustomize.config.k8s.io Kustomization (kustomization.yaml) is not Flux', () => {
    expect(stateKindOf('Kustomization', 'kustomize.toolkit.fluxcd.io/v1')).toBe('kustomizations');
    expect(stateKindOf('Kustomization', 'kustomize.toolkit.fluxcd.io/v1beta2')).toBe('kustomizations');
    expect(stateKindOf('Kustomization', 'kustomize.config.k8s.io/v1beta1')).toBeUndefined();
    expect(stateKindOf('GitRepository', 'source.toolkit.fluxcd.io/v1')).toBe('gitrepositories');
    expect(stateKindOf('OCIRepository', 'source.toolkit.fluxcd.io/v1')).toBe('ocirepositories');
    expect(stateKindOf('Application', 'argoproj.io/v1alpha1')).toBe('applications');
    expect(stateKindOf('Application', 'app.k8s.io/v1beta1')).toBeUndefined();
  });

  it('keep where they pull from and whether they reconcile, never Helm values, substitutions or status messages', () => {
    const app = keptObject('applications', {
      metadata: { name: 'shop', namespace: 'argocd', managedFields: [{}] },
      spec: {
        project: 'default',
        source: { repoURL: 'https://github.com/contoso/shop-deploy', path: 'prod', targetRevision: 'main', helm: { values: 'db:\n  password: hunter2' } },
        syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] },
      },
      status: { sync: { status: 'Synced', revision: 'abc' }, health: { status: 'Healthy' }, operationState: { message: 'password: hunter2' } },
    });
    expect(app).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'shop', namespace: 'argocd' },
      spec: { source: { repoURL: 'https://github.com/contoso/shop-deploy', path: 'prod', targetRevision: 'main' }, syncPolicy: { automated: { prune: true, selfHeal: true } } },
      status: { sync: { status: 'Synced' }, health: { status: 'Healthy' } },
    });
    const kustomization = keptObject('kustomizations', {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'apps', namespace: 'flux-system' },
      spec: { path: './apps', sourceRef: { kind: 'GitRepository', name: 'flux-system' }, postBuild: { substitute: { api_key: 'secret' } } },
      status: { conditions: [{ type: 'Ready', status: 'False', reason: 'BuildFailed', message: 'secret value in error' }] },
    });
    expect(JSON.stringify(kustomization)).not.toMatch(/secret/);
    expect(kustomization).toMatchObject({ spec: { path: './apps', sourceRef: { kind: 'GitRepository', name: 'flux-system' } }, status: { conditions: [{ type: 'Ready', status: 'False', reason: 'BuildFailed' }] } });
  });
});

describe('KEDA ScaledObjects', () => {
  it('keep what they scale and their bounds, never their triggers', () => {
    expect(stateKindOf('ScaledObject', 'keda.sh/v1alpha1')).toBe('scaledobjects');
    const kept = keptObject('scaledobjects', {
      metadata: { name: 'orders-consumer', namespace: 'orders' },
      spec: { scaleTargetRef: { name: 'orders-consumer' }, minReplicaCount: 1, maxReplicaCount: 20, triggers: [{ type: 'azure-servicebus', metadata: { connection: 'Endpoint=sb://x;SharedAccessKey=hunter2' } }] },
      status: { conditions: [{ type: 'Ready', status: 'True', reason: 'ScaledObjectReady', message: 'ok' }] },
    });
    expect(kept).toEqual({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: 'orders-consumer', namespace: 'orders' },
      spec: { minReplicaCount: 1, maxReplicaCount: 20, scaleTargetRef: { name: 'orders-consumer' } },
      status: { conditions: [{ type: 'Ready', status: 'True', reason: 'ScaledObjectReady' }] },
    });
  });
});
