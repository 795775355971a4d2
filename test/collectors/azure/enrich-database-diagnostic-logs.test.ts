import { describe, expect, it } from 'vitest';
import postgresLogs from '../../../src/rules/postgresql/postgresql-diagnostic-logs-enabled.ts';
import { enrichAgainstFake } from '../../helpers/fake-arm/enrich-scan.ts';
import { diagnosticSetting, firewallRules, forbidden, serverParameter, type EnrichmentAnswer } from '../../helpers/fake-arm/routes-enrichment.ts';
import { exampleBody } from '../../helpers/fake-arm/routes-inventory.ts';
import { only, run } from '../../helpers/state.ts';

// PostgreSQL flexible server `psql-shop-orders` (ServersGet, 2025-08-01).
const PG = exampleBody('postgresql/2025-08-01/ServersGet.json');
const PG_ID = String(PG.id);
const SETTINGS = `${PG_ID}/providers/Microsoft.Insights/diagnosticSettings`;

const answers = (settings: EnrichmentAnswer): Record<string, EnrichmentAnswer> => ({
  [`${PG_ID}/configurations/require_secure_transport`]: { body: serverParameter(PG_ID, 'require_secure_transport', 'on') },
  [`${PG_ID}/configurations/ssl_min_protocol_version`]: { body: serverParameter(PG_ID, 'ssl_min_protocol_version', 'TLSv1.2') },
  [`${PG_ID}/firewallRules`]: { items: firewallRules(PG_ID) },
  [`${PG_ID}/administrators`]: { items: [] },
  [SETTINGS]: settings,
});
const verdictOf = async (settings: EnrichmentAnswer) => only(run(postgresLogs, (await enrichAgainstFake([PG], { answers: answers(settings) })).state));

describe('postgresql-diagnostic-logs-enabled, read live', () => {
  it('passes a server whose diagnostic setting (the REST example: allLogs to storage and an event hub) was read', async () => {
    expect(await verdictOf({ items: [diagnosticSetting(PG_ID)] })).toMatchObject({ status: 'pass', message: expect.stringContaining('to-siem (sends group allLogs)') });
  });

  it('fails a server whose settings were read and are none', async () => {
    expect((await verdictOf({ items: [] })).status).toBe('fail');
  });

  it('is unknown when the settings could not be read', async () => {
    expect((await verdictOf(forbidden('Microsoft.Insights/diagnosticSettings/read', PG_ID))).status).toBe('unknown');
  });
});
