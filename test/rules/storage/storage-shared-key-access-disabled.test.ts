import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/storage/storage-shared-key-access-disabled.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof storageAccount>[0]) => only(run(rule, state({ storageAccounts: [storageAccount(overrides)] })));

describe('storage-shared-key-access-disabled', () => {
  it('passes an account that refuses Shared Key authorization', () => {
    expect(verdict({ allowSharedKeyAccess: false })).toMatchObject({ status: 'pass', message: expect.stringMatching(/every request is authorized with Entra ID/) });
  });

  it('fails an account that accepts account keys and SAS signed with them', () => {
    const f = verdict({ allowSharedKeyAccess: true });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/^Storage account stprod accepts Shared Key authorization/);
  });

  it('fails on the documented API default (absent means allowed), and says it was the default', () => {
    const f = verdict({ allowSharedKeyAccess: true, provenance: { paths: {}, defaulted: ['allowSharedKeyAccess'] } });
    expect(f.status).toBe('fail');
    expect(f.evidence[0]?.note).toMatch(/API default/);
  });

  it('is unknown when the source does not state it', () => {
    expect(verdict({ allowSharedKeyAccess: null })).toMatchObject({ status: 'unknown', message: expect.stringMatching(/allowSharedKeyAccess is not stated/) });
  });
});
