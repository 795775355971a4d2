import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecordedReport } from '../../src/cli/report-file.ts';
import { workDir } from './run-main.ts';

/** SARIF read back as a baseline: a suppressed result is a waived failure, and what is missing is named by its place. */
const ID = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod';

function result(extra: object = {}): object {
  return {
    ruleId: 'aks-local-accounts-disabled',
    message: { text: 'Cluster aks-prod keeps local accounts' },
    locations: [{ logicalLocations: [{ fullyQualifiedName: ID, name: 'aks-prod', kind: 'resource' }] }],
    partialFingerprints: { primaryLocationLineHash: '0123456789abcdef0123456789abcdef:1', 'aksAudit/v1': '0123456789abcdef0123456789abcdef' },
    properties: { severity: 'high', resourceId: ID },
    ...extra,
  };
}

function sarifFile(results: object[]): string {
  const file = join(workDir(), 'main.sarif');
  writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'aks-audit' } }, results }] }));
  return file;
}

describe('readRecordedReport on SARIF', () => {
  it('reads a result as a failure, and a suppressed one as waived', () => {
    const { format, findings } = readRecordedReport(sarifFile([result(), result({ suppressions: [{ kind: 'external', justification: 'accepted' }] })]));
    expect(format).toBe('sarif');
    expect(findings.map((f) => [f.status, f.severity, f.resource.name, f.fingerprint])).toEqual([
      ['fail', 'high', 'aks-prod', '0123456789abcdef0123456789abcdef'],
      ['waived', 'high', 'aks-prod', '0123456789abcdef0123456789abcdef'],
    ]);
  });

  it('names the place of what a result lacks', () => {
    const file = sarifFile([result(), result({ properties: { severity: 'high' } })]);
    expect(() => readRecordedReport(file)).toThrow(`${file}: runs[0].results[1].properties.resourceId: is missing or not a string`);
  });
});
