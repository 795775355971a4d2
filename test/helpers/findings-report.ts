import type { Finding, Status } from '../../src/engine/finding.ts';
import { fingerprintOf } from '../../src/engine/fingerprint.ts';
import { summarize, type ScanReport } from '../../src/engine/report.ts';
import type { Severity } from '../../src/engine/severity.ts';
import { NO_WAIVERS } from '../../src/engine/waivers.ts';
import type { Source, UnrecognizedType } from '../../src/state/snapshot.ts';
import type { RuleCrash } from '../../src/engine/evaluate.ts';

const SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';

/** A finding on an AKS cluster of the production resource group, read from ARM (no lines) unless `file` and `line` say otherwise. */
export function finding(ruleId: string, status: Status, severity: Severity, name: string, more: { message?: string; file?: string; line?: number; evidenceLine?: number; part?: string; id?: string } = {}): Finding {
  const id = more.id ?? `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/${name}`;
  const f: Finding = {
    ruleId,
    status,
    severity,
    resource: { id, name, type: 'microsoft.containerservice/managedclusters', subscriptionId: SUB, resourceGroup: 'rg-prod' },
    message: more.message ?? `${ruleId} on ${name}`,
    evidence: more.evidenceLine === undefined ? [] : [{ path: 'api_server_access_profile[0]', value: null, file: more.file!, line: more.evidenceLine }],
    origin: { source: 'src-1', ...(more.file === undefined ? {} : { file: more.file }), ...(more.line === undefined ? {} : { line: more.line }) },
    fingerprint: fingerprintOf(ruleId, id, more.part),
  };
  if (more.part !== undefined) f.part = more.part;
  return f;
}

/** A report holding just these findings and coverage facts, as the reporters and the summary get it. */
export function reportWith(findings: Finding[], extra: { sources?: Source[]; unrecognized?: UnrecognizedType[]; crashes?: RuleCrash[] } = {}): ScanReport {
  return {
    tool: { name: 'aks-audit', version: '0.1.0' },
    generatedAt: '2026-11-22T00:00:00.000Z',
    asOf: '2026-11-22T00:00:00.000Z',
    sources: extra.sources ?? [{ id: 'src-1', kind: 'file', target: 'estate.json', status: 'ok', resources: findings.length }],
    unrecognized: extra.unrecognized ?? [],
    references: [],
    config: { file: null, extends: 'all' },
    rules: [],
    clusters: [],
    findings,
    crashes: extra.crashes ?? [],
    summary: summarize(findings),
    waivers: NO_WAIVERS.coverage(),
    managed: { mode: 'apart', findings: 0, resources: 0 },
  };
}
