import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs, SCAN_USAGE } from '../../../src/cli/args.ts';
import { parseAddress, configurationAddress } from '../../../src/collectors/terraform/address.ts';
import { collectTerraform } from '../../../src/collectors/terraform/collect.ts';
import type { BlockLocation } from '../../../src/collectors/terraform/model.ts';
import { locateInConfiguration } from '../../../src/collectors/terraform/plan-locations.ts';
import { readPlanFile } from '../../../src/collectors/terraform/read-plan.ts';
import type { Snapshot } from '../../../src/state/snapshot.ts';
import { UsageError } from '../../../src/engine/errors.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

const PLANS = 'test/fixtures/terraform/plans';
const V3 = `${PLANS}/aks-v3.plan.json`;
const V4 = `${PLANS}/aks-v4.plan.json`;
const NONE = `${PLANS}/no-azurerm.plan.json`;
const NOW = new Date('2026-11-22T00:00:00Z');

describe('--terraform', () => {
  it('is repeatable, combines with the other sources, not with a snapshot, and is in the help', () => {
    expect(parseScanArgs(['--terraform', V3, '--terraform', 'infra/', '--input', 'x.json', '--manifests', 'k8s'], NOW)).toMatchObject({ terraform: [V3, 'infra/'], inputs: ['x.json'], manifests: [{ path: 'k8s' }] });
    expect(parseScanArgs(['--terraform', V3], NOW).terraform).toEqual([V3]);
    expect(() => parseScanArgs(['--terraform', V3, '--snapshot', 's.json'], NOW)).toThrow(UsageError);
    expect(SCAN_USAGE).toMatch(/--terraform <path> +a Terraform plan's JSON/);
  });

  it('reads each plan as a source, counting azurerm resources and the other managed types as unrecognized', async () => {
    const { reads, sources, unrecognized } = await collectTerraform([V3, NONE]);
    const resources = reads.flatMap((r) => r.resources);
    expect(sources).toEqual([
      { id: `terraform:${V3}`, kind: 'terraform', target: V3, status: 'ok', resources: 15 - 1 },
      { id: `terraform:${NONE}`, kind: 'terraform', target: NONE, status: 'ok', resources: 0 },
    ]);
    expect(resources.every((r) => r.type.startsWith('azurerm_'))).toBe(true);
    expect(unrecognized).toEqual([
      { type: 'random_password', count: 1 },
      { type: 'random_pet', count: 1 },
      { type: 'azapi_resource', count: 1 },
    ]);
  });

  it('hands a configuration to the .tf reader, a part it could not read making the source partial', async () => {
    const seen: string[] = [];
    const read = await collectTerraform([PLANS], { readConfiguration: (path, source) => (seen.push(`${path} as ${source}`), Promise.resolve({ resources: [], azurerm: {}, partial: { code: 'remote-module', message: 'module.x is in a registry' } })) });
    expect(seen).toEqual([`${PLANS} as terraform:${PLANS}`]);
    expect(read.sources).toEqual([{ id: `terraform:${PLANS}`, kind: 'terraform', target: PLANS, status: 'partial', code: 'remote-module', message: 'module.x is in a registry', resources: 0 }]);
  });

  it('places a plan\'s instances at their blocks when the configuration it was made from is beside it, and takes the locked azurerm version', async () => {
    const dir = workDir();
    for (const name of readdirSync('fixtures/same-estate/tf')) copyFileSync(join('fixtures/same-estate/tf', name), join(dir, name));
    copyFileSync('fixtures/same-estate/plan-v4.json', join(dir, 'plan.json'));
    writeFileSync(join(dir, '.terraform.lock.hcl'), 'provider "registry.terraform.io/hashicorp/azurerm" {\n  version     = "4.20.0"\n  constraints = "~> 4.20"\n}\n');
    const { reads } = await collectTerraform([join(dir, 'plan.json')]);
    expect(reads[0]!.azurerm).toEqual({ constraint: expect.any(String), locked: '4.20.0' });
    const pool = reads[0]!.resources.find((r) => r.address === 'azurerm_kubernetes_cluster_node_pool.apps')!;
    const text = readFileSync(join(dir, 'aks.tf'), 'utf8').split('\n');
    expect(pool.file).toBe(join(dir, 'aks.tf').replace(`${process.cwd()}/`, ''));
    expect(text[pool.line - 1]).toMatch(/^resource "azurerm_kubernetes_cluster_node_pool" "apps"/);
    expect(text[pool.lines.node_public_ip_enabled! - 1]).toMatch(/node_public_ip_enabled\s*=/);
  });

  it('takes the azurerm version from the plan\'s provider_config', async () => {
    const { reads } = await collectTerraform([V3, V4]);
    expect(reads.map((r) => r.azurerm.constraint)).toEqual([expect.stringMatching(/^~> ?3|3\./), expect.stringMatching(/4/)]);
  });

  it('scans plans beside ARM inputs, judging their resources, and keeps every secret out of reports and the snapshot', async () => {
    const dir = workDir();
    const run = await runMain('scan', '--terraform', V3, '--terraform', V4, '--input', 'fixtures/inputs/cluster-resource.json', '--out', join(dir, 'out'), '--save-snapshot', join(dir, 'snapshot.json'), '--fail-on', 'none', '--quiet');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')) as Snapshot;
    expect(snapshot.sources.filter((s) => s.kind === 'terraform')).toEqual([
      { id: `terraform:${V3}`, kind: 'terraform', target: V3, status: 'ok', resources: 14 },
      { id: `terraform:${V4}`, kind: 'terraform', target: V4, status: 'ok', resources: 4 },
    ]);
    expect(snapshot.state.clusters.map((c) => c.origin.source)).toEqual(expect.arrayContaining([`terraform:${V3}`, `terraform:${V4}`]));
    const written = [join(dir, 'snapshot.json'), ...readdirSync(join(dir, 'out')).map((f) => join(dir, 'out', f))].map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const secret of ['q2T9xK4mL7vB1nR8sW3eY6uI0oP5aZ2cV9bN4mQ7wE1', '7f1c9a2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4c']) expect(written).not.toContain(secret);
  });

  it('exits 3 on a plan that holds no azurerm resource, as nothing was judged', async () => {
    const dir = workDir();
    const run = await runMain('scan', '--terraform', NONE, '--out', join(dir, 'out'), '--quiet');
    expect(run.code).toBe(3);
  });

  it('exits 2 on a .tf file named on its own that does not parse, naming the place, and writes nothing', async () => {
    const out = join(workDir(), 'out');
    const run = await runMain('scan', '--terraform', 'test/fixtures/terraform/configurations/broken/cluster.tf', '--out', out, '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([expect.stringMatching(/^aks-audit: test\/fixtures\/terraform\/configurations\/broken\/cluster\.tf: line 6, column \d+: invalid HCL: /)]);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a plan it cannot read, naming it', async () => {
    const run = await runMain('scan', '--terraform', 'fixtures/inputs/cluster-resource.json', '--out', join(workDir(), 'out'), '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual(['aks-audit: fixtures/inputs/cluster-resource.json: is not a Terraform plan: no resource_changes or planned_values (give `terraform show -json plan.out`)']);
  });
});

describe('addresses', () => {
  it('parses module paths, instance keys holding dots and brackets, data sources', () => {
    expect(parseAddress('module.envs["prod.weu"].module.aks.azurerm_kubernetes_cluster.main[0]')).toEqual({ module: 'module.envs["prod.weu"].module.aks', mode: 'managed', type: 'azurerm_kubernetes_cluster', name: 'main', index: '[0]' });
    expect(parseAddress('data.azurerm_subnet.nodes["a]b"]')).toEqual({ module: '', mode: 'data', type: 'azurerm_subnet', name: 'nodes', index: '["a]b"]' });
    expect(parseAddress('azurerm_subnet')).toBeUndefined();
    expect(parseAddress('azurerm_subnet.a.id')).toBeUndefined();
    expect(configurationAddress('module.envs["prod.weu"].azurerm_subnet.nodes[3]')).toBe('module.envs.azurerm_subnet.nodes');
  });
});

describe('locations in .tf files beside a plan (the hook for the configuration reader)', () => {
  it('moves each instance to its block, by address without instance keys, and leaves the others in the plan', () => {
    const { resources } = readPlanFile(V3, 's');
    const blocks = new Map<string, BlockLocation>([
      ['module.aks.azurerm_kubernetes_cluster.main', { file: 'infra/modules/aks/main.tf', line: 12, lines: { 'default_node_pool[0].vnet_subnet_id': 30 } }],
      ['azurerm_subnet.endpoints', { file: 'infra/network.tf', line: 40, lines: {} }],
    ]);
    locateInConfiguration(resources, blocks);
    const find = (a: string) => resources.find((r) => r.address === a);
    expect(find('module.aks.azurerm_kubernetes_cluster.main')).toMatchObject({ file: 'infra/modules/aks/main.tf', line: 12, lines: { 'default_node_pool[0].vnet_subnet_id': 30 } });
    expect(find('module.aks.azurerm_kubernetes_cluster.main')).not.toHaveProperty('column');
    expect([find('azurerm_subnet.endpoints[0]')?.line, find('azurerm_subnet.endpoints[1]')?.file]).toEqual([40, 'infra/network.tf']);
    expect(find('azurerm_subnet.nodes')).toMatchObject({ file: V3, column: expect.any(Number) as number });
  });
});
