import { describe, expect, it } from 'vitest';
import { AksCalendar, calendarDay } from '../../src/reference/aks-calendar.ts';
import versionSupported from '../../src/rules/aks/aks-kubernetes-version-supported.ts';
import { referencesOf } from '../../src/cli/references.ts';
import { cluster, pool, REFERENCE, run, state } from '../helpers/state.ts';

const CALENDAR = REFERENCE.aksCalendar;
const supportOf: AksCalendar['supportOf'] = (minor, options, now) => CALENDAR.supportOf(minor, options, now);

const on = (day: string) => new Date(`${day}T09:30:00Z`);
const official = { lts: false };
const lts = { lts: true };

describe('AKS support calendar', () => {
  it('is the dated copy every report names', () => {
    expect(CALENDAR.label).toBe('AKS support calendar of 2026-08-05');
    expect(referencesOf(state(), REFERENCE)).toContainEqual({ name: 'AKS support calendar', source: expect.stringContaining('supported-kubernetes-versions.md'), asOf: '2026-08-05' });
  });

  it('reads a month-only date as the last day of that month, and exact days as given', () => {
    expect(calendarDay('Feb 2026', 'calendar.json')).toBe('2026-02-28');
    expect(calendarDay('Mar 2026', 'calendar.json')).toBe('2026-03-31');
    expect(calendarDay('Aug 22, 2025', 'calendar.json')).toBe('2025-08-22');
    expect(() => calendarDay('Q3 2026', 'calendar.json')).toThrow('calendar.json: unreadable date "Q3 2026"');
  });

  it('keeps the last day of support inside it and leaves support the day after', () => {
    expect(supportOf('1.34', official, on('2026-11-30'))).toMatchObject({ kind: 'community', end: '2026-11-30', daysLeft: 0 });
    expect(supportOf('1.33', official, on('2026-07-31'))).toMatchObject({ kind: 'community', end: '2026-07-31' });
    expect(supportOf('1.33', official, on('2026-08-01'))).toMatchObject({ kind: 'platform', communityEnd: '2026-07-31', until: '1.37' });
  });

  it('resolves "Until 1.X GA" to that minor\'s GA month', () => {
    expect(supportOf('1.33', official, on('2026-08-05'))).toEqual({ kind: 'platform', end: '2026-10-31', daysLeft: 87, communityEnd: '2026-07-31', until: '1.37' });
    expect(supportOf('1.33', official, on('2026-11-01'))).toMatchObject({ kind: 'ended', end: '2026-10-31' });
  });

  it('leaves the platform-support end unknown when minor+4 is not in the calendar yet', () => {
    expect(supportOf('1.34', official, on('2026-12-15'))).toEqual({ kind: 'platform', end: null, daysLeft: null, communityEnd: '2026-11-30', until: '1.38' });
  });

  it('stands as rechecked on 2026-12-07: 1.31 out of LTS, 1.34 on platform support, 1.35 to 1.37 in community support', () => {
    const today = on('2026-12-07');
    expect(supportOf('1.31', lts, today)).toMatchObject({ kind: 'ended', end: '2026-11-30' });
    expect(supportOf('1.34', official, today)).toMatchObject({ kind: 'platform', end: null, until: '1.38' });
    expect(supportOf('1.34', lts, today)).toMatchObject({ kind: 'lts', end: '2027-11-30' });
    for (const minor of ['1.35', '1.36', '1.37']) expect(supportOf(minor, official, today)).toMatchObject({ kind: 'community' });
  });

  it('fills columns the page dropped from the last historical row (1.31 platform support until 1.35 GA)', () => {
    expect(supportOf('1.31', official, on('2026-01-15'))).toMatchObject({ kind: 'platform', end: '2026-03-31', communityEnd: '2025-11-01' });
  });

  it('extends an LTS-eligible minor to its LTS end, and only that far', () => {
    expect(supportOf('1.32', lts, on('2026-08-05'))).toMatchObject({ kind: 'lts', end: '2027-03-31', daysLeft: 238 });
    expect(supportOf('1.29', lts, on('2026-08-05'))).toMatchObject({ kind: 'ended', end: '2026-04-30' });
    // 1.26 was never LTS: the plan changes nothing.
    expect(supportOf('1.26', lts, on('2024-03-15'))).toMatchObject({ kind: 'community', end: '2024-03-31' });
  });

  it('classifies minors older than the calendar as ended and newer ones as unknown, naming the calendar', () => {
    expect(supportOf('1.13', official, on('2026-08-05'))).toMatchObject({ kind: 'ended', end: null, reason: expect.stringContaining('AKS support calendar of 2026-08-05') });
    expect(supportOf('1.38', official, on('2026-08-05'))).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/1\.38 is newer than any minor in the AKS support calendar of 2026-08-05/) });
  });

  it('is reference data the caller hands in: a rule judges against the calendar it is given', () => {
    const newer = new AksCalendar({ source: 'test', asOf: '2027-01-10', historical: [], versions: [{ minor: '1.34', aksGA: 'Aug 2025', aksEndOfLife: 'Dec 2026', platformSupportEnd: null, lts: false, ltsEnd: null }] }, 'newer.json');
    const s = state({ clusters: [cluster({ kubernetesVersion: '1.34.2', agentPools: [pool({ orchestratorVersion: '1.34.2' })] })] });
    const [bundled] = run(versionSupported, s, {}, on('2027-01-10'));
    const [given] = run(versionSupported, s, {}, on('2027-01-10'), { aksCalendar: newer });
    expect(bundled!.message).toContain('AKS support calendar of 2026-08-05');
    expect(given).toMatchObject({ status: 'fail', message: expect.stringContaining('AKS support calendar of 2027-01-10') });
  });
});
