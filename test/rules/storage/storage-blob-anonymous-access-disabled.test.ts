import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/storage/storage-blob-anonymous-access-disabled.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof storageAccount>[0]) => only(run(rule, state({ storageAccounts: [storageAccount(overrides)] })));

describe('storage-blob-anonymous-access-disabled', () => {
  it('passes an account that disallows anonymous blob access', () => {
    const f = verdict({ allowBlobPublicAccess: false });
    expect(f).toMatchObject({ status: 'pass', resource: { name: 'stprod' } });
    expect(f.evidence).toEqual([{ path: 'properties.allowBlobPublicAccess', value: false }]);
  });

  it('fails an account that allows it, at high severity', () => {
    const f = verdict({ allowBlobPublicAccess: true });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/^Storage account stprod allows anonymous blob access: any container set to Blob or Container access is readable by anyone/);
  });

  it('does not apply to a FileStorage account, which has no blob service', () => {
    expect(verdict({ kind: 'FileStorage', allowBlobPublicAccess: null })).toMatchObject({ status: 'not-applicable', message: expect.stringMatching(/no blob service/) });
  });

  it('is unknown when the source does not state it (its default depends on when the account was created)', () => {
    const f = verdict({ allowBlobPublicAccess: null });
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/properties\.allowBlobPublicAccess is not stated/);
  });
});
