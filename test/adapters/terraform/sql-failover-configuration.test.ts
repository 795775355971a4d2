import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../../helpers/report.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

const CONFIGURATION = 'test/fixtures/terraform/configurations/sql-failover';

describe('Terraform configuration: SQL Managed Instance and SQL failover groups, through the CLI', () => {
  it('judges the instances and servers from .tf blocks and the references between them', async () => {
    const out = join(workDir(), 'out');
    const run = await runMain('scan', '--terraform', CONFIGURATION, '--out', out, '--format', 'json', '--fail-on', 'none', '--quiet');
    expect(run.code).toBe(0);
    const findings = readJsonReport(join(out, 'aks-audit.json')).findings;
    const verdict = (rule: string, name: string) => findings.filter((f) => f.ruleId === rule && f.resource.name === name).map((f) => f.status);
    expect(verdict('sqlmi-failover-group-geo', 'sqlmi-saas-prod-weu')).toEqual(['pass']);
    expect(verdict('sqlmi-failover-group-geo', 'sqlmi-saas-prod-neu')).toEqual(['pass']);
    expect(verdict('sqlmi-entra-auth', 'sqlmi-saas-prod-weu')).toEqual(['pass']);
    expect(verdict('sqlmi-entra-auth', 'sqlmi-saas-prod-neu')).toEqual(['fail']);
    expect(verdict('sqlmi-min-tls', 'sqlmi-saas-prod-weu')).toEqual(['pass']);
    expect(verdict('sqlmi-min-tls', 'sqlmi-saas-prod-neu')).toEqual(['fail']);
    // The public endpoint is on and the subnet a variable: its NSG cannot be found.
    expect(verdict('sqlmi-public-endpoint-restricted', 'sqlmi-saas-prod-neu')).toEqual(['unknown']);
    expect(verdict('sqlmi-tde-enabled', 'tenants')).toEqual(['pass']);
    expect(verdict('sql-failover-group-geo', 'sql-saas-prod-weu')).toEqual(['fail']);
    expect(verdict('sql-failover-group-geo', 'sql-saas-prod-weu-2')).toEqual(['fail']);
  });
});
