import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/gitops/aks-gitops-reconciled.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { inputFile } from '../../helpers/input-file.ts';
import { stateOf } from '../../helpers/scan.ts';
import { asSaved, snapshotRoundTrip } from '../../helpers/snapshot.ts';
import { only, run } from '../../helpers/state.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-shop/providers/Microsoft.ContainerService/managedClusters/aks-shop`;
const cluster = { id: CLUSTER, name: 'aks-shop', type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope', properties: { kubernetesVersion: '1.33.2' } };

/** The REST example's configuration (on an Arc cluster) moved onto aks-shop, with `properties` edited. */
function configuration(edit: (properties: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const example = (exampleBody('kubernetesconfiguration/2024-11-01/ListFluxConfigurations.json') as { value: Record<string, unknown>[] }).value[0]!;
  const body = JSON.parse(JSON.stringify(example).replace(/\/subscriptions\/subId1\/resourceGroups\/rg1\/providers\/Microsoft\.Kubernetes\/connectedClusters\/clusterName1/g, CLUSTER)) as Record<string, unknown>;
  edit(body.properties as Record<string, unknown>);
  return body;
}

describe('ARM adapter: Flux configurations', () => {
  it('reads the REST example onto the cluster its id hangs off, with where each field is', () => {
    const state = stateOf(inputFile([cluster, configuration()]));
    const { fluxConfigurations } = state;
    expect(fluxConfigurations).toHaveLength(1);
    const c = fluxConfigurations[0]!;
    expect(c).toMatchObject({ name: 'srs-fluxconfig', clusterId: CLUSTER, suspend: false, complianceState: 'Compliant', sourceKind: 'GitRepository', sourceUrl: 'https://github.com/Azure/arc-k8s-demo', resourceGroup: 'rg-shop' });
    expect(evidence(c, 'sourceUrl').path).toBe('properties.gitRepository.url');
    expect(snapshotRoundTrip(state).fluxConfigurations).toEqual(asSaved([c]));
  });

  it('defaults suspend (documented false) in a complete body, knows no compliance a template export drops, and reads other source kinds', () => {
    const [c] = stateOf(inputFile([cluster, configuration((p) => { delete p.suspend; delete p.complianceState; })])).fluxConfigurations;
    expect(c).toMatchObject({ suspend: false, complianceState: null });
    expect(c!.provenance.defaulted).toContain('suspend');
    const [oci] = stateOf(inputFile([cluster, configuration((p) => { p.sourceKind = 'OCIRepository'; delete p.gitRepository; p.ociRepository = { url: 'oci://acrshop.azurecr.io/manifests' }; })])).fluxConfigurations;
    expect(oci).toMatchObject({ sourceKind: 'OCIRepository', sourceUrl: 'oci://acrshop.azurecr.io/manifests' });
    expect(evidence(oci!, 'sourceUrl').path).toBe('properties.ociRepository.url');
  });

  it('judges the cluster from an export: compliant passes, suspended fails, none in a group whose configurations were exported fails, none anywhere is unknown', () => {
    const verdict = (...documents: unknown[]) => only(run(rule, stateOf(...documents.map((d, i) => inputFile(d, `input-${i}.json`))))).status;
    expect(verdict([cluster, configuration()])).toBe('pass');
    expect(verdict([cluster, configuration((p) => { p.suspend = true; })])).toBe('fail');
    expect(verdict([cluster, configuration((p) => { p.complianceState = 'Non-Compliant'; })])).toBe('fail');
    expect(verdict([cluster, configuration((p) => { p.complianceState = 'Pending'; })])).toBe('unknown');
    // The group's export holds Flux configurations, none of them on aks-shop.
    const elsewhere = configuration();
    elsewhere.id = String(elsewhere.id).replace('aks-shop', 'aks-batch');
    expect(verdict([cluster, elsewhere])).toBe('fail');
    expect(verdict([cluster])).toBe('unknown');
  });
});
