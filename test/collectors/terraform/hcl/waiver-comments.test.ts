import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../../src/collectors/files/expand-inputs.ts';
import { collectTerraform } from '../../../../src/collectors/terraform/collect.ts';
import { readTerraformConfiguration } from '../../../../src/collectors/terraform/hcl/read-configuration.ts';
import type { TfResource } from '../../../../src/collectors/terraform/model.ts';

const FOLDER = 'test/fixtures/terraform/configurations/waivers';
const MAIN = `${FOLDER}/main.tf`;

const lines = readFileSync(MAIN, 'utf8').split('\n');
/** The 1-based line of the first line holding `text`. */
const lineOf = (text: string): number => lines.findIndex((l) => l.includes(text)) + 1;

function byAddress(resources: TfResource[], address: string): TfResource {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address}`);
  return found;
}

describe('waiver comments in .tf files', () => {
  it('gives each resource the waivers directly above its block and inside it, with file and line', async () => {
    const { resources } = await readTerraformConfiguration(FOLDER, 'terraform:waivers');
    const cluster = byAddress(resources, 'azurerm_kubernetes_cluster.payments');
    expect(cluster.inlineWaivers).toEqual([
      expect.objectContaining({ kind: 'terraform', ruleId: 'aks-api-server-access-restricted', owner: 'team-payments', expires: '2027-03-31', ticket: 'SEC-481', file: MAIN, line: lineOf('# aks-audit:waive aks-api-server-access-restricted') }),
      expect.objectContaining({ ruleId: 'aks-local-accounts-disabled', reason: 'Break-glass kubeconfig for the on-call rota', file: MAIN, line: lineOf('// aks-audit:waive aks-local-accounts-disabled') }),
    ]);
    expect(cluster.inlineWaivers!.every((w) => w.problem === undefined)).toBe(true);
  });

  it('takes a comment on the block\'s first line as inside it, and reads a waiver without a reason with its problem', async () => {
    const { resources } = await readTerraformConfiguration(FOLDER, 'terraform:waivers');
    expect(byAddress(resources, 'azurerm_kubernetes_cluster_node_pool.batch').inlineWaivers).toEqual([expect.objectContaining({ ruleId: 'aks-node-public-ip-disabled', line: lineOf('"batch" { # aks-audit:waive') })]);
    expect(byAddress(resources, 'azurerm_kubernetes_cluster_node_pool.spot').inlineWaivers).toEqual([
      expect.objectContaining({ ruleId: 'aks-availability-zones', reason: null, problem: 'no reason: a waiver says why the risk is accepted', line: lineOf('aks-audit:waive aks-availability-zones') }),
    ]);
  });

  it('leaves a comment separated from the next block by a blank line, and blocks without waivers, alone', async () => {
    const { resources } = await readTerraformConfiguration(FOLDER, 'terraform:waivers');
    expect(resources.flatMap((r) => r.inlineWaivers ?? []).some((w) => w.ruleId === 'aks-uptime-sla-enabled')).toBe(false);
    expect(byAddress(resources, 'azurerm_resource_group.payments').inlineWaivers).toBeUndefined();
  });

  it('applies the comments of the .tf files beside a plan to the plan\'s instances', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-waivers-'));
    for (const name of readdirSync('fixtures/same-estate/tf')) copyFileSync(join('fixtures/same-estate/tf', name), join(dir, name));
    copyFileSync('fixtures/same-estate/plan-v4.json', join(dir, 'plan.json'));
    const tf = join(dir, 'aks.tf');
    const comment = '# aks-audit:waive aks-node-public-ip-disabled reason="Partner SFTP allow-lists node IPs" owner=team-apps expires=2027-01-31';
    const text = readFileSync(tf, 'utf8').replace('resource "azurerm_kubernetes_cluster_node_pool" "apps" {', `${comment}\nresource "azurerm_kubernetes_cluster_node_pool" "apps" {`);
    writeFileSync(tf, text);
    const { reads } = await collectTerraform([join(dir, 'plan.json')]);
    const pool = byAddress(reads[0]!.resources, 'azurerm_kubernetes_cluster_node_pool.apps');
    expect(pool.inlineWaivers).toEqual([expect.objectContaining({ ruleId: 'aks-node-public-ip-disabled', owner: 'team-apps', file: displayPath(tf), line: text.split('\n').indexOf(comment) + 1 })]);
  });
});
