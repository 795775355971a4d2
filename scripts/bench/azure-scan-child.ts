/**
 * The live Azure scan of the benchmark, run as its own process (for its peak RSS): the real CLI
 * entry point with the benchmark's fake credential and the fake ARM's CA injected, as the tests do.
 * `node scripts/bench/azure-scan-child.ts <ca.pem> scan --all-subscriptions --arm-endpoint … …`
 */
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';

const [caFile, ...argv] = process.argv.slice(2);
const credential = { getToken: () => Promise.resolve({ token: 'bench-token', expiresOnTimestamp: Date.now() + 3600e3 }) };
process.exitCode = await main(argv, () => {}, (line) => process.stderr.write(line + '\n'), { azure: { credential, tlsCa: readFileSync(caFile as string, 'utf8') } });
