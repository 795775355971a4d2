import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { judge } from '../../src/cli/judge.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import type { Finding } from '../../src/engine/finding.ts';
import { fingerprintOf } from '../../src/engine/fingerprint.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { buildReport, summarize, type ScanReport } from '../../src/engine/report.ts';
import { ajv } from '../../src/engine/schema-check.ts';
import { renderClusters } from '../../src/reporters/html/clusters.ts';
import { renderHtml } from '../../src/reporters/html.ts';
import { renderJson, type JsonReport } from '../../src/reporters/json.ts';
import { renderSarif } from '../../src/reporters/sarif.ts';
import type { ResourceRef } from '../../src/state/resource.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/state/snapshot.ts';
import type { State } from '../../src/state/state.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { AKS_SUBNET_ID } from '../helpers/network.ts';
import { readJsonReport } from '../helpers/report.ts';
import { cluster, state, SUB, REFERENCE } from '../helpers/state.ts';

/**
 * Reports place a finding by its provenance, never by the kind of resource or source: the
 * evidence's own file and line, else the resource's, else the ARM pseudo-path; and they group
 * a finding under its `resource.parent`. The findings on pools and subnets are synthetic here:
 * the rules that emit them are changing in parallel.
 */
const catalogue = loadCatalogue();
const policy = defaultPolicy(catalogue);
const NOW = new Date('2026-11-22T00:00:00Z');

function reportOf(s: State, extra: Finding[] = []): ScanReport {
  const { findings, crashes, clusters } = judge(s, policy, NOW, REFERENCE);
  const all = [...findings, ...extra];
  const snapshot: Snapshot = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: '0.0.0' }, createdAt: NOW.toISOString(), sources: [], unrecognized: [], state: s };
  return { ...buildReport({ snapshot, findings: all, crashes, catalogue, policy, references: [], clusters, generatedAt: NOW, asOf: NOW }), summary: summarize(all) };
}

const estate = state({ clusters: [cluster({ name: 'aks-a' }), cluster({ name: 'aks-b' })] });
// The pools' subnet is not in the input: the adapter names it from its reference, as here.
estate.network.subnetReferences = [{ id: AKS_SUBNET_ID, name: 'snet-aks', virtualNetwork: { id: AKS_SUBNET_ID.replace(/\/subnets\/[^/]+$/, ''), name: 'vnet-prod' } }];
const [A, B] = estate.clusters.map((c): ResourceRef => ({ id: c.id, name: c.name, type: c.type, subscriptionId: c.subscriptionId, resourceGroup: c.resourceGroup }));

const poolRef: ResourceRef = { id: `${A!.id}/agentPools/gpu`, name: 'gpu', type: 'microsoft.containerservice/managedclusters/agentpools', subscriptionId: SUB, resourceGroup: 'rg-prod', parent: A! };
const subnetRef: ResourceRef = { id: AKS_SUBNET_ID, name: 'snet-aks', type: 'microsoft.network/virtualnetworks/subnets', subscriptionId: SUB, resourceGroup: 'rg-net' };

function finding(resource: ResourceRef, overrides: Partial<Finding> = {}): Finding {
  const f = { ruleId: 'aks-api-server-access-restricted', status: 'fail' as const, severity: 'high' as const, resource, message: 'synthetic', evidence: [], origin: { source: 'test' }, ...overrides };
  return { fingerprint: fingerprintOf(f.ruleId, f.resource.id, f.part), ...f };
}

/** A pool failing under aks-a, and the shared subnet failing once as judged for aks-a. */
const poolFailure = finding(poolRef, { ruleId: 'aks-node-public-ip-disabled', evidence: [{ path: 'properties.enableNodePublicIP', value: true }] });
const subnetForA = finding({ ...subnetRef, parent: A! }, { ruleId: 'network-aks-subnet-nsg' });

const sarif = (report: ScanReport): Log => JSON.parse([...renderSarif(report)].join('')) as Log;
const resultsOf = (log: Log): Result[] => log.runs[0]!.results ?? [];

describe('SARIF locations come from provenance', () => {
  // One resource type, three provenances: the location follows the provenance, not the type.
  const tf = { source: 'terraform', file: 'infra/aks.tf', line: 12, address: 'module.aks.azurerm_kubernetes_cluster.main' };
  const fromAttribute = finding(A!, { evidence: [{ path: 'api_server_access_profile[0].authorized_ip_ranges', value: [], file: 'infra/aks.tf', line: 31 }], origin: tf });
  const fromBlock = finding(B!, { evidence: [{ path: 'private_cluster_enabled', value: false }], origin: tf });
  const fromArm = finding({ ...A!, id: `${A!.id}-arm`, name: 'aks-arm' }, { origin: { source: 'file-0', file: 'export.json', pointer: '/0' } });
  const log = sarif({ ...reportOf(state()), findings: [fromAttribute, fromBlock, fromArm], summary: summarize([fromAttribute, fromBlock, fromArm]) });
  const [attribute, block, arm] = resultsOf(log);

  it('points at the attribute line, else the resource block, else the ARM pseudo-path, and stays ingestible', () => {
    expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
    expect(attribute!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/aks.tf' }, region: { startLine: 31 } });
    expect(block!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'infra/aks.tf' }, region: { startLine: 12 } });
    expect(arm!.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^azure\/subscriptions\/.*\/managedclusters\/aks-a-arm$/);
  });

  it('names the identity and the Terraform address it was declared at as logical locations', () => {
    expect(attribute!.locations![0]!.logicalLocations).toEqual([
      { fullyQualifiedName: A!.id, name: 'aks-a', kind: 'resource' },
      { fullyQualifiedName: 'module.aks.azurerm_kubernetes_cluster.main', name: 'aks-a', kind: 'declaration' },
    ]);
    expect(arm!.locations![0]!.logicalLocations).toHaveLength(1);
  });
});

describe('findings grouped by parent', () => {
  const report = reportOf(estate, [poolFailure, subnetForA]);

  it('SARIF names the parent as a logical location and keeps the fingerprint to rule, identity and part', () => {
    const log = sarif(report);
    expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
    const pool = resultsOf(log).find((r) => r.properties?.resourceId === poolRef.id)!;
    expect(pool.locations![0]!.logicalLocations).toContainEqual({ fullyQualifiedName: A!.id, name: 'aks-a', kind: 'resource', properties: { relation: 'parent' } });
    expect(pool.properties!.parentId).toBe(A!.id);
    const alone = resultsOf(sarif({ ...report, findings: [{ ...poolFailure, resource: { ...poolRef, parent: B! } }] }))[0]!;
    expect(alone.partialFingerprints).toEqual(pool.partialFingerprints);
  });

  it('JSON lists the parent with the resource, a finding grouped under another parent names it, and the schema accepts both', () => {
    const subnetAlone = finding(subnetRef, { ruleId: 'network-aks-egress-controlled' });
    const withSubnet = reportOf(estate, [poolFailure, subnetAlone, subnetForA]);
    const text = [...renderJson(withSubnet)].join('');
    const parsed = JSON.parse(text) as JsonReport;
    const validate = ajv.compile(schema);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed.resources.find((r) => r.id === poolRef.id)!.parent).toEqual(A);
    expect(parsed.resources.find((r) => r.id === subnetRef.id)!.parent).toBeUndefined();
    const subnetFindings = parsed.findings.filter((f) => f.resource === subnetRef.id);
    expect(subnetFindings.map((f) => f.parent)).toEqual([undefined, A]);
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-parent-'));
    writeFileSync(join(dir, 'r.json'), text);
    expect(readJsonReport(join(dir, 'r.json')).findings).toEqual(withSubnet.findings);
    rmSync(dir, { recursive: true });
  });

  it('HTML counts a pool under its cluster with its own row, and a subnet judged for one cluster under that cluster only', () => {
    const cards = new Map(renderClusters(report).text.split('<details class="cluster"').slice(1).map((card) => [/<summary><strong>([^<]*)<\/strong>/.exec(card)![1]!, card]));
    const rowOf = (card: string, name: string) => card.split('<tr>').find((r) => r.includes(`<strong>${name}</strong>`));
    const failing = (row: string | undefined) => Number(/<td>(?:<span class="(?:n|zero)">)(\d+)<\/span><\/td>/.exec(row ?? '')?.[1]);
    const a = cards.get('aks-a')!;
    const b = cards.get('aks-b')!;
    expect(rowOf(a, 'gpu')).toContain('<td>Node pool</td>');
    expect(failing(rowOf(a, 'gpu'))).toBe(1);
    expect(rowOf(b, 'gpu')).toBeUndefined();
    const ownSubnetFailures = report.findings.filter((f) => f.resource.id === AKS_SUBNET_ID && !f.resource.parent && f.status === 'fail').length;
    expect(failing(rowOf(a, 'snet-aks'))).toBe(ownSubnetFailures + 1);
    expect(failing(rowOf(b, 'snet-aks'))).toBe(ownSubnetFailures);
    const page = [...renderHtml(report)].join('');
    expect(page).toContain('part of <strong>aks-a</strong>');
  });
});
