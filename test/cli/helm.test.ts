import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Log } from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../src/cli/args.ts';
import { HELM_NOT_ON_PATH } from '../../src/collectors/kubernetes/helm.ts';
import type { Snapshot } from '../../src/state/snapshot.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from './run-main.ts';

/**
 * `--helm <chart-dir>` renders the chart with `helm template` and reads the output as
 * manifests, placing each object at its template. helm here is a fake put first on PATH: it
 * logs its arguments and prints what Helm 3 prints for the chart (or fails as helm does), so
 * the tests need neither helm nor the network.
 */
const CHART = 'test/fixtures/helm/payments-api';
const RENDERED = resolve('test/fixtures/helm/payments-api.rendered.yaml');
const CLUSTER_FILE = 'fixtures/inputs/cluster-resource.json';

const FAKE_HELM = `#!${process.execPath}
const { appendFileSync, readFileSync } = require('node:fs');
appendFileSync(process.env.FAKE_HELM_LOG, JSON.stringify(process.argv.slice(2)) + '\\n');
if (process.env.FAKE_HELM_FAIL) {
  process.stderr.write('Error: ' + process.env.FAKE_HELM_FAIL + '\\n');
  process.exit(1);
}
process.stdout.write(readFileSync(process.env.FAKE_HELM_OUTPUT, 'utf8'));
`;

const saved = { ...process.env };
let bin: string;
let log: string;

beforeEach(() => {
  const dir = workDir();
  bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'helm'), FAKE_HELM);
  chmodSync(join(bin, 'helm'), 0o755);
  log = join(dir, 'helm.log');
  Object.assign(process.env, { PATH: `${bin}:${saved.PATH ?? ''}`, FAKE_HELM_LOG: log, FAKE_HELM_OUTPUT: RENDERED });
  delete process.env.FAKE_HELM_FAIL;
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

async function scan(...args: string[]) {
  const dir = workDir();
  const out = join(dir, 'out');
  const run = await runMain('scan', ...args, '--format', 'json,sarif', '--out', out, '--save-snapshot', join(dir, 's.json'), '--as-of', '2026-11-22', '--fail-on', 'none', '--quiet');
  return { run, out, snapshot: join(dir, 's.json') };
}

const lineOf = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').indexOf(text) + 1;

describe('--helm', () => {
  it('parses <chart-dir>[=<aks-cluster>] and refuses --snapshot', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(parseScanArgs(['--helm', 'charts/api=aks-payments-prod'], now).helm).toEqual([{ path: 'charts/api', aksCluster: 'aks-payments-prod', flag: '--helm' }]);
    expect(() => parseScanArgs(['--helm', 'charts/api', '--snapshot', 's.json'], now)).toThrow(/--helm and --snapshot cannot be combined/);
  });

  it('renders the chart with helm template and its own values only, and places each object at its template', async () => {
    const { run, out, snapshot } = await scan('--input', CLUSTER_FILE, '--helm', `${CHART}=aks-payments-prod`);
    expect(run.stderr).toEqual([]);
    expect(readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[])).toEqual([['template', resolve(CHART)]]);

    const k = (JSON.parse(readFileSync(snapshot, 'utf8')) as Snapshot).state.kubernetes[0]!;
    expect(k).toMatchObject({ id: `helm:${CHART}`, name: 'payments-api', aksClusterId: expect.stringMatching(/aks-payments-prod$/) });
    const deployment = `${CHART}/templates/deployment.yaml`;
    const service = `${CHART}/templates/service.yaml`;
    expect(k.objects.deployments!.map((d) => d.origin)).toEqual([{ source: `helm:${CHART}`, file: deployment, line: lineOf(deployment, 'kind: Deployment') }]);
    expect(k.objects.services!.map((s) => s.origin)).toEqual([{ source: `helm:${CHART}`, file: service, line: lineOf(service, 'kind: Service') }]);

    const findings = readJsonReport(join(out, 'aks-audit.json')).findings.filter((f) => f.resource.type === 'kubernetes/deployment' && f.status === 'fail');
    expect(findings.map((f) => f.ruleId)).toContain('k8s-not-privileged');
    const sarif = JSON.parse(readFileSync(join(out, 'aks-audit.sarif'), 'utf8')) as Log;
    expect([...sarifSchemaErrors(sarif), ...githubIngestionProblems(sarif)]).toEqual([]);
    const privileged = sarif.runs[0]!.results!.find((r) => r.ruleId === 'k8s-not-privileged')!;
    expect(privileged.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: deployment }, region: { startLine: 2 } });
  });

  it('says in one line that helm is not on PATH, exits 2 and writes nothing', async () => {
    process.env.PATH = workDir();
    const { run, out, snapshot } = await scan('--input', CLUSTER_FILE, '--helm', CHART);
    expect(run.code).toBe(2);
    expect(run.stderr.join('')).toContain(HELM_NOT_ON_PATH);
    expect(run.stderr.join('').trim().split('\n')).toHaveLength(1);
    expect(existsSync(out) || existsSync(snapshot)).toBe(false);
  });

  it('refuses a chart helm cannot render with its error, and a folder that is no chart, naming it', async () => {
    process.env.FAKE_HELM_FAIL = 'chart requires kubeVersion: >=1.33.0 which is incompatible with Kubernetes v1.20.0';
    const failed = await scan('--helm', CHART);
    expect(failed.run.code).toBe(2);
    expect(failed.run.stderr.join('')).toMatch(new RegExp(`${CHART}: helm template failed: Error: chart requires kubeVersion`));
    const notChart = await scan('--helm', 'fixtures/kubernetes/payments-debug');
    expect(notChart.run.code).toBe(2);
    expect(notChart.run.stderr.join('')).toMatch(/fixtures\/kubernetes\/payments-debug: is not a Helm chart folder \(no Chart\.yaml\)/);
    expect(existsSync(failed.out) || existsSync(notChart.out)).toBe(false);
  });
});
