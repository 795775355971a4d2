import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { STATUSES, type Finding, type Status } from '../../src/engine/finding.ts';
import { workDir } from '../cli/run-main.ts';
import { fakeCredential } from '../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes, kubernetesVersions } from '../helpers/fake-arm/routes-enrichment.ts';
import { estateRoutes, exportedBodies, graphEstate } from '../helpers/fake-arm/routes-estate.ts';
import { inventoryRoutes } from '../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm, type FakeArmRequest } from '../helpers/fake-arm/server.ts';
import { readJsonReport } from '../helpers/report.ts';

/**
 * Four estates modelled on the platforms the guidance comes from (fixtures/platforms: a dedicated
 * SaaS install, a multi-region SaaS, a small web app, a private GitOps setup), each written as an
 * ARM export, served live by the fake ARM, and configured in Terraform, must get the verdicts in
 * its expected.yaml from every form, on the most specific resource.
 */

const KINDS = ['dedicated-saas', 'multi-region-saas', 'small-webapp', 'private-gitops'] as const;
const FORMS = ['arm', 'live', 'tf'] as const;
type Kind = (typeof KINDS)[number];
type Form = (typeof FORMS)[number];
const AS_OF = '2026-12-01';
const root = (kind: Kind) => join('fixtures/platforms', kind);

interface Expectation {
  kind: Kind;
  form: Form;
  rule: string;
  resource: string;
  status: Status;
}

type PerForm = Status | (Partial<Record<Form, Status>> & { why: string });

function expectationsOf(kind: Kind): Expectation[] {
  const { rules } = parse(readFileSync(join(root(kind), 'expected.yaml'), 'utf8')) as { rules: Record<string, Record<string, PerForm>> };
  return Object.entries(rules).flatMap(([rule, resources]) =>
    Object.entries(resources).flatMap(([resource, verdict]) =>
      FORMS.map((form) => {
        const status = typeof verdict === 'string' ? verdict : verdict[form];
        if (!status || !STATUSES.includes(status)) throw new Error(`${kind}/expected.yaml: ${rule} on ${resource} gives no verdict for ${form}`);
        return { kind, form, rule, resource, status };
      }),
    ),
  );
}

interface Scan {
  code: number;
  stderr: string[];
  findings: Finding[];
  /** Requests of the live form no route of the fake ARM answered. */
  unmatched: FakeArmRequest[];
}

const scans = new Map<string, Scan>();

/** Where an in-cluster state is modelled, its manifests are read with every form, in the estate's one cluster. */
function manifestArgs(kind: Kind): string[] {
  const dir = join(root(kind), 'kubernetes');
  if (!existsSync(dir)) return [];
  const cluster = exportedBodies(join(root(kind), 'arm/estate.json')).find((b) => String(b.type).toLowerCase() === 'microsoft.containerservice/managedclusters');
  return ['--manifests', `${dir}=${String(cluster?.name)}`];
}

async function scan(kind: Kind, form: Form): Promise<Scan> {
  const out = workDir();
  const common = ['--out', out, '--format', 'json', '--fail-on', 'none', '--as-of', AS_OF, '--quiet', ...manifestArgs(kind)];
  const stderr: string[] = [];
  const run = async (argv: string[], hooks?: Parameters<typeof main>[3]) => main(['scan', ...argv, ...common], () => {}, (s) => stderr.push(s), hooks);
  let code: number;
  let unmatched: FakeArmRequest[] = [];
  if (form === 'live') {
    const bodies = exportedBodies(join(root(kind), 'arm/estate.json'));
    const subscription = String(bodies[0]!.id).split('/')[2]!;
    const locations = new Set(bodies.filter((b) => String(b.type).toLowerCase() === 'microsoft.containerservice/managedclusters').map((b) => String(b.location)));
    // The versions AKS offered in December 2026, for each region with a cluster.
    const versions = Object.fromEntries([...locations].map((loc) => [`/subscriptions/${subscription}/providers/Microsoft.ContainerService/locations/${loc}/kubernetesVersions`, { body: kubernetesVersions({ '1.33': ['KubernetesOfficial', 'AKSLongTermSupport'], '1.34': ['KubernetesOfficial'], '1.35': ['KubernetesOfficial'] }, { default: '1.34' }) }]));
    const arm = await startFakeArm([...inventoryRoutes(graphEstate(bodies, subscription, kind)), ...enrichmentRoutes({ answers: versions }), ...estateRoutes(bodies)]);
    try {
      code = await run(['--subscription', subscription, '--arm-endpoint', arm.url], { azure: { credential: fakeCredential(), tlsCa: arm.ca, retry: { maxRetries: 0, retryDelayInMs: 5, maxRetryDelayInMs: 5 } } });
      unmatched = arm.unmatched;
    } finally {
      await arm.close();
    }
  } else {
    code = await run(form === 'arm' ? ['--input', join(root(kind), 'arm')] : ['--terraform', join(root(kind), 'tf')]);
  }
  const report = join(out, 'aks-audit.json');
  return { code, stderr, unmatched, findings: existsSync(report) ? readJsonReport(report).findings : [] };
}

beforeAll(async () => {
  for (const kind of KINDS) for (const form of FORMS) scans.set(`${kind} ${form}`, await scan(kind, form));
}, 60_000);

/**
 * Whether a finding is about the resource an expectation names: `name`, or `owner/…/name` for a
 * child (a pool, a database). Terraform names resources by address, so the owner is also matched
 * as the parent's name.
 */
function about(f: Finding, resource: string): boolean {
  const path = resource.toLowerCase();
  const segments = path.split('/');
  const id = f.resource.id.toLowerCase();
  if (id.endsWith(`/${path}`)) return true;
  if (f.resource.name.toLowerCase() !== segments.at(-1)) return false;
  return segments.length === 1 || f.resource.parent?.name.toLowerCase() === segments[0] || id.includes(`/${segments[0]}/`);
}

/** The least favourable verdict of a rule on a resource (a rule may judge one resource in parts), or none. */
function verdict(findings: Finding[], rule: string, resource: string): Status | 'no finding' {
  const found = findings.filter((f) => f.ruleId === rule && about(f, resource)).map((f) => f.status);
  return found.length ? found.reduce((a, b) => (STATUSES.indexOf(b) < STATUSES.indexOf(a) ? b : a)) : 'no finding';
}

describe.each(KINDS)('the %s estate', (kind) => {
  it.each(FORMS)('as %s: scans without error and, live, the fake ARM answered every request', (form) => {
    const run = scans.get(`${kind} ${form}`)!;
    expect(run.stderr, form).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.unmatched.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it.each(expectationsOf(kind).map((e) => [`${e.form}: ${e.rule} on ${e.resource} is ${e.status}`, e] as const))('%s', (_, e) => {
    expect(verdict(scans.get(`${kind} ${e.form}`)!.findings, e.rule, e.resource)).toBe(e.status);
  });
});
