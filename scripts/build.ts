/**
 * `npm run build [-- <entry>...]`: the TypeScript sources → runnable JavaScript in `dist/<entry>/`, one
 * self-contained folder per entry (every dependency bundled, the files read at run time copied
 * beside it), so the npm package, the container image and the GitHub Action need no `node_modules`.
 *
 * Rolldown (already in the tree through vitest) bundles: ESM for Node 24, split at each dynamic
 * `import()` so the live readers (Azure SDK, Kubernetes client) stay lazily loaded as they are in the
 * sources. A file read at run time is named in the sources as `new URL('<relative path>', import.meta.url)`
 * (rules.yaml, data/, the tree-sitter `.wasm` files); Rolldown copies each one and rewrites the URL.
 * The output is deterministic (content hashes, paths relative to the repository), which is what lets
 * a test compare a committed bundle with a fresh build.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type OutputChunk } from 'rolldown';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Entry {
  /** The output folder, `dist/<name>/`. */
  name: string;
  /** The source module, relative to the repository. */
  input: string;
  /** The entry file's name in the output folder. */
  file: string;
  /** Committed to git (the Action runs from the repository, nothing installed): a test keeps it what the sources build. */
  committed: boolean;
}

/** Every build: the CLI (npm package and container image) and the GitHub Action. */
export const ENTRIES: readonly Entry[] = [
  { name: 'cli', input: 'bin/aks-audit.js', file: 'aks-audit.js', committed: false },
  { name: 'action', input: 'src/action/main.ts', file: 'index.js', committed: true },
];

export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';

/** Builds `entry` into `outDir` (emptied first); returns the chunks written. */
export async function buildEntry(entry: Entry, outDir: string): Promise<OutputChunk[]> {
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    cwd: ROOT,
    input: { [entry.file.replace(/\.js$/, '')]: join(ROOT, entry.input) },
    platform: 'node',
    transform: { target: 'node24' },
    // The tree-sitter runtime is Emscripten output, whose direct eval is its own business.
    checks: { eval: false },
    experimental: { resolveNewUrlToAsset: true },
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      assetFileNames: '[name]-[hash][extname]',
    },
    write: true,
  });
  const chunks = result.output.filter((file): file is OutputChunk => file.type === 'chunk');
  writeFileSync(join(outDir, LICENSES_FILE), thirdPartyLicenses(chunks));
  return chunks;
}

/**
 * The licence of every package bundled, which their licences (MIT, BSD, Apache-2.0, ISC) require to
 * travel with the code: name, version, licence and the package's licence text, sorted by name.
 */
function thirdPartyLicenses(chunks: OutputChunk[]): string {
  const packages = new Map<string, string>();
  for (const id of chunks.flatMap((chunk) => chunk.moduleIds)) {
    const dir = packageDir(id);
    if (dir && !packages.has(dir)) packages.set(dir, licenceOf(dir));
  }
  return [...packages.values()].sort().join('\n\n');
}

/** `node_modules/<name>` or `node_modules/@scope/<name>` holding the module, or undefined for our own sources. */
function packageDir(moduleId: string): string | undefined {
  const path = relative(ROOT, moduleId).split(/[\\/]/);
  const last = path.lastIndexOf('node_modules');
  if (last < 0) return undefined;
  const nameLength = path[last + 1]?.startsWith('@') ? 2 : 1;
  return join(ROOT, ...path.slice(0, last + 1 + nameLength));
}

function licenceOf(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE', 'license.md'].map((name) => join(dir, name)).find((file) => existsSync(file));
  const text = file ? readFileSync(file, 'utf8').trim() : `(no licence file in the package; package.json says ${pkg.license ?? 'nothing'})`;
  return `${pkg.name} ${pkg.version} (${pkg.license ?? 'no licence field'})\n\n${text}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !ENTRIES.some((entry) => entry.name === name));
  if (unknown.length) {
    console.error(`build: no entry ${unknown.join(', ')} (entries: ${ENTRIES.map((entry) => entry.name).join(', ')})`);
    process.exit(2);
  }
  for (const entry of ENTRIES.filter((each) => names.length === 0 || names.includes(each.name))) {
    const outDir = join(ROOT, 'dist', entry.name);
    mkdirSync(dirname(outDir), { recursive: true });
    const started = performance.now();
    const chunks = await buildEntry(entry, outDir);
    // On stderr: `npm pack --json` runs this as prepack, and its stdout must stay JSON.
    console.error(`built dist/${entry.name}/${entry.file} (${chunks.length} chunks) in ${Math.round(performance.now() - started)} ms`);
  }
}
