import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { JSON_REPORT_SCHEMA_VERSION } from '../../src/reporters/json.ts';
import { workDir } from './run-main.ts';

/** The real binary in a child process, with the Node that runs the tests (24: it strips types). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/aks-audit.js', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/aks-audit.js as a process', () => {
  it('prints its version', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('scans, writes the report and sets the exit code from --fail-on', () => {
    const out = join(workDir(), 'reports');
    const failing = cli('scan', '--input', 'fixtures/inputs/cluster-public-api-server.json', '--format', 'json', '--out', out, '--fail-on', 'high');
    expect(failing.stderr).toBe('');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/fail [1-9]\d* \(critical \d+, high [1-9]/);
    expect(JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8'))).toMatchObject({ schemaVersion: JSON_REPORT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: pkg.version } });
    expect(cli('scan', '--input', 'fixtures/inputs/cluster-public-api-server.json', '--format', 'json', '--out', out, '--fail-on', 'none').code).toBe(0);
  });

  it('loads neither the Azure SDK nor the Kubernetes client for an offline scan', () => {
    // They take about half a second to load: a scan of files must not pay for them.
    const out = join(workDir(), 'reports');
    const entry = `
      import { registerHooks } from 'node:module';
      const packages = new Set();
      registerHooks({ load(url, context, next) { const m = /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(url); if (m) packages.add(m[1]); return next(url, context); } });
      const { main } = await import(${JSON.stringify(join(process.cwd(), 'src/cli/main.ts'))});
      process.exitCode = await main(process.argv.slice(1));
      console.error([...packages].sort().join(' '));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', entry, '--', 'scan', '--input', 'fixtures/demo', '--out', out, '--quiet', '--fail-on', 'none'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const loaded = r.stderr.trim().split(' ');
    expect(loaded).toContain('yaml');
    expect(loaded.filter((name) => name.startsWith('@azure') || name.startsWith('@kubernetes'))).toEqual([]);
  });

  it('exits 2 with one line on stderr for a usage error and for bad input', () => {
    const usage = cli('scan', '--input', 'fixtures/inputs/cluster-resource.json', '--bogus');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('aks-audit: unknown option --bogus (see aks-audit scan --help)\n');
    const dir = workDir();
    const missing = cli('scan', '--input', join(dir, 'missing.json'), '--out', join(dir, 'reports'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`aks-audit: ${join(dir, 'missing.json')}: no such file or folder\n`);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });
});

/**
 * The binary with its stdout (or stderr) already closed by the reader, as `aks-audit rules | head -1`
 * leaves it once head has its line: closed before the process writes, so the broken pipe is certain.
 */
function withClosedPipe(stream: 'stdout' | 'stderr', ...args: string[]): Promise<{ code: number | null; other: string }> {
  const child = spawn(process.execPath, ['bin/aks-audit.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child[stream].destroy();
  let other = '';
  child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => (other += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, other })));
}

describe('a reader that stops reading', () => {
  it('ends `aks-audit rules` quietly, exit 0, no EPIPE stack trace', async () => {
    expect(await withClosedPipe('stdout', 'rules')).toEqual({ code: 0, other: '' });
  });

  it('keeps the scan\'s own exit code, whichever stream was closed', async () => {
    const out = join(workDir(), 'reports');
    const scan = ['scan', '--input', 'fixtures/inputs/cluster-public-api-server.json', '--format', 'json', '--out', out, '--fail-on', 'high'];
    expect(await withClosedPipe('stdout', ...scan)).toEqual({ code: 1, other: '' });
    const missing = await withClosedPipe('stderr', 'scan', '--input', join(out, 'missing.json'), '--out', out);
    expect(missing).toEqual({ code: 2, other: '' });
  });
});

/** A Node older than 24 on this machine (Debian's /usr/bin/node, say), found on PATH or in the usual places. */
function olderNode(): string | undefined {
  const candidates = [...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node')), '/usr/bin/node', '/usr/local/bin/node'];
  return candidates.find((node) => {
    if (!existsSync(node)) return false;
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout ?? '';
    return Number(/^v(\d+)\./.exec(version)?.[1] ?? 24) < 24;
  });
}

const OLD_NODE = olderNode();

describe('bin/aks-audit.js on a Node older than 24', () => {
  it.skipIf(!OLD_NODE)(`says in one line that Node 24 is needed and how to get it, exit 2 (${OLD_NODE ?? 'skipped: no Node older than 24 on this machine'})`, () => {
    const r = spawnSync(OLD_NODE!, ['bin/aks-audit.js', 'scan', '--input', 'fixtures/demo'], { encoding: 'utf8', timeout: 60_000 });
    const version = spawnSync(OLD_NODE!, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`aks-audit: needs Node.js 24 or later, this is Node.js ${version}: install Node.js 24 (https://nodejs.org), or run "npm ci" in the aks-audit folder, which puts Node 24 in node_modules/.bin (then "npm run scan -- ..." uses it)\n`);
  });
});
