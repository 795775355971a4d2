import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/finding.ts';
import type { ScanReport } from '../../src/engine/report.ts';
import type { RunRecord } from '../../src/history/record.ts';
import { nextRecord } from '../../src/history/trend.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';

/** A report of `aks-a` and `aks-b` on `asOf`, with a CIS framework view whose control 5.1.1 follows `rbac`. */
function run(asOf: string, statuses: { rbac: Status; sla?: Status; policy?: Status }): ScanReport {
  const findings = [finding('aks-rbac', statuses.rbac, 'critical', 'aks-a'), finding('aks-policy', statuses.policy ?? 'pass', 'high', 'aks-b', { message: 'Azure Policy add-on off' })];
  if (statuses.sla) findings.push(finding('aks-sla', statuses.sla, 'low', 'aks-b'));
  const report = reportWith(findings);
  report.asOf = report.generatedAt = `${asOf}T00:00:00.000Z`;
  const passing = statuses.rbac === 'pass' ? 1 : 0;
  const frameworks = [
    {
      id: 'cis-aks',
      name: 'CIS AKS Benchmark',
      version: '1.7.0',
      score: { passed: passing, evaluated: 2, total: 3, percent: (passing / 3) * 100 },
      controls: [
        { id: '5.1.1', status: statuses.rbac },
        { id: '3.1.1', status: 'manual' },
      ],
    },
  ];
  return Object.assign(report, { frameworks });
}

function chain(...reports: ScanReport[]): { record: RunRecord; since: ReturnType<typeof nextRecord>['since'] }[] {
  const out: ReturnType<typeof nextRecord>[] = [];
  for (const report of reports) out.push(nextRecord(report, out.at(-1)?.record, '2026-01-01T00:00:00.000Z'));
  return out;
}

describe('nextRecord: a run compared with the one before', () => {
  it('records only what does not pass, with the control scores of the framework view', () => {
    const { record, since } = chain(run('2026-11-16', { rbac: 'fail', sla: 'unknown' }))[0]!;
    expect(record.findings.map(([, status, severity]) => [status, severity])).toEqual([['fail', 'critical'], ['unknown', 'low']]);
    expect(Object.values(record.failures)).toEqual([{ ruleId: 'aks-rbac', resource: { id: expect.stringContaining('/aks-a'), name: 'aks-a' }, message: 'aks-rbac on aks-a' }]);
    expect(record.frameworks).toEqual([{ id: 'cis-aks', name: 'CIS AKS Benchmark', version: '1.7.0', score: { passed: 0, evaluated: 2, total: 3, percent: 0 }, controls: { '5.1.1': 'fail', '3.1.1': 'manual' } }]);
    // The first run has nothing to compare with: every failure is open since today, none is "new".
    expect(since).toEqual({ new: [], fixed: [], regressed: [], controls: [] });
    expect(Object.values(record.openSince)).toEqual(['2026-11-16T00:00:00.000Z']);
  });

  it('tells new, fixed and regressed apart over three weeks, and keeps when each failure opened', () => {
    const [, second, third] = chain(
      run('2026-11-16', { rbac: 'fail' }),
      run('2026-11-23', { rbac: 'pass', policy: 'fail' }),
      run('2026-11-30', { rbac: 'fail', policy: 'fail', sla: 'fail' }),
    );
    expect(second!.since.new.map((f) => [f.ruleId, f.was])).toEqual([['aks-policy', 'not-failing']]);
    expect(second!.since.fixed.map((f) => [f.ruleId, f.now, f.message])).toEqual([['aks-rbac', 'pass', 'aks-rbac on aks-a']]);
    expect(second!.since.controls).toEqual([{ framework: 'cis-aks', control: '5.1.1', was: 'fail', now: 'pass' }]);
    // Week 3: RBAC fails again after week 2 fixed it (regressed), the SLA fails for the first time (new).
    expect(third!.since.regressed.map((f) => [f.ruleId, f.fixedAt])).toEqual([['aks-rbac', '2026-11-23T00:00:00.000Z']]);
    expect(third!.since.new.map((f) => f.ruleId)).toEqual(['aks-sla']);
    expect(third!.since.fixed).toEqual([]);
    const opened = Object.fromEntries(Object.entries(third!.record.openSince).map(([fp, date]) => [third!.record.failures[fp]!.ruleId, date.slice(0, 10)]));
    expect(opened).toEqual({ 'aks-rbac': '2026-11-30', 'aks-policy': '2026-11-23', 'aks-sla': '2026-11-30' });
    expect(third!.record.fixedAt).toEqual({});
  });

  it('does not call a failure fixed when it became unknown or waived, and a waiver that lapsed makes it new "was waived"', () => {
    const [, second, third] = chain(run('2026-11-16', { rbac: 'fail' }), run('2026-11-23', { rbac: 'waived' }), run('2026-11-30', { rbac: 'fail' }));
    expect(second!.since.fixed).toEqual([]);
    expect(third!.since.new.map((f) => [f.ruleId, f.was])).toEqual([['aks-rbac', 'waived']]);
  });

  it('forgets fixes older than the oldest run kept: a failure then is new again', () => {
    const first = nextRecord(run('2026-11-16', { rbac: 'fail' }), undefined, '2026-01-01');
    const second = nextRecord(run('2026-11-23', { rbac: 'pass' }), first.record, '2026-01-01');
    const third = nextRecord(run('2026-11-30', { rbac: 'fail' }), second.record, '2026-11-24T00:00:00.000Z');
    expect(third.since.regressed).toEqual([]);
    expect(third.since.new.map((f) => f.ruleId)).toEqual(['aks-rbac']);
  });
});
