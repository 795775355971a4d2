/**
 * The generated estate of terraform-plan.ts as a configuration without a plan: one `.tf` file per
 * cluster, its resources written out with their literal values, the joins the rules follow
 * written as references (a pool's subnet, an association's NSG, a diagnostic setting's cluster).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from './clusters.ts';
import { generatedModules } from './terraform-plan.ts';

const REFERENCES: Record<string, Record<string, string>> = {
  azurerm_subnet_network_security_group_association: { subnet_id: 'azurerm_subnet.nodes', network_security_group_id: 'azurerm_network_security_group.spoke' },
  azurerm_subnet_route_table_association: { subnet_id: 'azurerm_subnet.nodes', route_table_id: 'azurerm_route_table.spoke' },
  azurerm_kubernetes_cluster_node_pool: { kubernetes_cluster_id: 'azurerm_kubernetes_cluster.main', vnet_subnet_id: 'azurerm_subnet.nodes' },
  azurerm_postgresql_flexible_server_configuration: { server_id: 'azurerm_postgresql_flexible_server.apps' },
  azurerm_postgresql_flexible_server_firewall_rule: { server_id: 'azurerm_postgresql_flexible_server.apps' },
  azurerm_storage_account_network_rules: { storage_account_id: 'azurerm_storage_account.apps' },
  azurerm_monitor_diagnostic_setting: { target_resource_id: 'azurerm_kubernetes_cluster.main' },
  azurerm_private_endpoint: { subnet_id: 'azurerm_subnet.endpoints' },
};

/** Writes the configuration into `dir`; returns its size in bytes and resource count. */
export function writeTerraformConfiguration(dir: string, clusters: number): { bytes: number; resources: number } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'versions.tf'), 'terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "~> 4.20"\n    }\n  }\n}\n');
  let bytes = 0;
  let resources = 0;
  generatedModules(clusters).forEach(({ name, changes }, i) => {
    const suffix = `_${i}`;
    const blocks = changes.map(([type, block, after]) => {
      resources++;
      const refs = Object.fromEntries(Object.entries(REFERENCES[type] ?? {}).map(([k, target]) => [k, `${target}${suffix}.id`]));
      if (type === 'azurerm_kubernetes_cluster') (after.default_node_pool as Json[])[0]!.vnet_subnet_id = { ref: `azurerm_subnet.nodes${suffix}.id` };
      return `resource "${type}" "${block}${suffix}" ${body({ ...after, ...Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, { ref: v }])) }, '')}\n`;
    });
    const text = `# ${name}\n${blocks.join('\n')}`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${name}.tf`), text);
  });
  return { bytes, resources };
}

/** An object's attributes and nested blocks (lists of objects), in HCL. */
function body(values: Json, indent: string): string {
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !('ref' in v))) {
      for (const block of value as Json[]) lines.push(`${inner}${key} ${body(block, inner)}`);
    } else if (!(Array.isArray(value) && value.length === 0 && key !== 'zones')) lines.push(`${inner}${key} = ${expression(value)}`);
  }
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function expression(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'ref' in value) return String((value as { ref: string }).ref);
  if (Array.isArray(value)) return `[${value.map(expression).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)} = ${expression(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}
