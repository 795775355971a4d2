import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { buildReport } from '../../src/engine/report.ts';
import { renderJson } from '../../src/reporters/json.ts';
import { RULES } from '../../src/rules/index.ts';
import type { State } from '../../src/state/state.ts';
import { cluster, state } from '../helpers/state.ts';

const catalogue = loadCatalogue();
const policy = defaultPolicy(catalogue);
const reportOf = (s: State) => {
  const now = new Date('2026-11-22T00:00:00Z');
  const { findings, crashes } = evaluate(s, RULES, policy, now);
  const snapshot = { schemaVersion: 1 as const, tool: { name: 'aks-audit', version: '0.0.0' }, createdAt: now.toISOString(), sources: [], unrecognized: [], state: s };
  return buildReport({ snapshot, findings, crashes, catalogue, policy, references: [], generatedAt: now, asOf: now });
};

describe('JSON report', () => {
  it('round-trips to exactly the report, with one line per finding', () => {
    const report = reportOf(state({ clusters: [cluster(), cluster({ name: 'aks-staging', apiServer: { privateCluster: false, authorizedIpRanges: ['0.0.0.0/0'] } })] }));
    const text = renderJson(report);
    expect(JSON.parse(text)).toEqual({ $schema: expect.any(String), schemaVersion: 1, ...report });
    const findingLines = text.split('\n').filter((l) => l.startsWith('    {"ruleId"'));
    expect(findingLines).toHaveLength(report.findings.length);
    expect(report.findings.length).toBe(2 * RULES.length);
  });

  it('stays valid JSON with no findings and with hostile strings', () => {
    expect(JSON.parse(renderJson(reportOf(state())))).toMatchObject({ findings: [] });
    const hostile = reportOf(state({ clusters: [cluster({ name: 'x"}\n],"findings":[<script>\u2028' })] }));
    expect(JSON.parse(renderJson(hostile)).findings[0].resource.name).toBe('x"}\n],"findings":[<script>\u2028');
  });
});
