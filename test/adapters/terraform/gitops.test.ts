import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const aks = tf('azurerm_kubernetes_cluster.main', { name: 'aks-shop-prod', resource_group_name: 'rg-shop-prod', location: 'westeurope', id: new Unknown(AFTER_APPLY), default_node_pool: [{ name: 'system', vm_size: 'Standard_D4ds_v5', node_count: 3 }] });
const flux = (values: Record<string, TfValue>) =>
  tf('azurerm_kubernetes_flux_configuration.apps', { name: 'cluster-config', namespace: 'flux-system', cluster_id: new Unknown(AFTER_APPLY), kustomizations: [{ name: 'apps', path: './apps' }], ...values }, { references: { cluster_id: 'azurerm_kubernetes_cluster.main' } });
const GIT = { git_repository: [{ url: 'https://github.com/contoso/fleet', reference_type: 'branch', reference_value: 'main' }] };

describe('Terraform: Flux configurations', () => {
  it('reads the source and the cluster it refers to; reconciliation is on by default; compliance is not in a configuration', () => {
    const state = adaptTerraform([aks, flux(GIT)], 4).state;
    const [c] = state.fluxConfigurations;
    expect(c).toMatchObject({ type: 'microsoft.kubernetesconfiguration/fluxconfigurations', clusterId: state.clusters[0]!.id, suspend: false, complianceState: null, sourceKind: 'GitRepository', sourceUrl: 'https://github.com/contoso/fleet' });
    expect(evidence(c!, 'suspend')).toMatchObject({ path: 'continuous_reconciliation_enabled', note: expect.stringMatching(/default/) });
    expect(evidence(c!, 'complianceState').note).toMatch(/not in a Terraform configuration/);
    expect(evidence(c!, 'sourceUrl').path).toBe('git_repository[0].url');
    // Declared and reconciling continuously: whether Flux reports it Compliant is known only live.
    expect(only(run(rule('aks-gitops-reconciled'), state)).status).toBe('unknown');
  });

  it('fails a configuration with continuous reconciliation off, and reads bucket and blob sources', () => {
    const state = adaptTerraform([aks, flux({ ...GIT, continuous_reconciliation_enabled: false })], 4).state;
    expect(state.fluxConfigurations[0]!.suspend).toBe(true);
    expect(only(run(rule('aks-gitops-reconciled'), state))).toMatchObject({ status: 'fail', message: expect.stringMatching(/is suspended/) });
    const [blob] = adaptTerraform([aks, flux({ blob_storage: [{ container_id: 'https://stshop.blob.core.windows.net/manifests' }] })], 4).state.fluxConfigurations;
    expect(blob).toMatchObject({ sourceKind: 'AzureBlob', sourceUrl: 'https://stshop.blob.core.windows.net/manifests' });
  });

  it('is unknown for a cluster without one: Flux may be bootstrapped outside Terraform', () => {
    expect(only(run(rule('aks-gitops-reconciled'), adaptTerraform([aks], 4).state)).status).toBe('unknown');
  });
});
