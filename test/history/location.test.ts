import { describe, expect, it } from 'vitest';
import { parseHistoryLocation } from '../../src/history/location.ts';
import { applyRetention, parseRetention } from '../../src/history/retention.ts';

describe('--history locations', () => {
  it('a path is a folder; a Blob URL names the container and a prefix, and is shown without its query', () => {
    expect(parseHistoryLocation('audit/history')).toEqual({ kind: 'folder', path: 'audit/history', shown: 'audit/history' });
    expect(parseHistoryLocation('https://stauditweu.blob.core.windows.net/aks-audit/prod/weekly/?sv=2024&sig=SECRET')).toEqual({
      kind: 'blob',
      containerUrl: 'https://stauditweu.blob.core.windows.net/aks-audit?sv=2024&sig=SECRET',
      prefix: 'prod/weekly/',
      sas: true,
      shown: 'https://stauditweu.blob.core.windows.net/aks-audit/prod/weekly',
    });
    // The emulator names the account in the path.
    expect(parseHistoryLocation('http://127.0.0.1:10000/devstoreaccount1/history')).toMatchObject({ containerUrl: 'http://127.0.0.1:10000/devstoreaccount1/history', prefix: '', sas: false });
  });

  it('refuses what it cannot use, never echoing a query', () => {
    const refusal = (text: string) => {
      try {
        parseHistoryLocation(text);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal('http://stauditweu.blob.core.windows.net/h?sig=SECRET')).toBe('--history: http://stauditweu.blob.core.windows.net/h must be https:// (http only to this machine, for the storage emulator)');
    expect(refusal('https://example.com/h?sig=SECRET')).toBe('--history: https://example.com/h is not an Azure Blob Storage URL (https://<account>.blob.core.windows.net/<container>[/<prefix>])');
    expect(refusal('https://stauditweu.blob.core.windows.net/?sig=SECRET')).toBe('--history: https://stauditweu.blob.core.windows.net names no container (https://<account>.blob.core.windows.net/<container>[/<prefix>])');
    expect(refusal('https://user:pw@stauditweu.blob.core.windows.net/h')).toMatch(/a user name or password in the URL is not accepted$/);
  });
});

describe('--history-keep', () => {
  it('keeps the last n runs or the runs of the last n days, always the newest', () => {
    expect(parseRetention('52')).toEqual({ runs: 52 });
    expect(parseRetention('365d')).toEqual({ days: 365 });
    expect(() => parseRetention('0')).toThrow('--history-keep: "0" is not a number of runs (52) or of days (365d), from 1 to 100000');
    expect(() => parseRetention('2w')).toThrow(/"2w" is not a number of runs/);
    const runs = ['2026-11-01', '2026-11-08', '2026-11-15'].map((asOf) => ({ asOf }));
    expect(applyRetention(runs, { runs: 2 })).toEqual({ kept: runs.slice(1), dropped: runs.slice(0, 1) });
    expect(applyRetention(runs, { days: 7 }).kept).toEqual(runs.slice(1));
    expect(applyRetention(runs, { days: 1 }).kept).toEqual(runs.slice(2));
    expect(applyRetention(runs, { runs: 5 }).dropped).toEqual([]);
  });
});
