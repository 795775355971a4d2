import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BlobServiceClient, ContainerSASPermissions, type ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/reporters/json.ts';
import { startAzurite, type Azurite } from '../helpers/azurite.ts';
import { runMainWith, workDir } from '../cli/run-main.ts';

/** `--history` in an Azure Blob container, through the real client against Azurite on 127.0.0.1. */
let azurite: Azurite;
let container: ContainerClient;
let sasUrl: string;

beforeAll(async () => {
  azurite = await startAzurite();
  container = new BlobServiceClient(azurite.accountUrl, azurite.credential).getContainerClient('history');
  await container.create();
  sasUrl = await container.generateSasUrl({ permissions: ContainerSASPermissions.parse('rwdl'), expiresOn: new Date(Date.now() + 3_600_000) });
}, 60_000);

afterAll(() => azurite?.stop());

const ESTATE = ['--input', 'fixtures/demo/dev', '--input', 'fixtures/demo/platform', '--fail-on', 'none', '--no-config'];

async function blobs(): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for await (const blob of container.listBlobsFlat()) found.set(blob.name, await container.getBlobClient(blob.name).downloadToBuffer());
  return found;
}

describe('a history in Azure Blob Storage', () => {
  it('scans twice into a prefix with a SAS URL, and writes nothing of the SAS anywhere', async () => {
    const [base, query] = sasUrl.split('?');
    const url = `${base}/weekly/prod?${query}`;
    const shown = `${azurite.accountUrl}/history/weekly/prod`;
    const out = workDir();
    const first = await runMainWith({}, 'scan', ...ESTATE, '--as-of', '2026-11-16', '--history', url, '--out', out, '--format', 'json');
    const second = await runMainWith({}, 'scan', ...ESTATE, '--as-of', '2026-11-23', '--history', url, '--out', out, '--format', 'json');
    expect([first.code, second.code, first.stderr, second.stderr]).toEqual([0, 0, [], []]);
    expect(first.stdout).toContain(`  history ${shown}: 1 run(s) kept; the first run it holds`);
    expect(second.stdout).toContain(`  history ${shown}: 2 run(s) kept; since 2026-11-16: 0 new, 0 fixed, 0 regressed`);

    const stored = await blobs();
    expect([...stored.keys()].sort()).toEqual(['weekly/prod/history.json', 'weekly/prod/last-report.jsonl.gz', expect.stringMatching(/^weekly\/prod\/runs\/2026-11-16T000000Z--.*\.json\.gz$/), expect.stringMatching(/^weekly\/prod\/runs\/2026-11-23T000000Z--.*\.json\.gz$/)]);
    const report = JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as JsonReport;
    expect(report.history).toMatchObject({ location: shown, runs: [{ asOf: '2026-11-16T00:00:00.000Z' }, { asOf: '2026-11-23T00:00:00.000Z' }] });
    const signature = new URL(sasUrl).searchParams.get('sig')!;
    const texts = [...[...stored].map(([name, bytes]) => (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString()), JSON.stringify(report), ...first.stdout, ...second.stdout];
    expect(texts.filter((text) => text.includes(signature) || text.includes('sig='))).toEqual([]);
  });

  it('renders the newest report again with the scan credential (here the emulator account key), without scanning', async () => {
    const out = workDir();
    const run = await runMainWith({ history: { credential: azurite.credential } }, 'report', '--history', `${azurite.accountUrl}/history/weekly/prod`, '--output', `json=${join(out, 'again.json')}`);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`aks-audit: the report of 2026-11-23 from ${azurite.accountUrl}/history/weekly/prod (2 run(s) kept)`, `  wrote ${join(out, 'again.json')}`]);
    const again = JSON.parse(readFileSync(join(out, 'again.json'), 'utf8')) as JsonReport;
    expect(again.asOf).toBe('2026-11-23T00:00:00.000Z');
    expect(again.history!.previous!.asOf).toBe('2026-11-16T00:00:00.000Z');
  });

  it('a container that is not there stops the scan before it reads anything: one line, exit 2', async () => {
    const run = await runMainWith({ history: { credential: azurite.credential } }, 'scan', ...ESTATE, '--history', `${azurite.accountUrl}/nosuch`, '--out', workDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${azurite.accountUrl}/nosuch/history.json: ContainerNotFound (create the container first)`]);
  });
});
