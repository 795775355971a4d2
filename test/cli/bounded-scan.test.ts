import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD } from '../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes } from '../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArm, type FakeArmRoute } from '../helpers/fake-arm/server.ts';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from './run-main.ts';

// --deadline and --max-pages through the whole command: a live scan whose server stops answering
// still ends, on time, with its reports written and what was not read named in the coverage.

let fake: FakeArm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('aks-audit scan --deadline', () => {
  it('ends a scan whose Resource Graph hangs at the deadline, writes the reports, and names what was not read', async () => {
    const hang: FakeArmRoute = { method: 'POST', path: /^\/providers\/Microsoft\.ResourceGraph\/resources$/, reply: (req) => ((req.body as { query: string }).query.includes("'microsoft.keyvault/vaults'") ? 'hang' : undefined) };
    fake = await startFakeArm([hang, ...inventoryRoutes(inventoryEstate()), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate()))]);
    const out = join(workDir(), 'reports');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const started = Date.now();
    // The request timeout stays at its 60 s default: only the deadline can end this scan in time.
    const code = await main(['scan', '--subscription', PROD, '--arm-endpoint', fake.url, '--deadline', '3', '--out', out, '--fail-on', 'none', '--as-of', '2026-11-22'], (s) => stdout.push(s), (s) => stderr.push(s), {
      azure: { credential: fakeCredential(), tlsCa: fake.ca },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const report = readJsonReport(join(out, 'aks-audit.json'));
    const prod = report.sources.find((s) => s.target === PROD);
    expect(prod).toMatchObject({ status: 'partial', code: 'timeout' });
    expect(prod?.unread).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'key-vaults', code: 'timeout', reason: "the scan's deadline (--deadline 3) passed before this was read" })]));
    expect(existsSync(join(out, 'aks-audit.sarif'))).toBe(true);
    expect(readFileSync(join(out, 'aks-audit.html'), 'utf8')).toContain('--deadline 3');
  });
});

describe('the bounds on the command line', () => {
  it('are documented in scan --help', async () => {
    const help = (await runMain('scan', '--help')).stdout.join('\n');
    expect(help).toMatch(/--max-pages <n> +pages one live list may take/);
    expect(help).toContain('(default: 1000)');
    expect(help).toMatch(/--deadline <seconds> +time the live reads may take in all/);
  });

  it.each([
    [['--input', 'x.json', '--deadline', '30'], 'aks-audit: --deadline applies to live reads: add --subscription, --all-subscriptions, --kubeconfig, --context, --all-contexts or --in-cluster'],
    [['--input', 'x.json', '--max-pages', '10'], 'aks-audit: --max-pages applies to live reads: add --subscription, --all-subscriptions, --kubeconfig, --context, --all-contexts or --in-cluster'],
    [['--all-subscriptions', '--deadline', '0'], 'aks-audit: --deadline: "0" is not a positive whole number'],
    [['--all-subscriptions', '--deadline', '1e400'], 'aks-audit: --deadline: "1e400" is not a positive whole number'],
    [['--all-subscriptions', '--deadline', '9999999'], 'aks-audit: --deadline: 9999999 is more than 2147483'],
    [['--all-subscriptions', '--max-pages', '2.5'], 'aks-audit: --max-pages: "2.5" is not a positive whole number'],
  ])('refuses %j with exit 2', async (flags, line) => {
    const run = await runMain('scan', ...flags, '--out', join(workDir(), 'reports'));
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([line]);
  });
});
