import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/action/annotations.ts';
import { commentBody } from '../../src/action/comment-body.ts';
import { jobSummary, SUMMARY_BYTES, type Gate } from '../../src/action/job-summary.ts';
import type { RunContext } from '../../src/action/run-context.ts';
import type { Finding } from '../../src/engine/finding.ts';
import { SEVERITIES } from '../../src/engine/severity.ts';
import { parseStdout } from '../helpers/action-runner.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';

const context: RunContext = { workspace: '/w', repositoryUrl: 'https://github.com/o/r', repository: 'o/r', sha: 'a'.repeat(40), apiUrl: 'https://api.github.com', runUrl: 'https://github.com/o/r/actions/runs/9' };
const gate: Gate = { exitCode: 1, failOn: 'high', failOnNew: true, failures: 1 };
const inFile = (f: Finding, file: string, line: number, baseline?: 'new' | 'existing'): Finding => ({ ...f, origin: { ...f.origin, file, line }, ...(baseline ? { baseline } : {}) });

describe('annotations', () => {
  it('are capped at 10 errors and 10 warnings, most severe new failures first, with room left for the step’s own', () => {
    const findings = Array.from({ length: 60 }, (_, i) => inFile(finding(`rule-${i}`, 'fail', SEVERITIES[i % 4]!, `aks-${i}`), `/w/infra/f${i}.tf`, i + 1, i % 3 === 0 ? 'new' : 'existing'));
    const { commands, notShown } = annotate(reportWith(findings), { failOn: 'medium', failOnNew: true }, context, { error: 1, warning: 2 });
    const parsed = parseStdout(commands.join('\n')).commands;
    const errors = parsed.filter((c) => c.name === 'error');
    expect(errors).toHaveLength(9);
    expect(parsed.filter((c) => c.name === 'warning')).toHaveLength(8);
    expect(notShown).toBe(60 - 17);
    // The new critical failures first, then new high ones.
    expect(errors.slice(0, 5).every((c) => c.properties['title']!.includes('(critical, new)'))).toBe(true);
    expect(errors[5]!.properties['title']).toContain('(high, new)');
    expect(errors[0]!.properties['file']).toBe('infra/f0.tf');
  });

  it('leave out failures without a line, and files outside the checkout', () => {
    const findings = [finding('arm-only', 'fail', 'high', 'aks-a'), inFile(finding('outside', 'fail', 'high', 'aks-b'), '/elsewhere/x.tf', 2)];
    expect(annotate(reportWith(findings), { failOn: 'high', failOnNew: false }, context, { error: 0, warning: 0 })).toEqual({ commands: [], notShown: 0 });
  });
});

describe('the job summary', () => {
  it('stays within GitHub’s 1 MiB however many failures, and says how many it left out', () => {
    const long = 'x'.repeat(5000);
    const findings = Array.from({ length: 20_000 }, (_, i) => inFile(finding(`rule-${i % 90}`, 'fail', 'high', `aks-${i}`, { message: `<b>|@team ${long}` }), `/w/infra/f${i}.tf`, 3));
    const report = reportWith(findings, { sources: Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, kind: 'azure' as const, target: `sub-${i}`, status: 'failed' as const, code: 'forbidden', message: long, resources: 0 })) });
    const summary = jobSummary({ report, gate: { ...gate, failOnNew: false, failures: 20_000 }, context, category: 'aks-audit/azure', reports: ['r/aks-audit.json'], notAnnotated: 19_990, scanMs: 12 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BYTES);
    expect(summary).toContain('And 19950 more failure(s): see the reports.');
    expect(summary).toContain('- and 480 more (see the reports)');
    expect(summary).not.toMatch(/<b>|\|@team/);
    expect(summary).toContain('&lt;b&gt;&#124;&#64;team');
  });

  it('names the verdict for each way a scan ends', () => {
    const report = reportWith([]);
    const head = (g: Partial<Gate>) => jobSummary({ report, gate: { ...gate, ...g }, context, category: 'c', reports: [], notAnnotated: 0, scanMs: 1 }).split('\n')[0];
    expect(head({ exitCode: 0 })).toBe('## ✅ aks-audit: passed, no new failure at or above high');
    expect(head({ exitCode: 0, failOn: 'none' })).toBe('## ✅ aks-audit: passed (fail-on: none)');
    expect(head({ exitCode: 1, failures: 3, failOnNew: false })).toBe('## ❌ aks-audit: failed, 3 failure(s) at or above high');
    expect(head({ exitCode: 3, problem: 'nothing was read, so nothing was audited: x: no resources in it' })).toBe('## ❌ aks-audit: nothing was read, so nothing was audited: x: no resources in it');
  });
});

describe('the pull request comment', () => {
  it('lists the new failures only, links the run, and says so when there are none', () => {
    const report = reportWith([inFile(finding('aks-node-public-ip-disabled', 'fail', 'high', 'edge'), '/w/infra/aks.tf', 9, 'new'), inFile(finding('acr-admin-user-disabled', 'fail', 'high', 'acr'), '/w/infra/main.tf', 19, 'existing')]);
    report.baseline = { file: 'b.json', format: 'json', counts: { new: 1, existing: 1, fixed: 0 }, fixed: [], severityChanged: [] };
    const body = commentBody(report, gate, context, 'aks-audit/terraform');
    expect(body).toContain(`| high **new** | aks-node-public-ip-disabled | edge | [infra/aks.tf:9](https://github.com/o/r/blob/${'a'.repeat(40)}/infra/aks.tf#L9) |`);
    expect(body).not.toContain('acr-admin-user-disabled');
    expect(body).toContain("[the run's summary](https://github.com/o/r/actions/runs/9)");
    report.findings.pop();
    report.findings[0]!.baseline = 'existing';
    expect(commentBody(report, { ...gate, exitCode: 0 }, context, 'aks-audit/terraform')).toContain('No new failure.');
  });
});
