import { describe, expect, it } from 'vitest';
import { mergeSources } from '../../../src/collectors/azure/enrich/enrichment-sources.ts';
import type { Source } from '../../../src/state/snapshot.ts';

const source = (id: string, status: Source['status'], resources: number, failure?: { code: string; message: string }): Source => ({ id, kind: 'azure', target: id, status, resources, ...failure });

describe('mergeSources', () => {
  it('folds the same topic and subscription from separate calls into one source, sorted by id', () => {
    const merged = mergeSources([
      source('azure:subscription:b:diagnostic-settings', 'ok', 3),
      source('azure:subscription:a:diagnostic-settings', 'ok', 1),
      source('azure:subscription:b:diagnostic-settings', 'failed', 0, { code: 'forbidden', message: 'AuthorizationFailed on vaults' }),
      source('azure:subscription:b:diagnostic-settings', 'ok', 2),
    ]);
    expect(merged).toEqual([
      source('azure:subscription:a:diagnostic-settings', 'ok', 1),
      source('azure:subscription:b:diagnostic-settings', 'partial', 5, { code: 'forbidden', message: 'AuthorizationFailed on vaults' }),
    ]);
  });

  it('keeps failed when every call failed', () => {
    const failed = { code: 'timeout', message: 'no answer' };
    expect(mergeSources([source('x', 'failed', 0, failed), source('x', 'failed', 0, failed)])).toEqual([source('x', 'failed', 0, failed)]);
  });
});
