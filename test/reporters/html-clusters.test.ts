import { describe, expect, it } from 'vitest';
import { judge } from '../../src/cli/judge.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { buildReport } from '../../src/engine/report.ts';
import { CLUSTER_LIMIT, renderClusters, ROW_LIMIT } from '../../src/reporters/html/clusters.ts';
import type { State } from '../../src/state/state.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/state/snapshot.ts';
import { withSubnetReferences } from '../../src/adapters/arm/network.ts';
import { keyVault } from '../helpers/key-vault.ts';
import { CLUSTER_VNET, OTHER_VNET, privateDnsZone, privateEndpoint, virtualNetwork } from '../helpers/private-link.ts';
import { cluster, state, REFERENCE } from '../helpers/state.ts';

const catalogue = loadCatalogue();
const policy = defaultPolicy(catalogue);
const now = new Date('2026-11-22T00:00:00Z');

function reportOf(s: State) {
  const { findings, crashes, clusters } = judge(s, policy, now, REFERENCE);
  const snapshot: Snapshot = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: '0.0.0' }, createdAt: now.toISOString(), sources: [], unrecognized: [], state: s };
  return buildReport({ snapshot, findings, crashes, catalogue, policy, references: [], clusters, generatedAt: now, asOf: now });
}

/** The HTML of each cluster card, by cluster name. */
function cards(text: string): Map<string, string> {
  return new Map(text.split('<details class="cluster"').slice(1).map((card) => [/<summary><strong>([^<]*)<\/strong>/.exec(card)?.[1] ?? '', card]));
}

/** The failing count in a card's row for `resource`. */
function failing(card: string, resource: string): number {
  const row = card.split('<tr>').find((r) => r.includes(`<strong>${resource}</strong>`));
  return Number(/<td>(?:<span class="(?:n|zero)">)(\d+)<\/span><\/td>/.exec(row ?? '')?.[1]);
}

describe('HTML report: findings by cluster', () => {
  it('shows each cluster with the services it depends on and their failures', () => {
    const openVault = keyVault({ name: 'kv-shared', publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } });
    const report = reportOf(state({ clusters: [cluster({ name: 'aks-a' }), cluster({ name: 'aks-b' })], keyVaults: [openVault] }));
    const vaultFailures = report.findings.filter((f) => f.resource.name === 'kv-shared' && f.status === 'fail');
    expect(vaultFailures.map((f) => f.ruleId)).toContain('platform-private-connectivity');

    const byCluster = cards(renderClusters(report).text);
    expect([...byCluster.keys()].sort()).toEqual(['aks-a', 'aks-b']);
    for (const card of byCluster.values()) {
      expect(card).toContain('Key Vault');
      expect(failing(card, 'kv-shared')).toBe(vaultFailures.length);
      expect(card).toContain('href="#rule-platform-private-connectivity"');
    }
  });

  it("shows a service's private endpoint, with its DNS finding, among what the cluster depends on", () => {
    const vault = keyVault({ name: 'kv-shared' });
    const network = { ...state().network, privateEndpoints: [privateEndpoint(vault)], privateDnsZones: [privateDnsZone('privatelink.vaultcore.azure.net', [OTHER_VNET])], virtualNetworks: [virtualNetwork(CLUSTER_VNET, [])] };
    const report = reportOf(withSubnetReferences(state({ clusters: [cluster({ name: 'aks-a' })], keyVaults: [vault], network })));
    const dns = report.findings.find((f) => f.ruleId === 'platform-private-connectivity' && f.resource.name === 'pe-kv-shared');
    expect(dns).toMatchObject({ status: 'fail', resource: { parent: { name: 'kv-shared' } } });
    const card = cards(renderClusters(report).text).get('aks-a')!;
    expect(card).toContain('Private endpoint');
    expect(failing(card, 'pe-kv-shared')).toBe(1);
  });

  it('orders clusters by their most severe failures and names those past the limit', () => {
    const many = Array.from({ length: CLUSTER_LIMIT + 3 }, (_, i) => cluster({ name: `aks-${String(i).padStart(3, '0')}` }));
    many[7] = cluster({ name: 'aks-rbac-off', rbacEnabled: false });
    const text = renderClusters(reportOf(state({ clusters: many }))).text;
    expect([...cards(text).keys()]).toHaveLength(CLUSTER_LIMIT);
    expect([...cards(text).keys()][0]).toBe('aks-rbac-off');
    expect(text).toContain('3 more clusters, named only');
  });

  it('lists the most failing of what a cluster depends on and counts the rest by kind', () => {
    const name = (i: number) => `kv-${String(i).padStart(2, '0')}`;
    const vaults = Array.from({ length: ROW_LIMIT + 4 }, (_, i) => keyVault({ name: name(i) }));
    vaults.push(keyVault({ name: name(ROW_LIMIT + 4), publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [], virtualNetworkRules: [] } }));
    const card = cards(renderClusters(reportOf(state({ clusters: [cluster({ name: 'aks-a' })], keyVaults: vaults }))).text).get('aks-a')!;
    expect(card.match(/<tr>/g)).toHaveLength(1 + 1 + ROW_LIMIT);
    expect(failing(card, `kv-${ROW_LIMIT + 4}`)).toBeGreaterThan(0);
    // The cluster's subnet, with nothing failing, is folded away with the vaults.
    expect(card).toContain('<tr class="rest"><td colspan="2">and 6 more: 5 Key Vault, 1 Subnet</td><td><span class="zero">0</span></td>');
  });

  it('is left out when the estate has no cluster', () => {
    expect(renderClusters(reportOf(state({ keyVaults: [keyVault()] }))).text).toBe('');
  });
});
