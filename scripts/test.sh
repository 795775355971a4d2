#!/usr/bin/env bash
# The whole test suite: type check, lint, then every test. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

bash scripts/ensure-chromium.sh || { echo "0 passed, 1 failed"; exit 1; }

echo "== type check"; tsc -p . || { echo "0 passed, 1 failed"; exit 1; }
echo "== lint"; eslint . || { echo "0 passed, 1 failed"; exit 1; }

results="$(mktemp -d)/vitest.json"
echo "== tests"
vitest run --reporter=default --reporter=json --outputFile.json="$results"
status=$?
node scripts/test-summary.js "$results"
exit $status
