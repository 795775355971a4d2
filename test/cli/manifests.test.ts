import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs, SCAN_USAGE } from '../../src/cli/args.ts';
import { parseManifestsOption } from '../../src/collectors/kubernetes/manifest-sources.ts';
import { UsageError } from '../../src/engine/errors.ts';
import type { Snapshot } from '../../src/state/snapshot.ts';
import { readSnapshot } from '../../src/collectors/files/snapshot-file.ts';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from './run-main.ts';

const MANIFESTS = 'fixtures/kubernetes/payments-debug';
const CLUSTER_FILE = 'fixtures/inputs/cluster-resource.json';
const CLUSTER_ID = '/subscriptions/4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod';
const NOW = new Date('2026-11-22T00:00:00Z');

/** Scans with the given extra arguments, saving the snapshot; returns the run, the JSON report and the snapshot. */
async function scan(...args: string[]) {
  const dir = workDir();
  const run = await runMain('scan', ...args, '--format', 'json,html', '--out', join(dir, 'out'), '--save-snapshot', join(dir, 's.json'), '--as-of', '2026-11-22', '--fail-on', 'none', '--quiet');
  if (run.code !== 0) return { run, dir };
  return { run, dir, report: readJsonReport(join(dir, 'out', 'aks-audit.json')), snapshot: JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Snapshot };
}

describe('--manifests', () => {
  it('parses <path>[=<aks-cluster>], by name or resource id, leaving = inside paths alone', () => {
    expect(parseManifestsOption('k8s/prod')).toEqual({ path: 'k8s/prod' });
    expect(parseManifestsOption('k8s/prod=aks-payments-prod')).toEqual({ path: 'k8s/prod', aksCluster: 'aks-payments-prod' });
    expect(parseManifestsOption(`k8s/prod=${CLUSTER_ID}`)).toEqual({ path: 'k8s/prod', aksCluster: CLUSTER_ID });
    expect(parseManifestsOption('exports/env=prod/cluster')).toEqual({ path: 'exports/env=prod/cluster' });
    expect(() => parseManifestsOption('k8s/prod=')).toThrow(UsageError);
    expect(() => parseManifestsOption('=aks')).toThrow(UsageError);
    expect(() => parseManifestsOption('')).toThrow(UsageError);
    expect(parseScanArgs(['--manifests', 'a=x', '--manifests', 'b'], NOW).manifests).toEqual([{ path: 'a', aksCluster: 'x' }, { path: 'b' }]);
    expect(SCAN_USAGE).toContain('--manifests <path>[=<aks>]');
  });

  it('is a scan on its own: one file source per occurrence, absent kinds listed in the coverage', async () => {
    const { run, report, snapshot, dir } = await scan('--manifests', MANIFESTS);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(report!.sources).toEqual([
      expect.objectContaining({ id: `files:${MANIFESTS}`, kind: 'file', target: MANIFESTS, status: 'ok', resources: 5 }),
    ]);
    const unread = report!.sources[0]!.unread!;
    expect(unread.map((u) => u.kind)).toContain('networkpolicies');
    expect(unread.every((u) => u.code === 'absent' && u.reason === 'not in the input files')).toBe(true);
    expect(report!.unrecognized).toEqual([{ type: 'kubernetes/ConfigMap', count: 1 }]);
    const validate = ajv.compile(reportSchema);
    expect(validate(JSON.parse(readFileSync(join(dir, 'out', 'aks-audit.json'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(snapshot!.state.kubernetes).toHaveLength(1);
    expect(snapshot!.state.kubernetes[0]).toMatchObject({ id: `files:${MANIFESTS}`, name: 'payments-debug', aksClusterId: null });
    const html = readFileSync(join(dir, 'out', 'aks-audit.html'), 'utf8');
    expect(html).toMatch(/Kubernetes kinds not read<\/h3>/);
    expect(html).toMatch(/<td><code>absent<\/code><\/td><td class="msg">not in the input files<\/td><td>[a-z, ]*networkpolicies/);
  });

  it('never writes Secret values into the snapshot or the reports', async () => {
    const { dir } = await scan('--manifests', MANIFESTS);
    for (const file of ['s.json', 'out/aks-audit.json', 'out/aks-audit.html']) expect(readFileSync(join(dir, file), 'utf8')).not.toContain('dbg-7f3a9c2e51b84d06');
  });

  it.each([
    ['its name', 'aks-payments-prod'],
    ['its name in another casing', 'AKS-Payments-Prod'],
    ['its resource id', CLUSTER_ID],
  ])('=<aks-cluster> links the files to the AKS cluster of the same scan by %s', async (_how, name) => {
    const { run, snapshot, report } = await scan('--input', CLUSTER_FILE, '--manifests', `${MANIFESTS}=${name}`);
    expect(run.stderr).toEqual([]);
    expect(snapshot!.state.kubernetes[0]!.aksClusterId).toBe(CLUSTER_ID);
    const inCluster = report!.findings.filter((f) => f.resource.type.startsWith('kubernetes/'));
    expect(inCluster.length).toBeGreaterThan(0);
    expect(inCluster.every((f) => f.resource.id.startsWith(`${CLUSTER_ID}/`))).toBe(true);
    // The AKS cluster's subscription and resource group, as its state says: none is parsed from an id.
    const [aks] = snapshot!.state.clusters;
    expect(snapshot!.state.kubernetes[0]).toMatchObject({ subscriptionId: aks!.subscriptionId, resourceGroup: aks!.resourceGroup });
    expect(new Set(inCluster.map((f) => `${f.resource.subscriptionId} ${f.resource.resourceGroup}`))).toEqual(new Set([`${aks!.subscriptionId} ${aks!.resourceGroup}`]));
  });

  it('refuses an AKS cluster name the scan does not hold, naming it', async () => {
    const { run } = await scan('--input', CLUSTER_FILE, '--manifests', `${MANIFESTS}=aks-payments-stg`);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: --manifests ${MANIFESTS}=aks-payments-stg: no AKS cluster "aks-payments-stg" in this scan (give its name or resource id, and the --input that holds it)`]);
  });

  it('asks for the resource id when two subscriptions hold a cluster of that name', async () => {
    const dir = workDir();
    const twin = join(dir, 'twin.json');
    const body = JSON.parse(readFileSync(CLUSTER_FILE, 'utf8')) as { id: string };
    writeFileSync(twin, JSON.stringify({ ...body, id: body.id.replace('4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91', '0b6e3a55-1d2c-4f7e-9a8b-3c4d5e6f7a8b') }));
    const ambiguous = await scan('--input', CLUSTER_FILE, '--input', twin, '--manifests', `${MANIFESTS}=aks-payments-prod`);
    expect(ambiguous.run.code).toBe(2);
    expect(ambiguous.run.stderr).toEqual([`aks-audit: --manifests ${MANIFESTS}=aks-payments-prod: 2 AKS clusters are named "aks-payments-prod"; give the full resource id`]);
    const exact = await scan('--input', CLUSTER_FILE, '--input', twin, '--manifests', `${MANIFESTS}=${CLUSTER_ID}`);
    expect(exact.snapshot!.state.kubernetes[0]!.aksClusterId).toBe(CLUSTER_ID);
  });

  it('cannot be combined with --snapshot', async () => {
    const run = await runMain('scan', '--snapshot', 's.json', '--manifests', MANIFESTS);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['aks-audit: --manifests and --snapshot cannot be combined: a snapshot is already a complete scan']);
  });

  it('round-trips through --save-snapshot and --snapshot: same findings, sources and coverage', async () => {
    const first = await scan('--input', CLUSTER_FILE, '--manifests', `${MANIFESTS}=aks-payments-prod`);
    const dir = workDir();
    const second = await runMain('scan', '--snapshot', join(first.dir, 's.json'), '--format', 'json', '--out', dir, '--as-of', '2026-11-22', '--fail-on', 'none', '--quiet');
    expect(second.stderr).toEqual([]);
    const again = readJsonReport(join(dir, 'aks-audit.json'));
    expect(again.findings).toEqual(first.report!.findings);
    expect(again.sources).toEqual(first.report!.sources);
    expect(again.unrecognized).toEqual(first.report!.unrecognized);
    expect(readSnapshot(join(first.dir, 's.json')).state.kubernetes).toEqual(first.snapshot!.state.kubernetes);
  });

  it('refuses a snapshot whose Kubernetes state is malformed or holds Secret values', async () => {
    const { dir, snapshot } = await scan('--manifests', MANIFESTS);
    const variants: [string, (s: Snapshot) => void, RegExp][] = [
      ['secret data', (s) => ((s.state.kubernetes[0]!.objects.secrets![0]!.object as Record<string, unknown>).data = { token: 'ZGJn' }), /\/state\/kubernetes\/0\/objects\/secrets\/0\/object: not an aks-audit snapshot/],
      ['a kind missing', (s) => delete (s.state.kubernetes[0]!.objects as Partial<Snapshot['state']['kubernetes'][0]['objects']>).pods, /\/state\/kubernetes\/0\/objects: not an aks-audit snapshot: must have required property 'pods'/],
      ['an unknown kind', (s) => ((s.state.kubernetes[0]!.objects as Record<string, unknown>).configmaps = []), /\/state\/kubernetes\/0\/objects\/configmaps: not an aks-audit snapshot: unknown field/],
      ['an item without origin', (s) => delete (s.state.kubernetes[0]!.objects.namespaces![0] as Partial<{ origin: unknown }>).origin, /\/state\/kubernetes\/0\/objects\/namespaces\/0: not an aks-audit snapshot/],
      ['a bad unread entry', (s) => ((s.state.kubernetes[0]!.unread as Record<string, unknown>).pods = { code: 'absent' }), /\/state\/kubernetes\/0\/unread\/pods: not an aks-audit snapshot/],
    ];
    for (const [what, mutate, problem] of variants) {
      const copy = structuredClone(snapshot!);
      mutate(copy);
      const file = join(dir, `bad-${what.replaceAll(' ', '-')}.json`);
      writeFileSync(file, JSON.stringify(copy));
      expect(() => readSnapshot(file), what).toThrow(problem);
    }
  });
});
