import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { OutputChunk } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { buildEntry, ENTRIES, LICENSES_FILE, ROOT } from '../../scripts/build.ts';
import { startFakeKubeApi, writeKubeconfig } from '../helpers/fake-kube-api.ts';

/**
 * The package as users get it: `npm pack` (whose prepack runs the one CLI build of this file), the
 * tarball installed into an empty folder and run with `npx`, then `npm install -g`, then the container
 * image. All offline: the bundle carries every dependency, so npm has nothing to fetch, and the npm
 * cache is a fresh empty folder to prove it.
 */

const work = mkdtempSync(join(tmpdir(), 'aks-audit-dist-'));
const env = {
  ...process.env,
  // The Node running the tests (24) first, for npm and for the package's `#!/usr/bin/env node`.
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  npm_config_cache: join(work, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false',
};

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
}

function succeeded(result: SpawnSyncReturns<string>): string {
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}${result.error?.message ?? ''}`);
  return result.stdout;
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let packed: Packed;
let tarball: string;
/** A copy of the PR fixture: the scans below read it by relative paths, so reports compare across runs. */
const project = join(work, 'project');
const SCAN = ['scan', '--terraform', 'infra', '--manifests', 'k8s', '--format', 'json', '--out', '-', '--quiet', '--fail-on', 'none', '--as-of', '2026-12-01'];

beforeAll(() => {
  cpSync(join(ROOT, 'fixtures/pr-repo'), project, { recursive: true });
  packed = (JSON.parse(succeeded(run('npm', ['pack', '--json', '--pack-destination', work], ROOT))) as Packed[])[0]!;
  tarball = join(work, packed.filename);
}, 180_000);

// The installs and the npm cache are tens of megabytes.
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The JSON report of the scan above, without the one field that differs between two runs. */
function report(stdout: string): unknown {
  const { generatedAt: _, ...rest } = JSON.parse(stdout) as { generatedAt: string };
  return rest;
}

let fromSources: unknown;
/** What the sources report for the scan above, the reference every built form must match. */
function sourcesReport(): unknown {
  fromSources ??= report(succeeded(run(process.execPath, [join(ROOT, 'bin/aks-audit.js'), ...SCAN], project)));
  return fromSources;
}

describe('the npm package', () => {
  const app = join(work, 'app');

  beforeAll(() => {
    mkdirSync(app);
    succeeded(run('npm', ['install', tarball], app));
  }, 180_000);

  it('publishes the built CLI and nothing else, with no dependency left to install', () => {
    const outside = packed.files.map((file) => file.path).filter((path) => !path.startsWith('dist/cli/') && path !== 'package.json' && path !== 'README.md');
    expect(outside).toEqual([]);
    const published = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies?: object };
    expect(published.bin['aks-audit']).toBe('dist/cli/aks-audit.js');
    expect(published.dependencies).toBeUndefined();
    expect(packed.files.map((file) => file.path)).toEqual(expect.arrayContaining(['dist/cli/aks-audit.js', `dist/cli/${LICENSES_FILE}`]));
    // The files the CLI reads at run time travel with it.
    for (const asset of [/^dist\/cli\/rules-.*\.yaml$/, /^dist\/cli\/aks-kubernetes-calendar-.*\.json$/, /^dist\/cli\/tree-sitter-terraform-.*\.wasm$/, /^dist\/cli\/tree-sitter-.*\.wasm$/]) {
      expect(packed.files.some((file) => asset.test(file.path)), String(asset)).toBe(true);
    }
  });

  it('runs with npx from the tarball installed into an empty folder, reporting what the sources report', () => {
    const built = run('npx', ['--prefix', app, 'aks-audit', ...SCAN], project);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(report(built.stdout)).toEqual(sourcesReport());
    // Both readers ran: Terraform (the tree-sitter grammar's .wasm) and the manifests.
    const failed = (JSON.parse(built.stdout) as { findings: { ruleId: string; status: string }[] }).findings.filter((finding) => finding.status === 'fail');
    expect(failed.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['aks-node-public-ip-disabled', 'k8s-not-privileged']));
  });

  it('reads a cluster live: the Kubernetes client, loaded on demand, works from the bundle and warns of nothing', async () => {
    const token = 'package-test-token';
    const api = await startFakeKubeApi({ token, objects: { pods: [{ metadata: { name: 'debug', namespace: 'default' }, spec: { containers: [{ name: 'shell', image: 'busybox', securityContext: { privileged: true } }] } }] } });
    try {
      const kubeconfig = writeKubeconfig(join(work, 'kubeconfig'), [{ name: 'aks-weu', server: api.server, token, caPem: api.caPem }]);
      // Not spawnSync: the API server above answers from this process's event loop.
      const { stdout, stderr } = await promisify(execFile)('npx', ['--prefix', app, 'aks-audit', 'scan', '--kubeconfig', kubeconfig, '--format', 'json', '--out', '-', '--quiet', '--fail-on', 'none'], { cwd: work, env });
      expect(stderr).toBe('');
      const findings = (JSON.parse(stdout) as { findings: { ruleId: string; status: string; resource: string }[] }).findings;
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'k8s-not-privileged', status: 'fail' }));
    } finally {
      await api.close();
    }
  });

  it('installs globally with npm install -g', () => {
    const prefix = join(work, 'global');
    succeeded(run('npm', ['install', '--global', '--prefix', prefix, tarball], work));
    expect(succeeded(run(join(prefix, 'bin', 'aks-audit'), ['--version'], work))).toBe(`${pkg.version}\n`);
  });
});

/** A container engine that answers (a client without a running daemon does not count), or undefined. */
const engine = ['docker', 'podman'].find((name) => spawnSync(name, ['info'], { stdio: 'ignore', timeout: 30_000 }).status === 0);
if (!engine) process.stdout.write('container image test skipped: neither docker nor podman has a running engine here\n');

describe.skipIf(!engine)('the container image', () => {
  it('builds from the bundle and scans a mounted folder as a non-root user, with no network', () => {
    const tag = `aks-audit-test:${process.pid}`;
    succeeded(run(engine!, ['build', '--tag', tag, ROOT], ROOT));
    try {
      expect(succeeded(run(engine!, ['image', 'inspect', '--format', '{{.Config.User}}', tag], ROOT)).trim()).toBe('node');
      const user = `${process.getuid?.() ?? 1000}:${process.getgid?.() ?? 1000}`;
      const scan = run(engine!, ['run', '--rm', '--network', 'none', '--user', user, '--volume', `${project}:/work:ro`, tag, ...SCAN], ROOT);
      expect(report(succeeded(scan))).toEqual(sourcesReport());
      expect(scan.stderr).toBe('');
    } finally {
      run(engine!, ['image', 'rm', '--force', tag], ROOT);
    }
  }, 600_000);
});

describe('the build', () => {
  let chunks: OutputChunk[];
  const again = join(work, 'again');

  beforeAll(async () => {
    chunks = await buildEntry(ENTRIES.find((entry) => entry.name === 'cli')!, again);
  }, 120_000);

  it('is deterministic: building again gives the same files, byte for byte', () => {
    expect(differences(again, join(ROOT, 'dist/cli'))).toEqual([]);
  });

  it('keeps the Azure SDK and the Kubernetes client out of what an offline scan loads', () => {
    // The chunks loaded statically from the CLI's main module; the live readers come in by import().
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const start = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('src/cli/main.ts')))!;
    const loaded = new Set<OutputChunk>();
    const visit = (chunk: OutputChunk): void => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      for (const name of chunk.imports) {
        const imported = byName.get(name); // undefined for Node's own modules
        if (imported) visit(imported);
      }
    };
    visit(start);
    const packages = new Set([...loaded].flatMap((chunk) => chunk.moduleIds).map((id) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(id)?.[1]).filter(Boolean));
    expect(packages).toContain('yaml');
    expect([...packages].filter((name) => name!.startsWith('@azure') || name!.startsWith('@kubernetes'))).toEqual([]);
  });

  for (const entry of ENTRIES.filter((each) => each.committed)) {
    it(`dist/${entry.name} (committed) is what the sources build; if not, run "npm run build ${entry.name}" and commit it`, async () => {
      const fresh = join(work, `fresh-${entry.name}`);
      await buildEntry(entry, fresh);
      expect(differences(fresh, join(ROOT, 'dist', entry.name))).toEqual([]);
    }, 120_000);
  }
});

/** Files missing from either folder or with different bytes, by path. */
function differences(built: string, expected: string): string[] {
  const builtFiles = files(built);
  const expectedFiles = files(expected);
  return [...new Set([...builtFiles, ...expectedFiles])].sort().filter((path) => {
    if (!builtFiles.includes(path)) return true;
    if (!expectedFiles.includes(path)) return true;
    return !readFileSync(join(built, path)).equals(readFileSync(join(expected, path)));
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((each) => each.isFile()).map((each) => relative(dir, join(each.parentPath, each.name)));
}
