#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 24 strips types natively. On an older Node this file
// must still parse and say what is needed, so it has no static import and no newer syntax: the
// sources (and node:module's compile cache, which Node 20 lacks) are imported only once the check passed.

const NEEDED = 24;
const major = Number(process.versions.node.split('.')[0]);

if (major < NEEDED) {
  process.stderr.write(`aks-audit: needs Node.js ${NEEDED} or later, this is Node.js ${process.versions.node}: install Node.js ${NEEDED} (https://nodejs.org), or run "npm ci" in the aks-audit folder, which puts Node ${NEEDED} in node_modules/.bin (then "npm run scan -- ..." uses it)\n`);
  process.exitCode = 2;
} else {
  run();
}

async function run() {
  // Stripping and compiling two hundred modules costs more than half a second on every run; Node's
  // compile cache (in the OS temp folder, checked against each file's content) cuts that to a fraction.
  // Enabled before the first import of our sources, which is why main is imported dynamically.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
