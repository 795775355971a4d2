import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const pg = tf('azurerm_postgresql_flexible_server.orders', { name: 'psql-orders', resource_group_name: 'rg-shop-prod', location: 'westeurope', id: new Unknown(AFTER_APPLY) });
const mysql = tf('azurerm_mysql_flexible_server.catalog', { name: 'mysql-catalog', resource_group_name: 'rg-shop-prod', location: 'westeurope', id: new Unknown(AFTER_APPLY) });
const setting = (target: string, logs: Record<string, TfValue>[]) =>
  tf(`azurerm_monitor_diagnostic_setting.${target.split('.')[1]}`, { name: 'to-workspace', target_resource_id: new Unknown(AFTER_APPLY), log_analytics_workspace_id: new Unknown(AFTER_APPLY), enabled_log: logs }, {
    references: { target_resource_id: target, log_analytics_workspace_id: 'azurerm_log_analytics_workspace.ops' },
  });

describe('Terraform: database server logs sent by azurerm_monitor_diagnostic_setting', () => {
  it('passes the server a setting sends the wanted category for, fails one it sends only other categories for', () => {
    const state = adaptTerraform([pg, mysql, setting(pg.address, [{ category: 'PostgreSQLLogs' }]), setting(mysql.address, [{ category: 'MySqlSlowLogs' }])], 4).state;
    expect(only(run(rule('postgresql-diagnostic-logs-enabled'), state)).status).toBe('pass');
    expect(only(run(rule('mysql-diagnostic-logs-enabled'), state))).toMatchObject({ status: 'fail', message: expect.stringContaining('enables neither MySqlAuditLogs nor the allLogs group') });
  });

  it('is unknown for a server no setting of the configuration targets: Azure Policy may deploy one outside it', () => {
    const state = adaptTerraform([pg, mysql], 4).state;
    expect(only(run(rule('postgresql-diagnostic-logs-enabled'), state)).status).toBe('unknown');
    expect(only(run(rule('mysql-diagnostic-logs-enabled'), state)).message).toMatch(/not in this configuration/);
  });
});
