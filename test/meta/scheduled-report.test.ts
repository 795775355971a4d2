import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseScanArgs, type ScanOptions } from '../../src/cli/args.ts';
import { ENTRA_TOKEN_EXCHANGE } from '../../src/collectors/azure/github-oidc-credential.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { readConfig } from '../../src/policy/config-file.ts';
import { shapeProblems } from '../helpers/kubernetes-shape.ts';
import { manifestDocuments, MANIFEST, SCAN_OPTIONS, WORKFLOW, type Manifest } from '../helpers/scheduled-report.ts';

/**
 * The two ways the README sets up the scheduled compliance report, deploy/kubernetes/scheduled-report.yaml
 * (a CronJob) and examples/scheduled-compliance-report.yml (a GitHub workflow), are checked as
 * what they are: the scan they run passes only options `scan --help` lists, each with its value;
 * the run cannot be green when nothing, or not everything, was read; no two runs overlap; the
 * history one run writes is the history the next reads; and they sign in without a secret.
 */

/** The scan's own parser on a command line: it refuses a bad value (`--credential`, `--deadline`, `--format`...). */
function parseScan(argv: readonly string[]): ScanOptions {
  return parseScanArgs(argv.slice(1), new Date());
}

/** The options of one `aks-audit scan` command line, each with its values, and what is wrong with it: an option `scan --help` does not list, a value missing. */
function scanOptions(argv: readonly string[]): { options: Map<string, string[]>; problems: string[] } {
  const options = new Map<string, string[]>();
  const problems = argv[0] === 'scan' ? [] : [`${argv[0]} is not scan`];
  for (let i = 1; i < argv.length; i++) {
    const option = argv[i]!;
    const takesValue = SCAN_OPTIONS.get(option);
    if (takesValue === undefined) problems.push(`${option} is not in scan --help`);
    const value = takesValue ? argv[++i] : '';
    if (takesValue && (value === undefined || value.startsWith('-'))) problems.push(`${option} has no value`);
    options.set(option, [...(options.get(option) ?? []), value ?? '']);
  }
  return { options, problems };
}

/** What makes a scheduled run red whenever its report cannot be trusted. */
function expectNeverGreenUnread(options: Map<string, string[]>): void {
  expect(options.has('--fail-on-incomplete'), 'a source not fully read fails the run').toBe(true);
  expect(options.has('--allow-empty'), 'a run that read nothing exits 3').toBe(false);
  expect(options.get('--framework')).toEqual(['cis-aks', 'mcsb']);
  expect(options.get('--history')).toHaveLength(1);
}

const parsed = manifestDocuments();
const manifests = parsed.map((d) => d.toJS() as Manifest);
const one = (kind: string) => manifests.filter((m) => m.kind === kind);

interface Container {
  name: string;
  image: string;
  args: string[];
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  securityContext: { allowPrivilegeEscalation: boolean; readOnlyRootFilesystem: boolean; capabilities: { drop: string[] } };
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  serviceAccountName: string;
  automountServiceAccountToken: boolean;
  restartPolicy: string;
  securityContext: { runAsNonRoot: boolean; runAsUser: number; seccompProfile: { type: string } };
  containers: Container[];
  volumes: { name: string; configMap?: { name: string }; persistentVolumeClaim?: { claimName: string }; emptyDir?: object }[];
}
interface CronJob {
  schedule: string;
  timeZone?: string;
  concurrencyPolicy: string;
  jobTemplate: { spec: { backoffLimit: number; activeDeadlineSeconds: number; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } } };
}

const cronJob = one('CronJob')[0]!;
const job = (cronJob.spec as CronJob).jobTemplate.spec;
const pod = job.template.spec;
const container = pod.containers[0]!;
const { options, problems } = scanOptions(container.args);

/** A path given to the scan, inside the volume mounted at or above it. */
function mountOf(path: string): { mount: Container['volumeMounts'][number]; volume: PodSpec['volumes'][number] } {
  const mount = container.volumeMounts.find((m) => path === m.mountPath || path.startsWith(`${m.mountPath}/`));
  expect(mount, `${path} is on no volume (the root file system is read-only)`).toBeDefined();
  const volume = pod.volumes.find((v) => v.name === mount!.name);
  expect(volume, `volume ${mount!.name}`).toBeDefined();
  return { mount: mount!, volume: volume! };
}

const CRON = /^(\S+ ){4}\S+$/;

describe(`${MANIFEST} (kubectl apply)`, () => {
  it('parses, and each object is a kind the API server has, in the aks-audit namespace', () => {
    expect(parsed.flatMap((d) => d.errors)).toEqual([]);
    const kinds = { Namespace: 'v1', ServiceAccount: 'v1', ConfigMap: 'v1', PersistentVolumeClaim: 'v1', CronJob: 'batch/v1' } as Record<string, string>;
    expect(manifests.map((m) => m.kind).sort()).toEqual(Object.keys(kinds).sort());
    for (const m of manifests) {
      expect(m.apiVersion, m.kind).toBe(kinds[m.kind]);
      expect(m.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(m.metadata.namespace ?? m.metadata.name, m.kind).toBe('aks-audit');
    }
  });

  it('matches the Kubernetes API types field for field, as the other manifests of deploy/kubernetes do', () => {
    for (const file of readdirSync('deploy/kubernetes').filter((f) => f.endsWith('.yaml'))) {
      for (const doc of parseAllDocuments(readFileSync(join('deploy/kubernetes', file), 'utf8'))) expect(shapeProblems(doc.toJS() as Manifest), file).toEqual([]);
    }
    // What that check is for: a misspelt field, which the API server drops or refuses, and a value of the wrong type.
    const broken = structuredClone(cronJob) as Manifest & { spec: Record<string, unknown> & CronJob };
    broken.spec.concurrentPolicy = 'Forbid';
    (broken.spec.jobTemplate.spec as unknown as Record<string, unknown>).activeDeadlineSeconds = '5400';
    expect(shapeProblems(broken)).toEqual(['CronJob.spec.jobTemplate.spec.activeDeadlineSeconds: "5400" is not number', 'CronJob.spec.concurrentPolicy: V1CronJobSpec has no such field']);
  });

  it('runs weekly, never two runs at once, and a failed run is not retried into a second history record', () => {
    const spec = cronJob.spec as CronJob;
    expect(spec.schedule).toMatch(CRON);
    expect(spec.concurrencyPolicy).toBe('Forbid');
    expect(job.backoffLimit).toBe(0);
    expect(pod.restartPolicy).toBe('Never');
    // The pod is stopped only after the scan's own deadline has ended its reads and written the reports.
    expect(job.activeDeadlineSeconds).toBeGreaterThan(Number(options.get('--deadline')![0]) + 600);
  });

  it('signs in with workload identity as the service account that carries the client id, with no Kubernetes token', () => {
    expect(job.template.metadata.labels['azure.workload.identity/use']).toBe('true');
    const account = one('ServiceAccount').find((s) => s.metadata.name === pod.serviceAccountName)!;
    expect(account.metadata.annotations!['azure.workload.identity/client-id']).toBe('AKS_AUDIT_CLIENT_ID');
    expect([account.automountServiceAccountToken, pod.automountServiceAccountToken]).toEqual([false, false]);
    expect(options.get('--credential')).toEqual(['workload-identity']);
  });

  it("is trusted by deploy/azure's federated credential for exactly that service account", () => {
    const federated = JSON.parse(readFileSync('deploy/azure/aks-workload-identity-federated-credential.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(federated).sort()).toEqual(['audiences', 'description', 'issuer', 'name', 'subject']);
    expect(federated.subject).toBe(`system:serviceaccount:${cronJob.metadata.namespace}:${pod.serviceAccountName}`);
    expect(federated.audiences).toEqual([ENTRA_TOKEN_EXCHANGE]);
  });

  it('runs as non-root with a read-only root file system, no privilege escalation, no capability, and bounded resources', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    for (const resource of ['cpu', 'memory']) {
      expect(container.resources.requests[resource], resource).toBeDefined();
      expect(container.resources.limits[resource], resource).toBeDefined();
    }
    expect(container.image).toBe('ghcr.io/OWNER/aks-audit:VERSION');
  });

  it('passes the scan only options scan --help lists, and cannot be green when nothing or not everything was read', () => {
    expect(problems).toEqual([]);
    expectNeverGreenUnread(options);
    expect(parseScan(container.args)).toMatchObject({ azure: { allSubscriptions: true, credential: 'workload-identity' }, aksInCluster: {}, failOn: 'none', failOnIncomplete: true, deadlineSeconds: 3600 });
  });

  it('writes the history and the reports on its persistent volume, and reads the config from its ConfigMap', () => {
    for (const path of [options.get('--history')![0]!, options.get('--out')![0]!]) {
      const { mount, volume } = mountOf(path);
      expect(mount.readOnly ?? false, path).toBe(false);
      expect(one('PersistentVolumeClaim').map((c) => c.metadata.name)).toContain(volume.persistentVolumeClaim?.claimName);
    }
    const config = options.get('--config')![0]!;
    const { mount, volume } = mountOf(config);
    expect(mount.readOnly).toBe(true);
    const map = one('ConfigMap').find((c) => c.metadata.name === volume.configMap?.name)!;
    expect(Object.keys(map.data as object)).toEqual([posix.relative(mount.mountPath, config)]);
  });

  it("holds a config file aks-audit's own loader accepts", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-deploy-')), 'aks-audit.yaml');
    writeFileSync(file, (one('ConfigMap')[0]!.data as Record<string, string>)['aks-audit.yaml']!);
    expect(readConfig(file, loadCatalogue())).toMatchObject({ extends: 'recommended' });
  });
});

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  shell?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { environment: string; env: Record<string, string>; steps: Step[] }>;
}

const workflowText = readFileSync(WORKFLOW, 'utf8');
const workflow = parse(workflowText) as Workflow;
const [report] = Object.values(workflow.jobs);
const steps = report!.steps;

/** The `aks-audit scan` command of a step's script: its words from `scan`, line continuations joined, up to a redirection or pipe. */
function scanCommand(): string[] {
  const scripts = steps.map((s) => s.run ?? '').filter((run) => /aks-audit@\S+ scan/.test(run));
  expect(scripts).toHaveLength(1);
  const line = scripts[0]!.replace(/\\\n/g, ' ').split('\n').find((l) => l.includes(' scan '))!;
  const words = line.split(/ \d?>| \|/)[0]!.trim().split(/\s+/);
  return words.slice(words.indexOf('scan'));
}

const upload = (name: string) => steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === name);

describe(`${WORKFLOW} (a scheduled GitHub workflow)`, () => {
  const { options: scan, problems: scanProblems } = scanOptions(scanCommand());

  it('runs on a schedule and by hand, never two at once, and a run due while another goes waits instead of cancelling it', () => {
    expect(workflow.on.schedule.map((s) => s.cron)).toEqual([expect.stringMatching(CRON)]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency).toEqual({ group: expect.any(String), 'cancel-in-progress': false });
  });

  it('signs in with GitHub OIDC in the environment the federated credential trusts, with no secret and no write permission', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write', actions: 'read' });
    const federated = JSON.parse(readFileSync('deploy/azure/github-oidc-federated-credential.json', 'utf8')) as { subject: string };
    expect(federated.subject).toBe(`repo:OWNER/REPOSITORY:environment:${report!.environment}`);
    expect(report!.env).toEqual({ AZURE_CLIENT_ID: '${{ vars.AZURE_CLIENT_ID }}', AZURE_TENANT_ID: '${{ vars.AZURE_TENANT_ID }}' });
    expect(workflowText).not.toMatch(/secrets\./);
  });

  it('passes the scan only options scan --help lists, from a pinned release, and cannot be green when nothing or not everything was read', () => {
    expect(scanProblems).toEqual([]);
    expectNeverGreenUnread(scan);
    expect(parseScan(scanCommand())).toMatchObject({ azure: { allSubscriptions: true, credential: 'default' }, aksInCluster: {}, failOn: 'none', failOnIncomplete: true });
    expect(steps.find((s) => s.run?.includes(' scan '))!.shell).toBe('bash'); // -o pipefail: tee does not hide the exit code
    expect(workflowText).toMatch(/npx --yes aks-audit@\d+\.\d+\.\d+ scan/);
  });

  it('downloads the history the last run uploaded into the folder the scan keeps it in, and uploads it again, whatever the exit code', () => {
    const folder = scan.get('--history')![0]!;
    const fetch = steps.find((s) => s.run?.includes('gh run download'))!;
    expect(fetch.run).toContain(`--name aks-audit-history --dir ${folder}`);
    expect(upload('aks-audit-history')).toMatchObject({ if: '${{ !cancelled() }}', with: { path: folder } });
    expect(steps.indexOf(fetch)).toBeLessThan(steps.findIndex((s) => s.run?.includes(' scan ')));
  });

  it('publishes the reports as an artifact, whatever the exit code', () => {
    expect(upload('aks-audit-report')).toMatchObject({ if: '${{ !cancelled() }}', with: { path: scan.get('--out')![0] } });
  });

  it('pins every action to a major version or a commit, and every script is valid bash', () => {
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@(v\d+|[0-9a-f]{40})$/);
    for (const step of steps.filter((s) => s.run)) {
      const check = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
      expect(check.stderr, step.name).toBe('');
      expect(check.status, step.name).toBe(0);
    }
  });
});

describe('README: Scheduled compliance report', () => {
  const section = readFileSync('README.md', 'utf8').split('\n## Scheduled compliance report\n')[1]?.split('\n## ')[0] ?? '';

  it('points to both setups and names each placeholder the manifest holds', () => {
    for (const text of [MANIFEST, WORKFLOW, 'ghcr.io/OWNER/aks-audit:VERSION', 'AKS_AUDIT_CLIENT_ID', 'deploy/azure/aks-workload-identity-federated-credential.json']) expect(section).toContain(text);
  });
});
