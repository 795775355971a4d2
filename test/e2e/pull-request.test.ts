import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain, workDir } from '../cli/run-main.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';

/**
 * The pull-request gate on a realistic infrastructure repository (fixtures/pr-repo: a Terraform
 * configuration with a local and a registry module, count, for_each, a dynamic block, variables
 * and tfvars, and the rendered manifests of the same change): SARIF that GitHub accepts, every
 * result at a file and line of the repository, on the line that carries the setting.
 */
const REPO = 'fixtures/pr-repo';
let log: Log;
let exitCode: number;

beforeAll(async () => {
  const out = workDir();
  const run = await runMain('scan', '--terraform', `${REPO}/infra`, '--manifests', `${REPO}/k8s`, '--format', 'sarif', '--out', out, '--as-of', '2026-11-22', '--quiet');
  exitCode = run.code;
  log = JSON.parse(readFileSync(join(out, 'aks-audit.sarif'), 'utf8')) as Log;
}, 60_000);

const results = (): Result[] => log.runs[0]!.results ?? [];
const at = (r: Result) => {
  const physical = r.locations![0]!.physicalLocation!;
  return { file: physical.artifactLocation!.uri!, line: physical.region!.startLine! };
};
/** The line of the first line of `file` matching `pattern`. */
const lineOf = (file: string, pattern: RegExp) => readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;

describe('scan --terraform infra/ --manifests k8s/ --format sarif on a pull request', () => {
  it('fails the gate, with SARIF GitHub code scanning accepts', () => {
    expect(exitCode).toBe(1);
    expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
  });

  it('places every result at a line of a repository file, which GitHub can put on the diff', () => {
    expect(results().length).toBeGreaterThan(20);
    for (const r of results()) {
      const { file, line } = at(r);
      expect(file, r.ruleId).toMatch(new RegExp(`^${REPO}/(infra|k8s)/`));
      expect(line, `${r.ruleId} ${file}`).toBeLessThanOrEqual(readFileSync(file, 'utf8').split('\n').length);
    }
  });

  it('points a setting stated in the configuration at its attribute, in the module file that holds it', () => {
    const publicIp = results().find((r) => r.ruleId === 'aks-node-public-ip-disabled')!;
    expect(at(publicIp)).toEqual({ file: `${REPO}/infra/aks.tf`, line: lineOf(`${REPO}/infra/aks.tf`, /node_public_ip_enabled\s*=\s*true/) });
    const acr = results().find((r) => r.ruleId === 'acr-admin-user-disabled')!;
    expect(at(acr)).toEqual({ file: `${REPO}/infra/main.tf`, line: lineOf(`${REPO}/infra/main.tf`, /admin_enabled\s*=\s*true/) });
    const kms = results().find((r) => r.ruleId === 'aks-kms-secrets-encryption-enabled')!;
    expect(at(kms).file).toBe(`${REPO}/infra/modules/aks-cluster/main.tf`);
  });

  it('finds the deliberate mistakes of the change, Terraform and Kubernetes alike', () => {
    const failed = new Set(results().map((r) => r.ruleId));
    for (const rule of ['network-nsg-management-ports-closed', 'aks-node-public-ip-disabled', 'aks-host-encryption-enabled', 'acr-admin-user-disabled', 'redis-non-tls-port-disabled', 'postgresql-public-access-restricted', 'sql-public-access-restricted', 'mysql-geo-redundant-backup', 'k8s-not-privileged', 'k8s-host-path-mounts']) {
      expect(failed, rule).toContain(rule);
    }
    const privileged = results().find((r) => r.ruleId === 'k8s-not-privileged')!;
    expect(at(privileged).file).toBe(`${REPO}/k8s/deployment-node-debugger.yaml`);
  });

  it('counts the azurerm types no adapter reads, as it counts ARM types, rather than dropping them', async () => {
    const out = workDir();
    await runMain('scan', '--terraform', `${REPO}/infra`, '--format', 'json', '--out', out, '--fail-on', 'none', '--quiet');
    const report = JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as { unrecognized: { type: string; count: number }[] };
    expect(report.unrecognized).toContainEqual({ type: 'azurerm_resource_group', count: 1 });
  });
});
