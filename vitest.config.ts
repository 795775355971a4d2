import { configDefaults, defineConfig } from 'vitest/config';
import { conformanceRoot, SKIPPED } from './test/conformance/root.ts';

// The peer-conformance suite (test/conformance) needs the peers' inputs; without them it is left out, said in one line.
const conformance = conformanceRoot();
if (!conformance) process.stdout.write(`${SKIPPED}\n`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: conformance ? configDefaults.exclude : [...configDefaults.exclude, 'test/conformance/**'],
    // Browser and CLI tests start processes: generous per-test limits, never used as speed assertions.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
