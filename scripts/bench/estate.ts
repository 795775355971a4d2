/** The benchmark estate on disk: subscriptions of clusters, optionally with their platform. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GeneratedCluster, guid, type Json, makeCluster, powershellShape, prng } from './clusters.ts';
import { makeServices, makeSpoke, makeSubscriptionPlatform } from './platform.ts';

const CLUSTERS_PER_SUBSCRIPTION = 50;

export interface Written {
  files: number;
  bytes: number;
}

/**
 * One folder per subscription, three export shapes round-robin, plus tenant-wide Resource Graph
 * results. With `platform`, each subscription also gets its networks and the clusters' services.
 */
export function generateEstate(dir: string, clusters: number, options: { platform: boolean }): Written {
  const rand = prng(0xa4d17 + clusters + (options.platform ? 1 : 0));
  let files = 0;
  let bytes = 0;
  const write = (path: string, doc: unknown): void => {
    const text = JSON.stringify(doc, null, 2);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const subscriptions: Json[] = [];
  const pricings: Json[] = [];
  for (let s = 0; s * CLUSTERS_PER_SUBSCRIPTION < clusters; s++) {
    const sub = guid(rand);
    subscriptions.push({ id: `/subscriptions/${sub}`, name: `contoso-sub-${s}`, type: 'microsoft.resources/subscriptions', subscriptionId: sub, properties: { state: 'Enabled' } });
    const containers = rand() < 0.6 ? 'Standard' : 'Free';
    for (const [plan, tier] of [['Containers', containers], ['VirtualMachines', 'Standard'], ['KeyVaults', 'Free'], ['StorageAccounts', 'Standard']] as const) {
      pricings.push({ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${plan}`, name: plan, type: 'microsoft.security/pricings', subscriptionId: sub, properties: { pricingTier: tier } });
    }
    const rest: Json[] = [];
    const ps: Json[] = [];
    const graph: Json[] = [];
    const separatePools: Json[] = [];
    const separateDiagnostics: Json[] = [];
    const generated: GeneratedCluster[] = [];
    const end = Math.min(clusters, (s + 1) * CLUSTERS_PER_SUBSCRIPTION);
    for (let i = s * CLUSTERS_PER_SUBSCRIPTION; i < end; i++) {
      const c = makeCluster(rand, sub, i);
      generated.push(c);
      if (i % 3 === 0) {
        rest.push(c.body);
        separateDiagnostics.push(...c.diagnosticSettings);
      } else if (i % 3 === 1) {
        ps.push(powershellShape(c));
      } else {
        graph.push({ ...c.body, resourceGroup: `rg-${c.body.name as string}`, subscriptionId: sub });
        separatePools.push(...c.pools.map((p) => ({ id: `${c.id}/agentPools/${p.name as string}`, name: p.name, type: 'Microsoft.ContainerService/managedClusters/agentPools', properties: p })));
        separateDiagnostics.push(...c.diagnosticSettings);
      }
    }
    const folder = join(dir, `sub-${s.toString().padStart(4, '0')}`);
    if (rest.length) write(join(folder, 'managed-clusters.rest.json'), { value: rest });
    if (ps.length) write(join(folder, 'powershell-export.json'), ps);
    if (graph.length) write(join(folder, 'managed-clusters.resource-graph.json'), { count: graph.length, data: graph, total_records: graph.length });
    if (separatePools.length) write(join(folder, 'agent-pools.json'), { value: separatePools });
    if (separateDiagnostics.length) write(join(folder, 'diagnostic-settings.json'), separateDiagnostics);
    if (options.platform) writePlatform(folder, sub, generated, rand, write);
    else write(join(folder, 'storage.json'), { value: [{ id: `/subscriptions/${sub}/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/st${s}`, name: `st${s}`, type: 'Microsoft.Storage/storageAccounts', location: 'westeurope', properties: { minimumTlsVersion: 'TLS1_2' } }] });
  }
  write(join(dir, 'tenant', 'subscriptions.resource-graph.json'), { count: subscriptions.length, data: subscriptions });
  write(join(dir, 'tenant', 'defender-pricings.resource-graph.json'), { count: pricings.length, data: pricings });
  return { files, bytes };
}

/** Networks as a REST list, services as Resource Graph rows, child resources as `az` lists them. */
function writePlatform(folder: string, sub: string, clusters: GeneratedCluster[], rand: () => number, write: (path: string, doc: unknown) => void): void {
  const { hubId, zoneIds, out: shared } = makeSubscriptionPlatform(sub);
  const spokes = new Map<string, GeneratedCluster[]>();
  for (const c of clusters) spokes.set(`${c.region}/${c.env}`, [...(spokes.get(`${c.region}/${c.env}`) ?? []), c]);
  const network = [shared, ...[...spokes.values()].map((list) => makeSpoke(sub, list[0]!.region, list[0]!.env, list, hubId, rand))];
  const services = clusters.map((c) => makeServices(sub, c, zoneIds, rand));
  write(join(folder, 'network.rest.json'), { value: network.flatMap((p) => p.resources) });
  write(join(folder, 'network-children.json'), network.flatMap((p) => p.children));
  const rows = services.flatMap((p) => p.resources).map((r) => ({ ...r, subscriptionId: sub, resourceGroup: (r.id as string).split('/')[4] }));
  write(join(folder, 'services.resource-graph.json'), { count: rows.length, data: rows, total_records: rows.length });
  write(join(folder, 'service-children.json'), { value: services.flatMap((p) => p.children) });
}
