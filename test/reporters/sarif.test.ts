import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/cli/judge.ts';
import { runScan } from '../../src/cli/scan.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import type { Finding, Status } from '../../src/engine/finding.ts';
import { fingerprintOf } from '../../src/engine/fingerprint.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { buildReport, type ScanReport } from '../../src/engine/report.ts';
import { SEVERITIES, type Severity } from '../../src/engine/severity.ts';
import { MAX_RESULTS_PER_RUN, renderSarif, SECURITY_SEVERITY } from '../../src/reporters/sarif.ts';
import { referencesOf } from '../../src/cli/references.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/state/snapshot.ts';
import type { State } from '../../src/state/state.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { cluster, state, SUB, REFERENCE } from '../helpers/state.ts';

const RULE = 'aks-api-server-access-restricted';
const catalogue = loadCatalogue();
const NOW = new Date('2026-11-22T00:00:00Z');

/** The real engine over a state: every rule, catalogue defaults, as the CLI runs it. */
function reportOf(s: State): ScanReport {
  const policy = defaultPolicy(catalogue);
  const { findings, crashes, clusters } = judge(s, policy, NOW, REFERENCE);
  const snapshot: Snapshot = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: '0.1.0' }, createdAt: NOW.toISOString(), sources: [], unrecognized: [], state: s };
  return buildReport({ snapshot, findings, crashes, catalogue, policy, references: referencesOf(s, REFERENCE), clusters, generatedAt: NOW, asOf: NOW });
}

const sarifOf = (report: ScanReport, category?: string): Log => JSON.parse([...renderSarif(report, category === undefined ? {} : { category })].join('')) as Log;
const resultsOf = (log: Log): Result[] => log.runs[0]!.results ?? [];
const uriOf = (r: Result): string => r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
const hashOf = (r: Result): string => r.partialFingerprints!.primaryLocationLineHash!;

/** Both gates at once, so a failure names every problem. */
function expectIngestible(log: Log): void {
  expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
}

const publicApi = (name: string, authorizedIpRanges: string[] = []) => cluster({ name, apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges } });

/** A mixed estate: open, too-wide, private-with-public-FQDN, hardened and unknown clusters. */
const estate = state({
  clusters: [
    publicApi('aks-open'),
    publicApi('aks-wide', ['20.0.0.0/8']),
    cluster({ name: 'aks-fqdn', apiServer: { privateCluster: true, privateClusterPublicFqdn: true } }),
    cluster({ name: 'aks-hardened' }),
    cluster({ name: 'aks-unknown', apiServer: { privateCluster: null } }),
  ],
});

describe('SARIF reporter', () => {
  const report = reportOf(estate);
  const log = sarifOf(report);
  const mine = resultsOf(log).filter((r) => r.ruleId === RULE);
  const byCluster = (name: string) => mine.filter((r) => (r.properties?.resourceId as string).endsWith(`/${name}`));

  it('produces schema-valid SARIF that GitHub ingests', () => {
    expectIngestible(log);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.automationDetails?.id).toBe('aks-audit/');
  });

  it('reports failures only: passes, unknowns and not-applicable verdicts never become results, and waived failures are suppressed results', () => {
    const failures = report.findings.filter((f) => f.status === 'fail');
    expect(resultsOf(log)).toHaveLength(failures.length);
    expect(report.findings.some((f) => f.status === 'pass') && report.findings.some((f) => f.status === 'unknown')).toBe(true);
    expect(mine.map((r) => r.properties?.resourceId as string).map((id) => id.split('/').pop()).sort()).toEqual(['aks-fqdn', 'aks-open', 'aks-wide']);
    expect(byCluster('aks-hardened')).toEqual([]);
    expect(byCluster('aks-unknown')).toEqual([]);

    const quiet = { ...report, findings: (['pass', 'unknown', 'not-applicable'] as Status[]).map((status) => ({ ...report.findings[0]!, status })) };
    const empty = sarifOf(quiet);
    expect(resultsOf(empty)).toEqual([]);
    expectIngestible(empty);

    const waiver = { reason: 'Partner callbacks until the private link lands', owner: 'team-payments', expires: '2027-03-31', declared: { kind: 'config' as const, file: 'aks-audit.yaml', line: 9 } };
    const waived = sarifOf({ ...report, findings: [{ ...failures[0]!, status: 'waived', waiver }] });
    expect(resultsOf(waived).map((r) => r.suppressions)).toEqual([[{ kind: 'external', status: 'accepted', justification: 'Partner callbacks until the private link lands (owner team-payments; until 2027-03-31)' }]]);
    expectIngestible(waived);
  });

  it('lists every rule that ran, with help, tags and a GitHub security-severity', () => {
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(report.rules.map((r) => r.id));
    const rule = rules.find((r) => r.id === RULE)!;
    expect(rule).toMatchObject({
      name: 'AksApiServerAccessRestricted',
      shortDescription: { text: 'AKS API server is private or limited to narrow public ranges' },
      helpUri: 'https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0', precision: 'very-high' },
    });
    expect(rule.properties!.tags).toEqual(expect.arrayContaining(['security', 'aks', 'CIS-AKS-5.4.1', 'CIS-AKS-5.4.2', 'MCSB-NS-2']));
    // A resilience practice is no security alert: GitHub keeps it out of security with this tag.
    const zones = rules.find((r) => r.id === 'aks-availability-zones')!;
    expect(zones.properties!.tags).toEqual(expect.arrayContaining(['reliability', 'aks']));
    expect(zones.properties!.tags).not.toContain('security');
    expect(zones.properties).not.toHaveProperty('security-severity');
    const markdown = rule.help!.markdown!;
    expect(markdown).toContain('```shell\naz aks update');
    expect(markdown).toContain('```hcl\nresource "azurerm_kubernetes_cluster"');
    expect(markdown).toContain('[Documentation](https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges)');
    expect(markdown).toMatch(/Checkov: CKV_AZURE_6, CKV_AZURE_115/);
    expect(rule.help!.text).toMatch(/Remediation: Make the cluster private/);
    for (const r of mine) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
  });

  it('gives each result the level of its own severity, which may differ from its rule', () => {
    const [open] = byCluster('aks-open');
    const [fqdn] = byCluster('aks-fqdn');
    expect(open).toMatchObject({ level: 'error', properties: { severity: 'high', 'security-severity': '8.0' } });
    expect(fqdn).toMatchObject({ level: 'note', properties: { severity: 'low', 'security-severity': '3.0' } });
  });

  it('puts each resource at a relative pseudo-path, with the real id as logical location and the evidence attached', () => {
    const [open] = byCluster('aks-open');
    const id = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-open`;
    expect(open!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: `azure/subscriptions/${SUB}/resourcegroups/rg-prod/providers/microsoft.containerservice/managedclusters/aks-open` },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
        logicalLocations: [{ fullyQualifiedName: id, name: 'aks-open', kind: 'resource' }],
        message: { text: "aks-open (microsoft.containerservice/managedclusters)" },
      },
    ]);
    expect(open!.message.text).toMatch(/accepts connections from any address/);
    expect(open!.properties!.evidence).toContainEqual({ path: 'properties.apiServerAccessProfile.authorizedIPRanges', value: [] });
  });

  it('names the part of a resource a finding is about in the message and as a second logical location', () => {
    const base = report.findings.find((f) => f.status === 'fail')!;
    const withPart: Finding = { ...base, part: 'agentPools[system]', fingerprint: fingerprintOf(base.ruleId, base.resource.id, 'agentPools[system]') };
    const [whole, pool] = resultsOf(sarifOf({ ...report, findings: [base, withPart] }));
    expect(pool!.message.text).toBe(`${base.message} (agentPools[system])`);
    expect(pool!.locations![0]!.logicalLocations).toEqual([
      { fullyQualifiedName: base.resource.id, name: base.resource.name, kind: 'resource' },
      { fullyQualifiedName: `${base.resource.id}/agentPools[system]`, name: 'agentPools[system]', kind: 'resource' },
    ]);
    expect(uriOf(pool!)).toBe(uriOf(whole!));
    expect(hashOf(pool!)).not.toBe(hashOf(whole!));
  });

  it('fingerprints are stable across renders and resource-id casing, and distinct across resources', () => {
    const again = resultsOf(sarifOf(reportOf(estate)));
    expect(again.map(hashOf)).toEqual(resultsOf(log).map(hashOf));
    for (const h of mine.map(hashOf)) expect(h).toMatch(/^[0-9a-f]{32}:1$/);
    expect(new Set(resultsOf(log).map(hashOf)).size).toBe(resultsOf(log).length);

    const upper = state({ clusters: estate.clusters.map((c) => ({ ...c, id: c.id.toUpperCase() })) });
    expect(resultsOf(sarifOf(reportOf(upper))).map(hashOf)).toEqual(resultsOf(log).map(hashOf));
  });

  it('carries the finding\'s fingerprint as GitHub\'s line hash and as aksAudit/v1, which a baseline reads back', () => {
    const failures = report.findings.filter((f) => f.status === 'fail');
    expect(resultsOf(log).map((r) => r.partialFingerprints).sort((a, b) => a!['aksAudit/v1']!.localeCompare(b!['aksAudit/v1']!))).toEqual(
      failures.map((f) => ({ primaryLocationLineHash: `${f.fingerprint}:1`, 'aksAudit/v1': f.fingerprint })).sort((a, b) => a['aksAudit/v1'].localeCompare(b['aksAudit/v1'])),
    );
    expect(resultsOf(log).some((r) => 'baselineState' in r)).toBe(false);
  });

  it('with a baseline, gives each result its baselineState: new, updated (severity changed) or unchanged', () => {
    const [first, second, third] = report.findings.filter((f) => f.status === 'fail');
    const marked = report.findings.map((f) => (f.status !== 'fail' ? f : { ...f, baseline: f === first ? ('new' as const) : ('existing' as const) }));
    const baseline = { file: 'main.json', format: 'json' as const, counts: { new: 1, existing: 2, fixed: 0 }, fixed: [], severityChanged: [{ fingerprint: second!.fingerprint, was: 'low' as const }] };
    const results = resultsOf(sarifOf({ ...report, findings: marked, baseline }));
    const state = (fingerprint: string) => results.find((r) => r.partialFingerprints!['aksAudit/v1'] === fingerprint)!.baselineState;
    expect([state(first!.fingerprint), state(second!.fingerprint), state(third!.fingerprint)]).toEqual(['new', 'updated', 'unchanged']);
  });

  it('keeps URIs relative, scheme-less and free of spaces and dot-segments for hostile resource names', () => {
    const names = ['aks prod eu', 'aks-ünïcødé-集群', '..', '../../etc/passwd', '<script>alert(1)</script>', 'a?b#c%d', "it's (not) *ok*!", ' '];
    const hostile = sarifOf(reportOf(state({ clusters: names.map((n) => publicApi(n)) })));
    expectIngestible(hostile);
    const uris = resultsOf(hostile).filter((r) => r.ruleId === RULE).map(uriOf);
    expect(uris).toHaveLength(names.length);
    for (const uri of uris) {
      expect(uri).toMatch(/^azure\/subscriptions\/[^/]+\/resourcegroups\/rg-prod\/providers\/microsoft\.containerservice\/managedclusters\//);
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%/]+$/);
      expect(uri.split('/').filter((s) => s === '.' || s === '..' || s === '')).toEqual([]);
    }
    expect(uris).toContain(`azure/subscriptions/${SUB}/resourcegroups/rg-prod/providers/microsoft.containerservice/managedclusters/aks%20prod%20eu`);
    expect(uris.some((u) => decodeURIComponent(u).endsWith('/aks-ünïcødé-集群'))).toBe(true);
    expect(uris.join('\n')).not.toMatch(/[<>]/);
  });

  it('still gives a location to a finding whose resource id is empty', () => {
    const base = report.findings.find((f) => f.status === 'fail')!;
    const anonymous: Finding = { ...base, resource: { ...base.resource, id: '' } };
    const [r] = resultsOf(sarifOf({ ...report, findings: [anonymous] }));
    expect(uriOf(r!)).toBe(`azure/subscriptions/${SUB}/providers/microsoft.containerservice/managedclusters/${base.resource.name}`);
  });

  it('maps every severity into its GitHub band and level', () => {
    const band: Record<Severity, [number, number]> = { critical: [9.1, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9], info: [0.1, 3.9] };
    for (const s of SEVERITIES) {
      const score = Number(SECURITY_SEVERITY[s]);
      expect(score).toBeGreaterThanOrEqual(band[s][0]);
      expect(score).toBeLessThanOrEqual(band[s][1]);
    }
    const base = report.findings.find((f) => f.status === 'fail')!;
    const levels = resultsOf(sarifOf({ ...report, findings: SEVERITIES.map((severity) => ({ ...base, severity })) })).map((r) => r.level);
    expect(levels).toEqual(['error', 'error', 'warning', 'note', 'note']);
  });

  it('sets the category from the options', () => {
    expect(sarifOf(report, 'aks-audit/prod').runs[0]!.automationDetails?.id).toBe('aks-audit/prod/');
  });

  it('reports a crashed rule as a failed execution', () => {
    const crashed = sarifOf({ ...report, crashes: [{ ruleId: RULE, message: 'boom' }] });
    expect(crashed.runs[0]!.invocations![0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: expect.stringMatching(/aks-api-server-access-restricted crashed.*boom/) }, associatedRule: { id: RULE } }],
    });
    expectIngestible(crashed);
  });

  it('keeps the most severe results within GitHub’s per-run limit and says how many it dropped', () => {
    const base = report.findings.find((f) => f.status === 'fail')!;
    const low = Array.from({ length: MAX_RESULTS_PER_RUN + 5 }, (_, i) => ({ ...base, severity: 'low' as const, resource: { ...base.resource, id: `${base.resource.id}-${i}` } }));
    const critical = Array.from({ length: 5 }, (_, i) => ({ ...base, severity: 'critical' as const, resource: { ...base.resource, id: `${base.resource.id}-c${i}` } }));
    const big = sarifOf({ ...report, findings: [...low, ...critical] });
    const results = resultsOf(big);
    expect(results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(results.filter((r) => r.properties?.severity === 'critical')).toHaveLength(5);
    expect(big.runs[0]!.properties).toMatchObject({ droppedResults: 10 });
    expect(big.runs[0]!.invocations![0]!.toolExecutionNotifications).toContainEqual(expect.objectContaining({ level: 'warning', message: { text: expect.stringMatching(/^10 of 25010 failures \(waived ones last\) were left out/) } }));
    expect(githubIngestionProblems(big)).toEqual([]);
  });

  it('writes a valid aks-audit.sarif from the CLI scan of an estate', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aks-audit-sarif-'));
    try {
      const { report: scanned, written } = await runScan({ inputs: ['fixtures/demo/dev', 'fixtures/inputs/estate-psrule-export.json'], formats: ['sarif'], out, failOn: 'none', asOf: NOW, quiet: true }, () => {}, NOW);
      expect(written).toEqual([join(out, 'aks-audit.sarif')]);
      const file = JSON.parse(readFileSync(written[0]!, 'utf8')) as Log;
      expectIngestible(file);
      expect(resultsOf(file)).toHaveLength(scanned.summary.byStatus.fail);
      expect(resultsOf(file).filter((r) => r.ruleId === RULE).length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the GitHub ingestion check can fail', () => {
  const valid = sarifOf(reportOf(estate));
  /** A copy of the valid log with one thing broken. */
  const broken = (mutate: (log: Log, result: Result) => void): Log => {
    const copy = structuredClone(valid);
    mutate(copy, copy.runs[0]!.results![0]!);
    return copy;
  };
  const rule0 = (log: Log) => log.runs[0]!.tool.driver.rules![log.runs[0]!.results![0]!.ruleIndex!]!;

  it('accepts the unbroken log', () => {
    expect(githubIngestionProblems(valid)).toEqual([]);
  });

  it.each<[string, (log: Log, result: Result) => void, RegExp]>([
    ['no locations', (_, r) => delete r.locations, /locations is empty/],
    ['an empty locations array', (_, r) => (r.locations = []), /locations is empty/],
    ['only a logical location', (_, r) => delete r.locations![0]!.physicalLocation, /physicalLocation is required/],
    ['an empty uri', (_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = ''), /uri is required/],
    ['an azure:// uri', (_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = 'azure://subscriptions/x'), /has a scheme/],
    ['an absolute path', (_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = '/subscriptions/x'), /is not relative/],
    ['a space in the uri', (_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = 'azure/aks prod'), /contains whitespace/],
    ['a dot-segment', (_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = 'azure/../etc'), /dot-segment/],
    ['no region.startLine', (_, r) => delete r.locations![0]!.physicalLocation!.region, /startLine is required/],
    ['no primaryLocationLineHash', (_, r) => delete r.partialFingerprints, /primaryLocationLineHash is required/],
    ['a level outside the enum', (_, r) => (r.level = 'critical' as Result['level']), /level "critical" is not/],
    ['a result naming no rule', (_, r) => (r.ruleId = 'no-such-rule'), /names no rule/],
    ['a ruleIndex pointing elsewhere', (_, r) => (r.ruleIndex = 99), /ruleIndex 99 does not point/],
    ['no message text', (_, r) => (r.message = {}), /message\.text is required/],
    ['a numeric security-severity', (l) => (rule0(l).properties!['security-severity'] = 9.5), /security-severity 9\.5 is not a numeric string/],
    ['a security-severity above 10', (l) => (rule0(l).properties!['security-severity'] = '11'), /security-severity "11"/],
    ['a security-severity of 0', (l) => (rule0(l).properties!['security-severity'] = '0'), /security-severity "0"/],
    ['a word as security-severity', (l) => (rule0(l).properties!['security-severity'] = 'high'), /security-severity "high"/],
    ['tags without security', (l) => (rule0(l).properties!.tags = ['aks']), /lacks "security"/],
    ['21 tags', (l) => (rule0(l).properties!.tags = ['security', ...Array.from({ length: 20 }, (_, i) => `t${i}`)]), /21 tags/],
    ['a 1025-character fullDescription', (l) => (rule0(l).fullDescription = { text: 'x'.repeat(1025) }), /fullDescription\.text is 1025 characters/],
    ['a 1025-character shortDescription', (l) => (rule0(l).shortDescription = { text: 'x'.repeat(1025) }), /shortDescription\.text is 1025 characters/],
    ['a rule without help', (l) => delete rule0(l).help, /help\.text is required/],
    ['25,001 results in a run', (l, r) => (l.runs[0]!.results = Array.from({ length: 25_001 }, () => r)), /25001 results/],
    ['21 runs', (l) => (l.runs = Array.from({ length: 21 }, () => l.runs[0]!)), /21 runs/],
  ])('catches %s', (_, mutate, problem) => {
    expect(githubIngestionProblems(broken(mutate))).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('and the schema check catches what the schema forbids', () => {
    expect(sarifSchemaErrors(valid)).toEqual([]);
    expect(sarifSchemaErrors(broken((_, r) => (r.level = 'critical' as Result['level'])))).toContainEqual(expect.stringMatching(/level: must be equal to one of the allowed values/));
    expect(sarifSchemaErrors(broken((l) => delete (l.runs[0]!.tool.driver as { name?: string }).name))).toContainEqual(expect.stringMatching(/must have required property 'name'/));
    expect(sarifSchemaErrors(broken((_, r) => (r.locations![0]!.physicalLocation!.artifactLocation!.uri = 'azure/aks prod')))).toContainEqual(expect.stringMatching(/must match format "uri-reference"/));
  });
});
