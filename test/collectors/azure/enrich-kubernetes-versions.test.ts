import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/aks/aks-kubernetes-version-supported.ts';
import { referencesOf } from '../../../src/cli/references.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../src/state/snapshot.ts';
import { readSnapshot, renderSnapshot } from '../../../src/collectors/files/snapshot-file.ts';
import { workDir } from '../../cli/run-main.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { forbidden, kubernetesVersions, kubernetesVersionsExample, type EnrichmentAnswer } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody, rehome } from '../../helpers/fake-arm/routes-inventory.ts';
import { only, run, REFERENCE } from '../../helpers/state.ts';

const SUB = '6f1c3a2e-8b4d-4e9f-a1c7-2d5e8f0b3a61';
const READ_AT = new Date('2026-11-22T09:30:00Z');
const versionsPath = (location: string) => `/subscriptions/${SUB}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;

/** ManagedClustersGet moved to westeurope, running `version` on the control plane and its pool. */
function clusterOn(version: string, location = 'westeurope'): Record<string, unknown> {
  const body = rehome(exampleBody('containerservice/2026-08-01/ManagedClustersGet.json'), SUB, { from: 'aks-shop', to: 'aks-payments-prod' });
  const properties = body.properties as Record<string, unknown>;
  const pools = (properties.agentPoolProfiles as Array<Record<string, unknown>>).map((p) => ({ ...p, orchestratorVersion: version, currentOrchestratorVersion: version }));
  return { ...body, location, properties: { ...properties, kubernetesVersion: version, currentKubernetesVersion: version, agentPoolProfiles: pools } };
}

const scan = (bodies: Array<Record<string, unknown>>, answers: Record<string, EnrichmentAnswer>) =>
  enrichAgainstFake(bodies, { answers: { [`${String(bodies[0]!.id)}/providers/Microsoft.Insights/diagnosticSettings`]: { items: [] }, ...answers } }, { readAt: READ_AT });

describe('Kubernetes versions per region, read live', () => {
  it('reads the REST example through the AKS SDK client into dated state that survives a snapshot, and names it as a reference', async () => {
    const { state, arm, sources } = await scan([clusterOn('1.25.5')], { [versionsPath('westeurope')]: { body: kubernetesVersionsExample() } });
    expect(state.aksVersions).toEqual([
      {
        location: 'westeurope',
        readAt: '2026-11-22T09:30:00.000Z',
        source: `azure:subscription:${SUB}:aks-versions`,
        versions: [
          { minor: '1.23', supportPlans: ['KubernetesOfficial'], isPreview: false, patches: ['1.23.12', '1.23.15'] },
          { minor: '1.24', supportPlans: ['KubernetesOfficial'], isPreview: false, patches: ['1.24.6', '1.24.9'] },
          { minor: '1.25', supportPlans: ['KubernetesOfficial'], isPreview: false, patches: ['1.25.4', '1.25.5'] },
          { minor: '1.26', supportPlans: ['KubernetesOfficial'], isPreview: true, patches: ['1.26.0'] },
        ],
      },
    ]);
    expect(arm.requests.find((r) => r.path === versionsPath('westeurope'))?.query.get('api-version')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(arm.unmatched).toEqual([]);
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:aks-versions`)).toMatchObject({ status: 'ok', resources: 1 });
    // Live data wins: 1.25 is long out of the bundled calendar, but this (old) list still offers it.
    expect(only(run(rule, state, {}, READ_AT), state.clusters[0]!.name).message).toContain('AKS supported versions for westeurope, read live 2026-11-22');

    const file = join(workDir(), 'snapshot.json');
    writeFileSync(file, renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: READ_AT.toISOString(), sources, unrecognized: [], state }));
    expect(readSnapshot(file).state.aksVersions).toEqual(state.aksVersions);
    expect(referencesOf(state, REFERENCE)).toContainEqual({ name: 'AKS supported versions for westeurope, read live 2026-11-22', source: expect.stringContaining('ManagedClusters_ListKubernetesVersions'), asOf: '2026-11-22T09:30:00.000Z' });
  });

  it('fails a cluster on a minor the region no longer offers, citing the live list', async () => {
    const offered = kubernetesVersions({ '1.34': ['KubernetesOfficial', 'AKSLongTermSupport'], '1.35': ['KubernetesOfficial', 'AKSLongTermSupport'], '1.36': ['KubernetesOfficial', 'AKSLongTermSupport'], '1.37': ['KubernetesOfficial'] }, { default: '1.35' });
    const { state } = await scan([clusterOn('1.32.9')], { [versionsPath('westeurope')]: { body: offered } });
    const f = only(run(rule, state, {}, READ_AT), state.clusters[0]!.name);
    expect(f.status).toBe('fail');
    expect(f.message).toContain('(AKS supported versions for westeurope, read live 2026-11-22)');
    expect(f.message).toContain('1.32 is not among the versions AKS supports in westeurope');
  });

  it('a 403 on the version list fails that source; the cluster is judged against the bundled, dated calendar instead', async () => {
    const { state, sources } = await scan([clusterOn('1.35.4')], { [versionsPath('westeurope')]: forbidden('Microsoft.ContainerService/locations/kubernetesVersions/read', `/subscriptions/${SUB}`) });
    expect(state.aksVersions).toEqual([]);
    expect(sources.find((s) => s.id === `azure:subscription:${SUB}:aks-versions`)).toMatchObject({ status: 'failed', code: 'forbidden' });
    const f = only(run(rule, state, {}, READ_AT), state.clusters[0]!.name);
    expect(f.status).toBe('pass');
    expect(f.message).toContain('AKS support calendar of 2026-08-05');
  });
});
