import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../../src/engine/finding.ts';
import { runMain, workDir } from '../cli/run-main.ts';
import { readJsonReport } from '../helpers/report.ts';

/**
 * One estate written three ways (fixtures/same-estate: an ARM export, its Terraform configuration,
 * and plans of it with azurerm 3, 4 and 5 names) must get the same verdict from every rule whose
 * data all of them hold. The rules Terraform cannot judge as ARM does are listed with why.
 */
const FORMS = {
  arm: ['--input', 'fixtures/same-estate/arm'],
  tf: ['--terraform', 'fixtures/same-estate/tf'],
  'plan-v3': ['--terraform', 'fixtures/same-estate/plan-v3.json'],
  'plan-v4': ['--terraform', 'fixtures/same-estate/plan-v4.json'],
  'plan-v5': ['--terraform', 'fixtures/same-estate/plan-v5.json'],
} as const;
type Form = keyof typeof FORMS;

/** Rules whose data an ARM export, a configuration and a plan all hold. */
const AGREED = [
  'acr-admin-user-disabled', 'acr-anonymous-pull-disabled', 'acr-public-access-restricted',
  'aks-api-server-access-restricted', 'aks-audit-logs-enabled', 'aks-auto-upgrade-channel-set', 'aks-availability-zones',
  'aks-azure-policy-addon-enabled', 'aks-azure-rbac-enabled', 'aks-container-insights-enabled', 'aks-defender-for-containers-enabled',
  'aks-entra-id-integration', 'aks-host-encryption-enabled', 'aks-http-application-routing-disabled', 'aks-keyvault-secrets-provider-enabled',
  'aks-kms-secrets-encryption-enabled', 'aks-kubernetes-rbac-enabled', 'aks-local-accounts-disabled', 'aks-managed-identity',
  'aks-network-policy-configured', 'aks-node-os-upgrade-channel-set', 'aks-node-public-ip-disabled', 'aks-system-pool-min-nodes',
  'aks-uptime-sla-enabled', 'aks-user-pool-autoscaling', 'aks-workload-identity-enabled', 'aks-dashboard-addon-disabled', 'aks-pod-identity-disabled',
  'defender-plans-enabled', 'defender-security-contact',
  'keyvault-access-policies-least-privilege', 'keyvault-audit-logs-enabled', 'keyvault-private-endpoint', 'keyvault-public-network-restricted',
  'keyvault-purge-protection-enabled', 'keyvault-rbac-authorization', 'keyvault-soft-delete-enabled',
  'network-aks-egress-controlled', 'network-aks-subnet-nsg', 'network-nsg-internet-inbound-restricted', 'network-nsg-management-ports-closed',
  'platform-private-connectivity',
  'postgresql-backup-retention', 'postgresql-geo-redundant-backup', 'postgresql-public-access-restricted', 'postgresql-secure-transport',
  'redis-min-tls', 'redis-non-tls-port-disabled', 'redis-public-access-disabled',
  'storage-blob-anonymous-access-disabled', 'storage-geo-replicated', 'storage-public-access-restricted', 'storage-secure-transfer',
  'storage-shared-key-access-disabled',
];

/** Rules some forms cannot judge as the export does, the verdict each gives, and why. */
const DIFFERING: Record<string, { expected: Partial<Record<Form, Status>>; why: string }> = {
  'postgresql-entra-auth': { expected: { arm: 'unknown', tf: 'fail', 'plan-v4': 'fail' }, why: 'the export does not carry the server\'s administrators; the configuration declares none' },
  'redis-access-key-auth-disabled': { expected: { arm: 'fail', tf: 'fail', 'plan-v3': 'fail', 'plan-v4': 'fail', 'plan-v5': 'fail' }, why: 'v3 has no attribute, and keys are accepted by default in every version' },
  'network-aks-node-public-ips': { expected: { arm: 'fail', tf: 'unknown', 'plan-v4': 'unknown' }, why: 'the public IPs AKS puts on nodes are not in a Terraform configuration' },
};

type Verdicts = Map<string, Status>;
const verdicts = {} as Record<Form, Verdicts>;

/** The least favourable status per rule and resource (a rule may judge one resource in parts). */
function verdictsOf(file: string): Verdicts {
  const report = readJsonReport(file);
  const out: Verdicts = new Map();
  for (const f of report.findings) {
    // Subscriptions are named alike by every form: Terraform's from its provider block's subscription_id.
    const key = `${f.ruleId} ${f.resource.name}`;
    const before = out.get(key);
    if (before === undefined || STATUSES.indexOf(f.status) < STATUSES.indexOf(before)) out.set(key, f.status);
  }
  return out;
}

beforeAll(async () => {
  for (const [form, args] of Object.entries(FORMS) as [Form, readonly string[]][]) {
    const out = workDir();
    const run = await runMain('scan', ...args, '--out', out, '--format', 'json', '--fail-on', 'none', '--as-of', '2026-11-22', '--quiet');
    expect(run.stderr, form).toEqual([]);
    verdicts[form] = verdictsOf(join(out, 'aks-audit.json'));
  }
}, 120_000);

describe('the same estate as an ARM export, a Terraform configuration and plans for azurerm 3, 4 and 5', () => {
  it.each(AGREED)('%s gives every form the same verdicts', (rule) => {
    const of = (form: Form) => Object.fromEntries([...verdicts[form]].filter(([key]) => key === rule || key.startsWith(`${rule} `)));
    const arm = of('arm');
    expect(Object.keys(arm).length, 'the ARM export is judged').toBeGreaterThan(0);
    for (const form of Object.keys(FORMS) as Form[]) expect(of(form), form).toEqual(arm);
  });

  it.each(Object.entries(DIFFERING))('%s differs as documented', (rule, { expected }) => {
    for (const [form, status] of Object.entries(expected) as [Form, Status][]) {
      const found = [...verdicts[form]].filter(([key]) => key.startsWith(`${rule} `)).map(([, s]) => s);
      expect(found, form).toContain(status);
    }
  });
});
