/**
 * The live Azure scan of the benchmark, run as its own process (for its peak RSS): the real CLI
 * entry point with the benchmark's fake credential and the fake ARM's CA injected, as the tests do.
 * `node scripts/bench/azure-scan-child.ts <ca.pem> scan --all-subscriptions --arm-endpoint … …`
 * The scan's own view (requests by operation, the limiter's peak) goes out as JSON on file
 * descriptor 3, so the benchmark can set it beside what the fake ARM saw.
 */
import { readFileSync, writeSync } from 'node:fs';
import type { ArmConnection } from '../../src/collectors/azure/connection.ts';
import { main } from '../../src/cli/main.ts';

export interface ChildReport {
  requests: number;
  byOperation: Record<string, number>;
  throttled: number;
  retries: number;
  limiterPeak: number;
  concurrency: number;
}

const [caFile, ...argv] = process.argv.slice(2);
const credential = { getToken: () => Promise.resolve({ token: 'bench-token', expiresOnTimestamp: Date.now() + 3600e3 }) };
let connection: ArmConnection | undefined;
const onConnection = (c: ArmConnection): void => void (connection = c);
process.exitCode = await main(argv, () => {}, (line) => process.stderr.write(line + '\n'), { azure: { credential, tlsCa: readFileSync(caFile as string, 'utf8'), onConnection } });
if (connection) {
  const { stats, concurrency } = connection;
  const report: ChildReport = { requests: stats.requests, byOperation: stats.byOperation, throttled: stats.throttled, retries: stats.retries, limiterPeak: concurrency.peak, concurrency: concurrency.max };
  writeSync(3, JSON.stringify(report));
}
