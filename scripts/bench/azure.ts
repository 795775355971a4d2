/**
 * The live Azure benchmark: a synthetic estate (100 subscriptions, 1,000 clusters, 20,000 other
 * resources from the file benchmark's generators) served by the test helpers' fake ARM on
 * 127.0.0.1 with 50 ms latency per request and the real Resource Graph quota (15 queries per 5 s,
 * 429 beyond it). The CLI scans it with `--all-subscriptions` in a child process. Reported: wall
 * time, requests by operation, the most requests in flight as the scan's limiter and as the fake
 * counted them, the TLS connections the fake accepted, and the scan's peak RSS.
 * Target: under 30 s; requests grow with pages and subscriptions, never with resources.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationName } from '../../src/collectors/azure/connection.ts';
import type { ChildReport } from './azure-scan-child.ts';
import { inventoryEnrichment } from '../../test/helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../../test/helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes, resourceGraphRow, type FakeEstate } from '../../test/helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArmRequest, type FakeArmRoute } from '../../test/helpers/fake-arm/server.ts';
import { guid, type Json, makeCluster, prng } from './clusters.ts';
import { makeServices, makeSpoke, makeSubscriptionPlatform } from './platform.ts';

const CHILD = fileURLToPath(new URL('./azure-scan-child.ts', import.meta.url));

export interface AzureBenchSize {
  subscriptions: number;
  clusters: number;
  otherResources: number;
}

export interface AzureBench extends AzureBenchSize {
  rows: number;
  wallMs: number;
  peakRssMb: number | null;
  requests: Record<string, number>;
  /** As the fake ARM counted them. */
  peakInFlight: number;
  /** The scan's own counters and limiter peak (null if the child died before reporting). */
  scan: ChildReport | null;
  connections: number;
  concurrency: number;
  /** 429s from the Resource Graph quota. */
  throttled: number;
  /** 429s from ARM's per-subscription read limit (see armReadLimits). */
  readLimitThrottled: number;
  /** From the first per-subscription read to the last: the collection's share of the wall time. */
  readSpanMs: number;
  exitCode: number | null;
}

/** Clusters spread evenly over subscriptions; their networks and services cut to `otherResources` in all. */
export function azureEstate(size: AzureBenchSize): FakeEstate {
  const rand = prng(0x5ca1ab1e);
  const perSubscription = size.clusters / size.subscriptions;
  const othersPerSubscription = Math.floor(size.otherResources / size.subscriptions);
  const estate: FakeEstate = { subscriptions: [], rows: [] };
  for (let s = 0; s < size.subscriptions; s++) {
    const sub = guid(rand);
    estate.subscriptions.push({ subscriptionId: sub, displayName: `contoso-sub-${s}` });
    const clusters = Array.from({ length: perSubscription }, (_, i) => makeCluster(rand, sub, s * perSubscription + i));
    for (const c of clusters) estate.rows.push(resourceGraphRow(c.body));
    const others: Json[] = ['Containers', 'VirtualMachines', 'KeyVaults', 'StorageAccounts'].map((plan) => ({
      id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${plan}`,
      name: plan,
      type: 'Microsoft.Security/pricings',
      properties: { pricingTier: rand() < 0.6 ? 'Standard' : 'Free' },
    }));
    const { hubId, zoneIds, out } = makeSubscriptionPlatform(sub);
    others.push(...out.resources, ...makeSpoke(sub, clusters[0]!.region, clusters[0]!.env, clusters, hubId, rand).resources);
    for (const c of clusters) others.push(...makeServices(sub, c, zoneIds, rand).resources);
    for (let i = 0; i < othersPerSubscription; i++) estate.rows.push(resourceGraphRow(filler(others, i)));
  }
  return estate;
}

/** The i-th generated resource; past the end of what the generators made, copies under new names (same shapes). */
function filler(others: Json[], i: number): Json {
  const base = others[i % others.length] as Json;
  if (i < others.length) return base;
  const copy = Math.floor(i / others.length);
  return { ...base, id: `${String(base.id)}-${copy}`, name: `${String(base.name)}-${copy}` };
}

export async function benchAzure(size: AzureBenchSize, asOf: string, concurrency = 16): Promise<AzureBench> {
  const estate = azureEstate(size);
  let throttled = 0;
  // The fake's own routes, counting the 429s its quota gives out.
  const routes = inventoryRoutes(estate, { quota: { limit: 15, windowMs: 5000 } }).map((route) => ({
    ...route,
    reply: async (req: FakeArmRequest, match: RegExpMatchArray) => {
      const reply = await route.reply(req, match);
      if (reply && reply !== 'hang' && reply.status === 429) throttled++;
      return reply;
    },
  }));
  // And what the per-service reads ask for: diagnostic settings, server parameters, contacts, versions.
  const readLimits = armReadLimits();
  const fake = await startFakeArm([readLimits.route, ...routes, ...enrichmentRoutes(inventoryEnrichment(estate))], { latencyMs: 50 });
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-bench-azure-'));
  try {
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, fake.ca);
    const args = [CHILD, ca, 'scan', '--all-subscriptions', '--arm-endpoint', fake.url, '--concurrency', String(concurrency), '--out', join(dir, 'out'), '--quiet', '--fail-on', 'none', '--as-of', asOf];
    const child = await run(args);
    const requests: Record<string, number> = {};
    for (const r of fake.requests) {
      const op = operationName(r.method, `${fake.url}${r.path}`);
      requests[op] = (requests[op] ?? 0) + 1;
    }
    return { ...size, rows: estate.rows.length, ...child, requests, peakInFlight: fake.peakInFlight(), connections: fake.connections(), concurrency, throttled, readLimitThrottled: readLimits.throttled(), readSpanMs: readLimits.spanMs() };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ARM's read limit per subscription and principal, as the fake enforces it in front of every route:
 * a bucket of 250 requests refilled at 25 per second; an empty bucket answers 429 with Retry-After.
 * The scan must stay within it (the benchmark reports how many it met).
 */
function armReadLimits(bucket = 250, perSecond = 25): { route: FakeArmRoute; throttled: () => number; spanMs: () => number } {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let throttled = 0;
  let first = 0;
  let last = 0;
  const route: FakeArmRoute = {
    method: 'GET',
    path: /^\/subscriptions\/([^/]+)\//i,
    reply: (_req, match) => {
      const key = (match[1] as string).toLowerCase();
      const now = Date.now();
      first ||= now;
      last = now;
      const b = buckets.get(key) ?? { tokens: bucket, at: now };
      b.tokens = Math.min(bucket, b.tokens + ((now - b.at) / 1000) * perSecond);
      b.at = now;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return undefined;
      }
      throttled++;
      return { status: 429, headers: { 'retry-after': '1' }, body: armError('TooManyRequests', 'The subscription read limit was exceeded.') };
    },
  };
  return { route, throttled: () => throttled, spanMs: () => last - first };
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Asynchronous: the fake ARM answers from this process's event loop. */
function run(args: string[]): Promise<{ wallMs: number; peakRssMb: number | null; exitCode: number | null; scan: ChildReport | null }> {
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  // fd 3: the child's report (see azure-scan-child.ts).
  const stdio: ['ignore', 'pipe', 'pipe', 'pipe'] = ['ignore', 'pipe', 'pipe', 'pipe'];
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio }) : spawn(process.execPath, args, { stdio });
  let stderr = '';
  let report = '';
  const [stdout, stderrPipe, reportPipe] = child.stdio.slice(1, 4) as Readable[];
  stderrPipe!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  reportPipe!.on('data', (chunk: Buffer) => (report += chunk.toString()));
  stdout!.resume();
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      if (exitCode !== 0) process.stderr.write(stderr);
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ wallMs: ms(start), peakRssMb: kb ? Number(kb[1]) / 1024 : null, exitCode, scan: report ? (JSON.parse(report) as ChildReport) : null });
    });
  });
}
