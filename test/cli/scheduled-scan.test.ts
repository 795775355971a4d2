import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, STAGING } from '../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes } from '../helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArm, type FakeArmRoute } from '../helpers/fake-arm/server.ts';
import { cronJobScan } from '../helpers/scheduled-report.ts';
import { workDir } from './run-main.ts';

/**
 * The CronJob's own scan (deploy/kubernetes/scheduled-report.yaml: its arguments and its ConfigMap's
 * config file), run in-process against a local ARM with the paths moved into a test folder: a
 * scheduled run is never green when its report cannot be trusted, and still writes the reports.
 */

async function cronJobRun(arm: FakeArm) {
  const dir = workDir();
  const { args, config } = cronJobScan();
  writeFileSync(join(dir, 'aks-audit.yaml'), config);
  const moved: Record<string, string> = { '--config': join(dir, 'aks-audit.yaml'), '--out': join(dir, 'reports'), '--history': join(dir, 'history') };
  const argv = args.slice(1).map((word, i, all) => moved[all[i - 1]!] ?? word);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const hooks = { azure: { credential: fakeCredential(), tlsCa: arm.ca, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 10 } } };
  const code = await main(['scan', ...argv, '--arm-endpoint', arm.url], (s) => stdout.push(s), (s) => stderr.push(s), hooks);
  return { code, stdout, stderr, reports: moved['--out']! };
}

const listingRefused: FakeArmRoute = {
  method: 'GET',
  path: /^\/subscriptions\/?$/,
  reply: () => ({ status: 403, body: armError('AuthorizationFailed', "The client 'id-aks-audit' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/'.") }),
};

describe("the CronJob's scan against a local Azure", () => {
  let estate: FakeArm;
  let refusing: FakeArm;
  beforeAll(async () => {
    [estate, refusing] = await Promise.all([
      startFakeArm([...inventoryRoutes(inventoryEstate(), { forbidden: [STAGING] }), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate(), [PROD]))]),
      startFakeArm([listingRefused]),
    ]);
  });
  afterAll(async () => {
    await Promise.all([estate.close(), refusing.close()]);
  });

  it('fails (exit 1, incomplete) when a cluster found cannot be read through its API server, though failures alone would not, and writes the reports', async () => {
    const run = await cronJobRun(estate);
    expect(run.code).toBe(1);
    expect(run.stdout.at(-1)).toMatch(/^aks-audit status: incomplete \(exit 1\): [1-9]\d* failure\(s\), none gated \(--fail-on none\), /);
    // The local ARM has no cluster user credentials for --aks-in-cluster to fetch.
    expect(run.stdout).toContain('  coverage: 1 source(s) not fully read: aks-shop (not-found)');
    for (const file of ['aks-audit.json', 'aks-audit.html']) expect(existsSync(join(run.reports, file)), file).toBe(true);
  });

  it('fails (exit 3, nothing read) when the identity may not even list subscriptions (its role assignment removed, say)', async () => {
    const run = await cronJobRun(refusing);
    expect(run.code).toBe(3);
    expect(run.stderr).toEqual([expect.stringMatching(/^aks-audit: nothing was read, so nothing was audited: .*forbidden/)]);
    expect(run.stdout.at(-1)).toMatch(/^aks-audit status: nothing read \(exit 3\): 0 failure\(s\), .*, 0 resource\(s\) from 0 of 1 source\(s\) read completely, cis-aks 0%, mcsb 0%$/);
    expect(existsSync(join(run.reports, 'aks-audit.json'))).toBe(true);
  });
});
