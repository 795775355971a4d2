import { describe, expect, it } from 'vitest';
import { sourcesOf, type SourceTally } from '../../../src/collectors/azure/enrich/enrichment-sources.ts';
import type { ArmFailure } from '../../../src/collectors/azure/failure.ts';

const forbidden: ArmFailure = { code: 'forbidden', message: 'AuthorizationFailed on vaults' };
const timeout: ArmFailure = { code: 'timeout', message: 'no answer in 60 s' };

/** One enrichment call's tally for a source: `reads` reads, of which `failures` failed, finding `resources`. */
const tally = (id: string, reads: number, resources: number, failures: ArmFailure[] = []): SourceTally => ({
  source: { id, kind: 'azure', target: `${id}: diagnostic settings`, status: 'ok', resources },
  reads,
  failures,
});

describe('sourcesOf', () => {
  it('adds up the same topic and subscription from separate calls into one source, sorted by id', () => {
    const sources = sourcesOf([tally('azure:subscription:b:diagnostic-settings', 10, 7, [forbidden, forbidden, timeout]), tally('azure:subscription:a:diagnostic-settings', 2, 2), tally('azure:subscription:b:diagnostic-settings', 5, 3, [timeout, timeout, forbidden])]);
    expect(sources).toEqual([
      { id: 'azure:subscription:a:diagnostic-settings', kind: 'azure', target: 'azure:subscription:a:diagnostic-settings: diagnostic settings', status: 'ok', resources: 2 },
      // 6 of 15 across both calls; forbidden and timeout tie at 3, the first counted wins.
      { id: 'azure:subscription:b:diagnostic-settings', kind: 'azure', target: 'azure:subscription:b:diagnostic-settings: diagnostic settings', status: 'partial', resources: 10, code: 'forbidden', message: '6 of 15 reads failed; first: AuthorizationFailed on vaults' },
    ]);
  });

  it('is failed only when every read of every call failed, and names the most frequent code', () => {
    const [source] = sourcesOf([tally('x', 2, 0, [timeout, forbidden]), tally('x', 1, 0, [timeout])]);
    expect(source).toMatchObject({ status: 'failed', code: 'timeout', message: '3 of 3 reads failed; first: no answer in 60 s' });
  });

  it('does not change the tallies it is given', () => {
    const first = tally('x', 1, 1);
    sourcesOf([first, tally('x', 1, 0, [timeout])]);
    expect(first).toEqual(tally('x', 1, 1));
  });
});
