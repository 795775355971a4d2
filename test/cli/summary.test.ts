import { describe, expect, it } from 'vitest';
import { renderLine } from '../../src/cli/colour.ts';
import { formatSummary, SUMMARY_FAILURES } from '../../src/cli/summary.ts';
import type { ControlStatus } from '../../src/engine/report.ts';
import { SEVERITIES } from '../../src/engine/severity.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';

const plain = (...args: Parameters<typeof formatSummary>): string[] => formatSummary(...args).map((line) => renderLine(line, false));

describe('the summary after a scan', () => {
  it('names the failing findings most severe first, each with rule, resource, file:line and message, before the counts', () => {
    const lines = plain(
      reportWith([
        finding('aks-dashboard-addon-disabled', 'fail', 'low', 'aks-dev'),
        finding('aks-api-server-access-restricted', 'fail', 'high', 'main', { file: 'infra/aks.tf', line: 3, evidenceLine: 14, message: 'Cluster main has a public API server' }),
        finding('aks-kubernetes-rbac-enabled', 'fail', 'critical', 'aks-legacy', { message: 'Cluster aks-legacy has Kubernetes RBAC disabled' }),
        finding('aks-azure-policy-enabled', 'pass', 'medium', 'aks-prod'),
      ]),
      ['out/aks-audit.json'],
      'high',
    );
    expect(lines.slice(1, 8)).toEqual([
      '  failing, most severe first:',
      '    critical  aks-kubernetes-rbac-enabled  aks-legacy',
      '              Cluster aks-legacy has Kubernetes RBAC disabled',
      '    high      aks-api-server-access-restricted  main  infra/aks.tf:14',
      '              Cluster main has a public API server',
      '    low       aks-dashboard-addon-disabled  aks-dev',
      '              aks-dashboard-addon-disabled on aks-dev',
    ]);
    expect(lines[8]).toBe('  fail 3 (critical 1, high 1, medium 0, low 1, info 0)');
    expect(lines).toContain('  wrote out/aks-audit.json');
  });

  it(`names at most ${SUMMARY_FAILURES}, the most severe, and says how many more and where they are`, () => {
    const findings = Array.from({ length: 25 }, (_, i) => finding(`rule-${i}`, 'fail', SEVERITIES[i % 5]!, `aks-${i}`));
    const lines = plain(reportWith(findings), [], 'high', 'out/aks-audit.txt');
    const named = lines.filter((line) => /^ {4}\S+ +rule-/.test(line));
    expect(named).toHaveLength(SUMMARY_FAILURES);
    expect(named.slice(0, 5).every((line) => line.startsWith('    critical'))).toBe(true);
    expect(named.slice(5).every((line) => line.startsWith('    high'))).toBe(true);
    expect(lines).toContain('    and 15 more (see out/aks-audit.txt)');
    expect(plain(reportWith(findings), [], 'high')).toContain('    and 15 more (write a report to see them all: --format text)');
  });

  it('says nothing about failures when there are none', () => {
    const lines = plain(reportWith([finding('aks-azure-policy-enabled', 'pass', 'medium', 'aks-prod')]), [], 'none');
    expect(lines.some((line) => line.includes('failing'))).toBe(false);
    expect(lines).toContain('  fail 0 (critical 0, high 0, medium 0, low 0, info 0)');
  });

  it('gives each framework\'s score in a line, with the controls that keep it down', () => {
    const control = (id: string, status: ControlStatus) => ({ id, section: '5.4 Cluster Networking', title: id, automated: false, status, rules: [], counts: { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 } });
    const score = { passed: 2, evaluated: 3, total: 5, percent: 40 };
    const frameworks = [{ id: 'cis-aks', name: 'CIS AKS Benchmark', version: '1.8.0', score, bySubscription: [], byCluster: [], controls: [control('5.4.1', 'pass'), control('5.4.2', 'waived'), control('5.4.3', 'fail'), control('5.4.4', 'unknown'), control('5.4.5', 'manual'), control('5.5.1', 'not-applicable')] }];
    const lines = plain({ ...reportWith([]), frameworks }, [], 'none');
    expect(lines).toContain('  CIS AKS Benchmark 1.8.0: 40% (2 of 5 controls pass; 1 fail, 1 unknown, 1 manual)');
    expect(plain(reportWith([]), [], 'none').some((line) => line.includes('controls pass'))).toBe(false);
  });

  it('colours severities only when asked, and only with its own codes around text already escaped', () => {
    const hostile = 'aks\u001b[2J\u202e';
    const [, , first] = formatSummary(reportWith([finding('aks-kubernetes-rbac-enabled', 'fail', 'critical', hostile)]), [], 'high');
    expect(renderLine(first!, true)).toBe('    \u001b[1;31mcritical\u001b[0m  aks-kubernetes-rbac-enabled  aks\\u001b[2J\\u202e');
    expect(renderLine(first!, false)).toBe('    critical  aks-kubernetes-rbac-enabled  aks\\u001b[2J\\u202e');
  });
});
