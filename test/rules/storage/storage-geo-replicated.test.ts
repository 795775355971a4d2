import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/storage/storage-geo-replicated.ts';
import { storageAccount } from '../../helpers/storage-account.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (sku: string | null) => only(run(rule, state({ storageAccounts: [storageAccount({ sku })] })));

describe('storage-geo-replicated', () => {
  it.each(['Standard_GRS', 'Standard_RAGRS', 'Standard_GZRS', 'Standard_RAGZRS', 'standard_ragzrs'])('passes %s', (sku) => {
    expect(verdict(sku)).toMatchObject({ status: 'pass', evidence: [{ path: 'sku.name', value: sku }] });
  });

  it.each(['Standard_LRS', 'Standard_ZRS'])('fails %s, whose copies stay in one region', (sku) => {
    expect(verdict(sku)).toMatchObject({ status: 'fail', severity: 'medium', message: `Storage account stprod is ${sku}: its data stays in one region and is lost with it` });
  });

  it('fails a Premium account, which has no geo-redundant SKU, and says what to do instead', () => {
    expect(verdict('Premium_ZRS').message).toMatch(/Premium accounts offer no geo-redundancy.*object replication/);
  });

  it('is unknown when the SKU is not stated or not one it knows', () => {
    expect(verdict(null)).toMatchObject({ status: 'unknown', message: expect.stringMatching(/sku\.name is not stated/) });
    expect(verdict('Standard_XYZ')).toMatchObject({ status: 'unknown', message: 'Storage account stprod has SKU "Standard_XYZ", not one whose redundancy is known' });
  });
});
