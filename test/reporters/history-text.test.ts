import { describe, expect, it } from 'vitest';
import type { ReportHistory } from '../../src/engine/report.ts';
import { renderText } from '../../src/reporters/text.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';

describe('the text report with a history', () => {
  it('shows each run with its framework scores, what changed since the previous run, and since when each failure fails', () => {
    const failing = finding('aks-rbac', 'fail', 'critical', 'aks-a');
    const report = reportWith([failing]);
    const recorded = { fingerprint: failing.fingerprint, ruleId: 'aks-rbac', status: 'fail' as const, severity: 'critical' as const, resource: { id: failing.resource.id, name: 'aks-a' }, message: 'm' };
    const history: ReportHistory = {
      location: 'https://stauditweu.blob.core.windows.net/aks-audit',
      runs: [
        { at: '2026-11-15T06:00:00.000Z', asOf: '2026-11-15T00:00:00.000Z', scores: { 'cis-aks': 62.5 }, failures: 3 },
        { at: '2026-11-22T06:00:00.000Z', asOf: '2026-11-22T00:00:00.000Z', scores: { 'cis-aks': 58.333 }, failures: 4 },
      ],
      previous: { at: '2026-11-15T06:00:00.000Z', asOf: '2026-11-15T00:00:00.000Z' },
      sincePrevious: {
        new: [{ ...recorded, ruleId: 'aks-sla', was: 'waived' }],
        fixed: [{ ...recorded, ruleId: 'aks-policy', severity: 'high', part: 'agentPools[system]', now: 'absent' }],
        regressed: [{ ...recorded, fixedAt: '2026-11-08T00:00:00.000Z' }],
        controls: [{ framework: 'cis-aks', control: '5.1.1', was: 'pass', now: 'fail' }],
      },
      openSince: { [failing.fingerprint]: '2026-11-08T00:00:00.000Z' },
    };
    const text = [...renderText({ ...report, history })].join('');
    expect(text).toContain(
      [
        'HISTORY https://stauditweu.blob.core.windows.net/aks-audit: 2 run(s) kept',
        '  2026-11-15  fail 3, cis-aks 62.5%',
        '  2026-11-22  fail 4, cis-aks 58.3%',
        '  since 2026-11-15: 1 regressed, 1 new, 1 fixed, 1 control(s) changed',
        '    regressed  critical aks-rbac  aks-a (fixed 2026-11-08)',
        '    new        critical aks-sla  aks-a (was waived)',
        '    fixed      high aks-policy  aks-a (agentPools[system]) (now absent)',
        '    control    cis-aks 5.1.1: pass -> fail',
      ].join('\n'),
    );
    expect(text).toContain('    aks-rbac on aks-a\n    failing since 2026-11-08\n');
  });
});
