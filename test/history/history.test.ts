import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/finding.ts';
import { addRun, lastReport, openHistory, saveRun } from '../../src/history/history.ts';
import { folderStore } from '../../src/history/store.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';
import { workDir } from '../cli/run-main.ts';

function report(asOf: string, rbac: Status) {
  const r = reportWith([finding('aks-rbac', rbac, 'critical', 'aks-a'), finding('aks-sla', 'pass', 'low', 'aks-a')]);
  r.asOf = `${asOf}T00:00:00.000Z`;
  r.generatedAt = `${asOf}T06:00:00.000Z`;
  return r;
}

async function scanInto(folder: string, asOf: string, rbac: Status, keep: { runs: number } | { days: number } = { runs: 100 }) {
  const store = folderStore(folder);
  const r = report(asOf, rbac);
  const pending = addRun(await openHistory(store, new Date(r.asOf)), r, keep);
  await saveRun(pending, r);
  return r;
}

describe('a history in a folder', () => {
  it('keeps an index and a compressed record per run, and the newest report whole', async () => {
    const folder = join(workDir(), 'history');
    await scanInto(folder, '2026-11-16', 'fail');
    const week2 = await scanInto(folder, '2026-11-23', 'pass');
    expect(readdirSync(join(folder, 'runs')).sort()).toEqual(['2026-11-16T000000Z--2026-11-16T060000Z.json.gz', '2026-11-23T000000Z--2026-11-23T060000Z.json.gz']);
    const index = JSON.parse(readFileSync(join(folder, 'history.json'), 'utf8'));
    expect(index.runs.map((r: { asOf: string; failures: number }) => [r.asOf.slice(0, 10), r.failures])).toEqual([['2026-11-16', 1], ['2026-11-23', 0]]);
    const record = JSON.parse(gunzipSync(readFileSync(join(folder, 'runs', '2026-11-23T000000Z--2026-11-23T060000Z.json.gz'))).toString());
    expect(record).toMatchObject({ schemaVersion: 1, asOf: '2026-11-23T00:00:00.000Z', findings: [], fixedAt: { [week2.findings[0]!.fingerprint]: '2026-11-23T00:00:00.000Z' } });
    expect(week2.history).toMatchObject({ location: folder, previous: { asOf: '2026-11-16T00:00:00.000Z' }, runs: [{ failures: 1 }, { failures: 0 }] });
    expect(week2.history!.sincePrevious.fixed.map((f) => [f.ruleId, f.now])).toEqual([['aks-rbac', 'pass']]);
    // What `aks-audit report --history` renders: the newest report as written, history included.
    expect(await lastReport(folderStore(folder))).toEqual(JSON.parse(JSON.stringify(week2)));
  });

  it('drops the records retention lets go, by runs or by days', async () => {
    const folder = join(workDir(), 'history');
    for (const day of ['01', '08', '15']) await scanInto(folder, `2026-11-${day}`, 'fail', { runs: 2 });
    expect(readdirSync(join(folder, 'runs')).map((f) => f.slice(0, 10)).sort()).toEqual(['2026-11-08', '2026-11-15']);
    const week4 = await scanInto(folder, '2026-11-22', 'fail', { days: 7 });
    expect(readdirSync(join(folder, 'runs')).map((f) => f.slice(0, 10)).sort()).toEqual(['2026-11-15', '2026-11-22']);
    expect(week4.history!.runs.map((r) => r.asOf.slice(0, 10))).toEqual(['2026-11-15', '2026-11-22']);
    // Open since the first run that failed it, even once that run is no longer kept.
    expect(Object.values(week4.history!.openSince)).toEqual(['2026-11-01T00:00:00.000Z']);
  });

  it('refuses a run dated before the newest it holds, and names what it cannot read', async () => {
    const folder = join(workDir(), 'history');
    await scanInto(folder, '2026-11-16', 'fail');
    await expect(scanInto(folder, '2026-11-09', 'fail')).rejects.toThrow('--as-of 2026-11-09 is before the newest run in ' + folder + ' (2026-11-16): a history runs forward');
    writeFileSync(join(folder, 'runs', readdirSync(join(folder, 'runs'))[0]!), 'not gzip');
    await expect(openHistory(folderStore(folder), new Date('2026-12-01'))).rejects.toThrow(/runs\/2026-11-16T000000Z--2026-11-16T060000Z\.json\.gz: is not gzip$/);
    writeFileSync(join(folder, 'history.json'), '{"schemaVersion":1,"runs":[{"id":"../x","at":"a","asOf":"b","scores":{},"failures":0}]}');
    await expect(openHistory(folderStore(folder), new Date('2026-12-01'))).rejects.toThrow(`${folder}/history.json: runs[0].id: is not a run id`);
    writeFileSync(join(folder, 'history.json'), '{"schemaVersion":1,"runs":[{"id":"gone","at":"a","asOf":"b","scores":{},"failures":0}]}');
    await expect(openHistory(folderStore(folder), new Date('2026-12-01'))).rejects.toThrow(`${folder}/history.json: runs[0]: names runs/gone.json.gz, which is not there`);
  });

  it('keeps each run\'s framework scores and control statuses for the trend, when the report has a framework view', async () => {
    const folder = join(workDir(), 'history');
    const withFramework = (asOf: string, rbac: Status, percent: number) =>
      Object.assign(report(asOf, rbac), { frameworks: [{ id: 'cis-aks', name: 'CIS AKS', version: '1.7.0', score: { passed: 1, evaluated: 2, total: 2, percent }, bySubscription: [], byCluster: [], controls: [{ id: '5.1.1', status: rbac }] }] });
    const store = folderStore(folder);
    let last = withFramework('2026-11-16', 'pass', 100);
    for (const next of [last, withFramework('2026-11-23', 'fail', 50)]) {
      await saveRun(addRun(await openHistory(store, new Date(next.asOf)), next, { runs: 10 }), next);
      last = next;
    }
    expect(last.history!.runs.map((r) => [r.scores, r.controls])).toEqual([
      [{ 'cis-aks': 100 }, { 'cis-aks': { '5.1.1': 'pass' } }],
      [{ 'cis-aks': 50 }, { 'cis-aks': { '5.1.1': 'fail' } }],
    ]);
    expect(last.history!.sincePrevious.controls).toEqual([{ framework: 'cis-aks', control: '5.1.1', was: 'pass', now: 'fail' }]);
    expect(last.history!.sincePrevious.regressed).toEqual([]);
    expect(last.history!.sincePrevious.new.map((f) => f.ruleId)).toEqual(['aks-rbac']);
  });

  it('an empty folder is a history with no run yet, and holds no report to render', async () => {
    const folder = workDir();
    mkdirSync(join(folder, 'runs'));
    expect((await openHistory(folderStore(folder), new Date('2026-12-01'))).index.runs).toEqual([]);
    await expect(lastReport(folderStore(folder))).rejects.toThrow(`${folder}: holds no report (last-report.jsonl.gz): run aks-audit scan --history ${folder} first`);
    expect(existsSync(join(folder, 'history.json'))).toBe(false);
  });
});
