import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../../helpers/report.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

// A read is bounded by the bytes actually read, never by what the file says of itself: devices
// state a size of 0 and never end, a FIFO with no writer blocks its open forever. And a value
// far longer than any real one ends in a clear refusal or a finished report, never a crash.

const SUB = '4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod`;

function fifo(): string {
  const path = join(workDir(), 'export.json');
  execFileSync('mkfifo', [path]);
  return path;
}

describe('inputs that are not regular files', () => {
  it.each([
    ['/dev/zero', 'a character device'],
    ['/dev/urandom', 'a character device'],
    ['a FIFO nobody writes to', 'a named pipe (FIFO)'],
  ])('%s, as --input or --manifests, is refused at once with exit 2 and one line', async (what, kind) => {
    for (const flag of ['--input', '--manifests']) {
      const path = what.startsWith('/dev/') ? what : fifo();
      const out = join(workDir(), 'reports');
      const started = Date.now();
      const run = await runMain('scan', flag, path, '--out', out, '--quiet');
      // The refusal itself is immediate; the margin is for loading the CLI's modules on a busy machine.
      expect(Date.now() - started).toBeLessThan(5000);
      expect(run.code).toBe(2);
      expect(run.stderr).toEqual([`aks-audit: ${path}: is ${kind}, not a regular file: save the input to a file and give that`]);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('values far longer than any real one', () => {
  it('a 50 MB resource name in an otherwise valid export is refused with the place, not a RangeError', async () => {
    const dir = workDir();
    const file = join(dir, 'big.json');
    const name = 'a'.repeat(50 * 1024 * 1024);
    writeFileSync(file, JSON.stringify([{ id: CLUSTER, name, type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope', properties: { kubernetesVersion: '1.33.2', enableRBAC: true } }]));
    const out = join(dir, 'reports');
    const run = await runMain('scan', '--input', file, '--format', 'sarif,json,html', '--out', out, '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: /0: the resource name is 52,428,800 characters long; ARM ids and names longer than 8192 are refused`]);
    expect(existsSync(out)).toBe(false);
  });

  it('a Kubernetes object named with a megabyte is refused with file and line', async () => {
    const dir = workDir();
    const file = join(dir, 'deploy.yaml');
    writeFileSync(file, `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${'x'.repeat(1024 * 1024)}\n  namespace: payments\n`);
    const run = await runMain('scan', '--manifests', file, '--out', join(dir, 'reports'), '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${file}: line 6: /1: ServiceAccount metadata.name is 1,048,576 characters long; names longer than 4096 are refused`]);
  });

  it('a long value finishes the report; the HTML shows its start and says it was cut, the JSON keeps it whole', async () => {
    const dir = workDir();
    const file = join(dir, 'cluster.json');
    const owner = `team-payments-${'z'.repeat(200_000)}`;
    const version = `1.${'9'.repeat(100_000)}`;
    writeFileSync(file, JSON.stringify({ id: CLUSTER, name: 'aks-payments-prod', type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope', tags: { owner }, properties: { kubernetesVersion: version, currentKubernetesVersion: version, enableRBAC: true } }));
    const out = join(dir, 'reports');
    const run = await runMain('scan', '--input', file, '--format', 'json,html', '--out', out, '--quiet', '--fail-on', 'none');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const html = readFileSync(join(out, 'aks-audit.html'), 'utf8');
    expect(html).toMatch(/9{1990}… \[cut: 100,\d{3} characters in all\]/);
    expect(html).not.toContain('9'.repeat(2001));
    const report = readJsonReport(join(out, 'aks-audit.json'));
    expect(JSON.stringify(report.findings)).toContain(version);
  });
});
