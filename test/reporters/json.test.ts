import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/state/snapshot.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/cli/judge.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { buildReport } from '../../src/engine/report.ts';
import { JSON_REPORT_SCHEMA_VERSION, renderJson, type JsonReport } from '../../src/reporters/json.ts';
import { RULES } from '../../src/rules/index.ts';
import type { State } from '../../src/state/state.ts';
import { readJsonReport } from '../helpers/report.ts';
import { cluster, state, REFERENCE } from '../helpers/state.ts';

const catalogue = loadCatalogue();
const policy = defaultPolicy(catalogue);
const reportOf = (s: State) => {
  const now = new Date('2026-11-22T00:00:00Z');
  const { findings, crashes, clusters } = judge(s, policy, now, REFERENCE);
  const snapshot: Snapshot = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: '0.0.0' }, createdAt: now.toISOString(), sources: [], unrecognized: [], state: s };
  return buildReport({ snapshot, findings, crashes, catalogue, policy, references: [], clusters, generatedAt: now, asOf: now });
};

describe('JSON report', () => {
  it('lists each resource once and names it from one line per finding; joined back it is exactly the report', () => {
    const report = reportOf(state({ clusters: [cluster(), cluster({ name: 'aks-staging', apiServer: { privateCluster: false, authorizedIpRanges: ['0.0.0.0/0'] } })] }));
    const text = [...renderJson(report)].join('');
    const parsed = JSON.parse(text) as JsonReport;
    const { findings, clusters, ...rest } = report;
    expect(clusters.map((c) => c.name)).toEqual(['aks-prod', 'aks-staging']);
    expect(parsed).not.toHaveProperty('clusters');
    expect(parsed).toMatchObject({ $schema: expect.any(String), schemaVersion: JSON_REPORT_SCHEMA_VERSION, ...rest });
    expect(parsed.resources.map((r) => r.id)).toEqual([...new Set(findings.map((f) => f.resource.id))]);
    expect(parsed.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['aks-prod', 'aks-staging']));
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-json-'));
    writeFileSync(join(dir, 'r.json'), text);
    expect(readJsonReport(join(dir, 'r.json')).findings).toEqual(findings);
    rmSync(dir, { recursive: true });
    expect(text.split('\n').filter((l) => l.startsWith('    {"ruleId"'))).toHaveLength(findings.length);
    expect(text.split('\n').filter((l) => l.startsWith('    {"id"'))).toHaveLength(parsed.resources.length);
    // Every AKS rule judges the cluster itself, its pools, or both.
    expect(findings.filter((f) => f.resource.name === 'aks-staging' || f.resource.parent?.name === 'aks-staging').length).toBeGreaterThan(RULES.filter((r) => r.id.startsWith('aks-')).length - 1);
  });

  it('stays valid JSON with no findings and with hostile strings', () => {
    expect(JSON.parse([...renderJson(reportOf(state({ subscriptions: [] })))].join(''))).toMatchObject({ resources: [], findings: [] });
    const hostile = reportOf(state({ clusters: [cluster({ name: 'x"}\n],"findings":[<script>\u2028' })] }));
    const parsed = JSON.parse([...renderJson(hostile)].join('')) as JsonReport;
    const name = 'x"}\n],"findings":[<script>\u2028';
    const clusterId = parsed.resources.find((r) => r.name === name)?.id;
    expect(clusterId).toMatch(/managedClusters/);
    expect(parsed.findings.filter((f) => f.resource === clusterId).length).toBeGreaterThan(0);
  });
});
