import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import type { JsonReport } from '../../src/reporters/json.ts';
import { demoHistory } from '../../scripts/demo-history.ts';

/** `npm run demo:history`: the demo estate through three simulated weeks (fixtures/demo-history/weeks.yaml), then the report from history. */
let out: string;
const printed: string[] = [];
const read = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as JsonReport;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'aks-audit-demo-history-'));
  const code = await demoHistory(out, (line) => printed.push(line), (line) => printed.push(line));
  if (code !== 0) throw new Error(`demo:history exited ${code}: ${printed.join('\n')}`);
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const summary = (f: { ruleId: string; resource: { name: string } }) => `${f.ruleId} ${f.resource.name}`;

describe('the demo through three weeks of history', () => {
  it('week 2 lists what the clean-up fixed and the vault opened for a migration', () => {
    const { history } = read('week-2/aks-audit.json');
    expect(history!.sincePrevious.fixed.map((f) => [summary(f), f.now]).sort()).toEqual([['acr-admin-user-disabled acrsaasnonprod', 'pass'], ['redis-non-tls-port-disabled redis-saas-nonprod-weu', 'pass']]);
    expect(history!.sincePrevious.new.map(summary)).toEqual(['platform-private-connectivity kv-saas-prod-weu']);
  });

  it('week 3 shows the trend, the registry admin user back (regressed), the new SQL exposure, and how long the vault has been open', () => {
    const report = read('week-3/aks-audit.json');
    const { history } = report;
    expect(history!.runs.map((r) => [r.asOf.slice(0, 10), r.failures])).toEqual([['2026-11-08', 182], ['2026-11-15', 181], ['2026-11-22', 183]]);
    expect(history!.previous!.asOf).toBe('2026-11-15T00:00:00.000Z');
    expect(history!.sincePrevious.regressed.map((f) => [summary(f), f.fixedAt.slice(0, 10)])).toEqual([['acr-admin-user-disabled acrsaasnonprod', '2026-11-15']]);
    expect(history!.sincePrevious.new.map(summary)).toEqual(['platform-private-connectivity sql-saas-prod-weu']);
    expect(history!.sincePrevious.fixed).toEqual([]);
    const vault = report.findings.find((f) => f.ruleId === 'platform-private-connectivity' && f.status === 'fail' && f.resource.endsWith('/kv-saas-prod-weu'))!;
    expect(history!.openSince[vault.fingerprint]).toBe('2026-11-15T00:00:00.000Z');
    const older = report.findings.find((f) => f.ruleId === 'aks-kubernetes-rbac-enabled' && f.status === 'fail')!;
    expect(history!.openSince[older.fingerprint]).toBe('2026-11-08T00:00:00.000Z');
    // Every open failure has a date, and only those.
    expect(Object.keys(history!.openSince).sort()).toEqual(report.findings.filter((f) => f.status === 'fail').map((f) => f.fingerprint).sort());
    expect(report.waivers.expiringSoon.map((w) => w.expires)).toContain('2026-12-15');
    expect(ajv.validate(schema, report) || ajv.errorsText()).toBe(true);
  });

  it('aks-audit report --history writes the newest run again, without scanning', () => {
    expect(read('report/aks-audit.json')).toEqual(read('week-3/aks-audit.json'));
    expect(readFileSync(join(out, 'report', 'aks-audit.html'), 'utf8')).toBe(readFileSync(join(out, 'week-3', 'aks-audit.html'), 'utf8'));
    const text = readFileSync(join(out, 'report', 'aks-audit.txt'), 'utf8');
    expect(text).toContain('  since 2026-11-15: 1 regressed, 1 new, 0 fixed, 1 control(s) changed\n    regressed  high acr-admin-user-disabled  acrsaasnonprod (fixed 2026-11-15)\n');
    // The registry's admin user is back: CIS 5.1.2, which that rule evaluates, fails again.
    expect(text).toContain('    control    cis-aks 5.1.2: pass -> fail\n');
    expect(text).toMatch(/Key Vault kv-saas-prod-weu is not private[^\n]*\n {4}failing since 2026-11-15\n/);
    expect(printed).toContain(`aks-audit: the report of 2026-11-22 from ${join(out, 'history')} (3 run(s) kept)`);
  });
});
