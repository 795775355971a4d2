import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/gitops/aks-gitops-reconciled.ts';
import type { FluxConfiguration } from '../../../src/state/gitops.ts';
import type { KubernetesCluster } from '../../../src/state/kubernetes.ts';
import { FLUX_READ, fluxConfiguration } from '../../helpers/gitops.ts';
import { kubeCluster } from '../../helpers/kubernetes.ts';
import { cluster, only, run, state } from '../../helpers/state.ts';

const verdict = (fluxConfigurations: FluxConfiguration[], more: { kubernetes?: KubernetesCluster[]; covered?: boolean } = {}) =>
  only(run(rule, state({ clusters: [cluster()], fluxConfigurations, kubernetes: more.kubernetes ?? [], coverage: more.covered === false ? [] : [FLUX_READ] })));

const ready = (status: string, reason = 'ReconciliationSucceeded') => ({ conditions: [{ type: 'Ready', status, reason }] });
const gitRepository = (suspend = false) => ({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'flux-system', namespace: 'flux-system' }, spec: { url: 'ssh://git@github.com/contoso/fleet', suspend } });
const kustomization = (status?: object, spec: object = {}) => ({
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  metadata: { name: 'apps', namespace: 'flux-system' },
  spec: { path: './apps', sourceRef: { kind: 'GitRepository', name: 'flux-system' }, ...spec },
  ...(status ? { status } : {}),
});
const application = (automated: object | null, sync?: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name: 'shop', namespace: 'argocd' },
  spec: { source: { repoURL: 'https://github.com/contoso/shop-deploy', path: 'prod' }, syncPolicy: { automated } },
  ...(sync ? { status: { sync: { status: sync } } } : {}),
});

describe('aks-gitops-reconciled', () => {
  it('passes a cluster with a Flux configuration that is not suspended and Compliant', () => {
    const f = verdict([fluxConfiguration()]);
    expect(f).toMatchObject({ status: 'pass', severity: 'medium' });
    expect(f.message).toMatch(/Flux configuration cluster-config pulls from GitRepository https:\/\/github.com\/contoso\/platform-gitops and is Compliant/);
    expect(f.evidence.map((e) => [e.path.split('#')[1], e.value])).toEqual([
      ['properties.suspend', false],
      ['properties.complianceState', 'Compliant'],
      ['properties.gitRepository.url', 'https://github.com/contoso/platform-gitops'],
    ]);
  });

  it('passes on in-cluster Flux: a Ready Kustomization pulling a present GitRepository, or an Argo CD Application syncing automatically', () => {
    const flux = verdict([], { kubernetes: [kubeCluster({ gitrepositories: [gitRepository()], kustomizations: [kustomization(ready('True'))] })] });
    expect(flux.status).toBe('pass');
    expect(flux.message).toMatch(/Flux Kustomization flux-system\/apps pulls from GitRepository flux-system\/flux-system \(ssh:\/\/git@github.com\/contoso\/fleet\) and is Ready/);
    const argo = verdict([], { kubernetes: [kubeCluster({ applications: [application({ selfHeal: true }, 'Synced')] })] });
    expect(argo).toMatchObject({ status: 'pass', message: expect.stringMatching(/Argo CD Application argocd\/shop syncs from https:\/\/github.com\/contoso\/shop-deploy automatically and is Synced/) });
  });

  it('one reconciling source is enough, even beside a suspended one', () => {
    expect(verdict([fluxConfiguration({ name: 'old', suspend: true }), fluxConfiguration()]).status).toBe('pass');
  });

  it('fails a suspended or non-compliant configuration, and in-cluster objects that stopped', () => {
    expect(verdict([fluxConfiguration({ suspend: true })])).toMatchObject({ status: 'fail', message: expect.stringMatching(/Nothing reconciles cluster aks-prod.*is suspended/) });
    expect(verdict([fluxConfiguration({ complianceState: 'Non-Compliant' })]).message).toMatch(/and is Non-Compliant/);
    const stopped = (objects: Parameters<typeof kubeCluster>[0]) => verdict([], { kubernetes: [kubeCluster(objects)] });
    expect(stopped({ gitrepositories: [gitRepository()], kustomizations: [kustomization(ready('False', 'BuildFailed'))] }).message).toMatch(/is not Ready \(BuildFailed\)/);
    expect(stopped({ gitrepositories: [gitRepository()], kustomizations: [kustomization(ready('True'), { suspend: true })] }).message).toMatch(/is suspended \(spec.suspend: true\)/);
    expect(stopped({ gitrepositories: [gitRepository(true)], kustomizations: [kustomization(ready('True'))] }).message).toMatch(/which is suspended/);
    expect(stopped({ gitrepositories: [], kustomizations: [kustomization(ready('True'))] }).message).toMatch(/which is not in the cluster/);
    expect(stopped({ applications: [application(null, 'Synced')] }).message).toMatch(/only when someone syncs it/);
    expect(stopped({ applications: [application({}, 'OutOfSync')] }).message).toMatch(/but is OutOfSync/);
  });

  it('fails a cluster with nothing where its Flux configurations, or its GitOps objects, were read', () => {
    const f = verdict([]);
    expect(f).toMatchObject({ status: 'fail', message: 'Cluster aks-prod is not reconciled from a repository: it has no Flux configuration, and its in-cluster state was not read' });
    const live = verdict([], { covered: false, kubernetes: [kubeCluster({})] });
    expect(live.message).toMatch(/its Flux configurations were not read .*, and no Flux Kustomization or Argo CD Application is in it/);
    expect(live.status).toBe('fail');
    // A CRD the API does not serve means no such controller: read, and none.
    const unserved = kubeCluster({}, { objects: { ...kubeCluster({}).objects, kustomizations: null, applications: null }, unread: { kustomizations: { code: 'not-found', reason: '404' }, applications: { code: 'not-found', reason: '404' } } });
    expect(verdict([], { covered: false, kubernetes: [unserved] }).status).toBe('fail');
  });

  it('a configuration on another cluster does not count', () => {
    expect(verdict([fluxConfiguration({ clusterId: cluster({ name: 'aks-dev' }).id })]).status).toBe('fail');
  });

  it('is unknown when nothing that covers it was read, or what was read is not conclusive', () => {
    expect(verdict([], { covered: false })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/Flux configurations were not read \(the input holds no microsoft.kubernetesconfiguration\/fluxconfigurations/) });
    expect(verdict([fluxConfiguration({ complianceState: null })]).message).toMatch(/compliance state is not stated/);
    expect(verdict([fluxConfiguration({ complianceState: 'Pending' })])).toMatchObject({ status: 'unknown', message: expect.stringMatching(/compliance state is Pending/) });
    expect(verdict([fluxConfiguration({ suspend: null })]).status).toBe('unknown');
    expect(verdict([], { kubernetes: [kubeCluster({ gitrepositories: [gitRepository()], kustomizations: [kustomization()] })] }).message).toMatch(/no Ready condition was read/);
    expect(verdict([], { kubernetes: [kubeCluster({ applications: [application({})] })] }).message).toMatch(/sync status is not read/);
    expect(verdict([], { kubernetes: [kubeCluster({ gitrepositories: null, kustomizations: [kustomization(ready('True'))] })] }).message).toMatch(/gitrepositories could not be read/);
    const controllers = kubeCluster({ kustomizations: null, deployments: [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'kustomize-controller', namespace: 'flux-system' } }] });
    expect(verdict([], { covered: false, kubernetes: [controllers] }).message).toMatch(/runs Deployment flux-system\/kustomize-controller, but what it reconciles could not be read: kustomizations/);
  });
});
