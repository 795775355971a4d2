import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nothingRead } from '../../src/cli/exit-code.ts';
import type { Source } from '../../src/state/snapshot.ts';
import { writeKubeconfig } from '../helpers/fake-kube-api.ts';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from './run-main.ts';

const HARDENED = 'fixtures/inputs/cluster-resource.json';
const NOTHING = 'aks-audit: nothing was read, so nothing was audited: ';

const source = (target: string, fields: Partial<Source> = {}): Source => ({ id: `file:${target}`, kind: 'file', target, status: 'ok', resources: 0, ...fields });

describe('nothingRead: the one definition of a scan that read nothing', () => {
  it('is nothing when any source gave a resource or object, whatever failed beside it', () => {
    expect(nothingRead([source('a.json', { status: 'failed', code: 'skipped', message: 'not JSON' }), source('b.json', { resources: 1 })])).toBeUndefined();
    expect(nothingRead([{ id: 'context:aks', kind: 'kubernetes', target: 'aks (https://aks.hcp.example:443)', status: 'partial', code: 'forbidden', resources: 12 }])).toBeUndefined();
  });

  it('names why when no source gave anything: no source at all, skipped files, empty files', () => {
    expect(nothingRead([])).toBe('nothing was read, so nothing was audited: the inputs hold no file to read');
    expect(nothingRead([source('exports/package.json', { status: 'failed', code: 'skipped', message: 'not an ARM resource' }), source('exports/empty.json')])).toBe(
      'nothing was read, so nothing was audited: exports/package.json: failed, skipped (not an ARM resource); exports/empty.json: no resources in it',
    );
  });

  it('names sources that failed alike once, and stays one bounded line for many', () => {
    const denied = Array.from({ length: 40 }, (_, i) => source(`sub-${i}`, { kind: 'azure', status: 'failed', code: 'unauthorized', message: 'subscription not readable: token expired' }));
    const others = ['timeout', 'throttled', 'not-found'].map((code) => source(`sub-${code}`, { kind: 'azure', status: 'failed', code }));
    expect(nothingRead([...denied, ...others])).toBe(
      'nothing was read, so nothing was audited: sub-0, sub-1, sub-2 and 37 more: failed, unauthorized (subscription not readable: token expired); sub-timeout: failed, timeout; sub-throttled: failed, throttled; and 1 other reason(s)',
    );
  });
});

describe('aks-audit scan exits 3 when it read nothing', () => {
  it('for an empty folder: reason on stderr, reports still written, --fail-on none does not hide it, --allow-empty does', async () => {
    const dir = workDir();
    mkdirSync(join(dir, 'exports'));
    const out = join(dir, 'reports');
    const run = await runMain('scan', '--input', join(dir, 'exports'), '--format', 'json', '--out', out, '--fail-on', 'none');
    expect(run.code).toBe(3);
    expect(run.stderr).toEqual([`${NOTHING}the inputs hold no file to read`]);
    expect(run.stdout[0]).toMatch(/over 0 resources from 0 source\(s\)$/);
    expect(readJsonReport(join(out, 'aks-audit.json')).sources).toEqual([]);
    expect(await runMain('scan', '--input', join(dir, 'exports'), '--format', 'json', '--out', out, '--allow-empty', '--quiet')).toEqual({ code: 0, stdout: [], stderr: [] });
  });

  it('for a folder whose files held nothing readable (an empty list, objects without ids)', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'empty.json'), '[]');
    writeFileSync(join(dir, 'no-ids.json'), JSON.stringify([{ name: 'aks-prod', type: 'Microsoft.ContainerService/managedClusters', properties: {} }]));
    const run = await runMain('scan', '--input', dir, '--format', 'json', '--out', join(dir, 'reports'), '--quiet');
    expect(run.code).toBe(3);
    expect(run.stderr).toEqual([`${NOTHING}${join(dir, 'empty.json')}: no resources in it; ${join(dir, 'no-ids.json')}: no resources in it (1 object(s) without an ARM resource id were skipped)`]);
  });

  it('for a live cluster that could not be reached', async () => {
    const dir = workDir();
    const kubeconfig = writeKubeconfig(join(dir, 'config'), [{ name: 'aks-gone', server: 'https://127.0.0.1:1', token: 'eyJhbGciOiJSUzI1NiJ9.reader', caPem: null }]);
    const run = await runMain('scan', '--kubeconfig', kubeconfig, '--format', 'json', '--out', join(dir, 'reports'), '--quiet');
    expect(run.code).toBe(3);
    expect(run.stderr).toEqual([expect.stringMatching(new RegExp(`^${NOTHING}aks-gone \\(https://127\\.0\\.0\\.1:1\\): failed, unreachable \\(.+\\)$`))]);
  });

  it('but not when one source read something and another nothing: that is coverage, reported as such', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'empty.json'), '[]');
    const run = await runMain('scan', '--input', dir, '--input', HARDENED, '--format', 'json', '--out', join(dir, 'reports'), '--quiet', '--fail-on', 'none');
    expect(run).toEqual({ code: 0, stdout: [], stderr: [] });
  });
});
