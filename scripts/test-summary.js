// Prints vitest's JSON result as the plain closing line CI counts: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const result = JSON.parse(readFileSync(file, 'utf8'));
// A file that failed to load has no test results but still counts as a failure.
const brokenFiles = result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
const skipped = result.numPendingTests + result.numTodoTests;
// The skipped (a container test where no engine runs) on a line of their own: the last line stays exactly "N passed, N failed".
if (skipped) console.log(`${skipped} skipped`);
console.log(`${result.numPassedTests} passed, ${result.numFailedTests + brokenFiles} failed`);
