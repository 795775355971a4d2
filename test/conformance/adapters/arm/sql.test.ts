import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFile } from '../../../helpers/input-file.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { CONFORMANCE } from '../../inputs.ts';

const serverOf = (...documents: unknown[]) => {
  const { sqlServers } = stateOf(...documents.map((d, i) => inputFile(d, `input-${i}.json`)));
  expect(sqlServers).toHaveLength(1);
  return sqlServers[0]!;
};

describe('ARM adapter: Azure SQL servers', () => {
  it('reads the 2025-01-01 REST example as-is', () => {
    const example = JSON.parse(readFileSync(join(CONFORMANCE, 'azure-rest/sql/2025-01-01/ServerGet.json'), 'utf8')) as { responses: { 200: { body: unknown } } };
    expect(serverOf(example.responses[200].body)).toMatchObject({
      name: 'sqlcrudtest-4645',
      type: 'microsoft.sql/servers',
      publicNetworkAccess: 'Enabled',
      privateEndpointIds: ['/subscriptions/55555555-6666-7777-8888-999999999999/resourceGroups/Default-Network/providers/Microsoft.Network/privateEndpoints/private-endpoint-name'],
      minimalTlsVersion: null,
      // A complete body without `administrators` has no Entra administrator; its children were not exported.
      entraAdministrator: { configured: false, azureADOnlyAuthentication: false },
      firewallRules: null,
      auditingSettings: null,
      databases: null,
      masterDiagnosticSettings: null,
    });
  });
});
