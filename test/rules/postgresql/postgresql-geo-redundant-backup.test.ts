import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/postgresql/postgresql-geo-redundant-backup.ts';
import { pgFlexible, pgSingle } from '../../helpers/postgresql.ts';
import { only, run, state } from '../../helpers/state.ts';

const flexible = (geoRedundantBackup: string | null) => only(run(rule, state({ postgresFlexibleServers: [pgFlexible({ backup: { geoRedundantBackup } })] })));

describe('postgresql-geo-redundant-backup', () => {
  it('passes geo-redundant backups', () => {
    expect(flexible('Enabled').status).toBe('pass');
  });

  it('fails locally redundant backups, naming the API default when it was not set', () => {
    const server = pgFlexible({ backup: { geoRedundantBackup: 'Disabled' } });
    server.provenance.defaulted.push('backup.geoRedundantBackup');
    const f = only(run(rule, state({ postgresFlexibleServers: [server] })));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence[0]).toMatchObject({ path: 'properties.backup.geoRedundantBackup', value: 'Disabled', note: expect.stringMatching(/API default/) });
  });

  it('is unknown when not stated', () => {
    expect(flexible(null).status).toBe('unknown');
  });

  it('judges single servers, except Basic tier ones, which cannot have it', () => {
    expect(only(run(rule, state({ postgresSingleServers: [pgSingle({ backup: { geoRedundantBackup: 'Disabled' } })] }))).status).toBe('fail');
    expect(only(run(rule, state({ postgresSingleServers: [pgSingle({ skuTier: 'Basic', backup: { geoRedundantBackup: 'Disabled' } })] }))).status).toBe('not-applicable');
  });
});
