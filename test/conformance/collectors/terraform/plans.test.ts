import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Unknown, AFTER_APPLY, type TfResource, type TfValue } from '../../../../src/collectors/terraform/model.ts';
import { readPlan, readPlanFile } from '../../../../src/collectors/terraform/read-plan.ts';
import { isObject } from '../../../../src/lib/json.ts';
import { CONFORMANCE } from '../../inputs.ts';

const ROOT = join(CONFORMANCE, 'terraform-plan');
const MOCKS = join(ROOT, 'policy-library-avm');

/** Every real plan of the corpus (the conftest mocks are read case by case below). */
function plans(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'policy-library-avm')
    .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.json')).map((f) => join(ROOT, d.name, f)))
    .sort();
}

const named = (resources: TfResource[], address: string) => resources.find((r) => r.address === address);

describe('the Terraform plans of the conformance corpus', () => {
  it('reads every plan, of every format, without error', () => {
    const files = plans();
    expect(files.length).toBeGreaterThanOrEqual(6);
    let instances = 0;
    for (const file of files) {
      const { resources, skipped } = readPlanFile(file, file);
      expect(skipped, file).toEqual([]);
      expect(resources.length, file).toBeGreaterThan(0);
      for (const r of resources) expect(r.line, r.address).toBeGreaterThan(0);
      instances += resources.length;
    }
    expect(instances).toBeGreaterThan(50);
  });

  it('resolves a module variable passed a root resource (Terraform 0.12 references)', () => {
    const { resources } = readPlanFile(join(ROOT, 'terraform-compliance/test_issue-294.plan.out.json'), 's');
    expect(named(resources, 'module.linuxservers-fail.azurerm_network_interface.vm[0]')?.references['ip_configuration[0].subnet_id']).toBe('azurerm_subnet.internal');
    expect(named(resources, 'module.linuxservers-fail.data.azurerm_resource_group.vm')?.action).toBe('read');
  });

  it('makes an NSG\'s unset inline rules unknown, not empty', () => {
    const { resources } = readPlanFile(join(ROOT, 'checkov/tfplan_extra_ref.json'), 's');
    const rules = named(resources, 'azurerm_network_security_group.pass')?.values.security_rule;
    expect(rules).toBeInstanceOf(Unknown);
    expect((rules as Unknown).reason).toBe(AFTER_APPLY);
  });
});

describe('the policy-library-avm mocks (partial plans of resource_changes only)', () => {
  /** Each mock case is a partial plan: `{ mock: { <case>: { resource_changes } } }`. */
  function cases(): [string, unknown][] {
    return readdirSync(MOCKS).sort().flatMap((f) => {
      const mock = (JSON.parse(readFileSync(join(MOCKS, f), 'utf8')) as { mock: Record<string, unknown> }).mock;
      return Object.entries(mock).map(([name, plan]): [string, unknown] => [`${f} ${name}`, plan]);
    });
  }

  it('reads the resource_changes of every case', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(20);
    for (const [name, plan] of all) {
      const { resources } = readPlan(plan, { file: name, source: name, text: JSON.stringify(plan, null, 2) });
      const changes = (plan as { resource_changes: unknown[] }).resource_changes;
      expect(resources.length, name).toBe(changes.length);
    }
  });

  it('reads v3 and v4 node public IP spellings and an oms_agent known only after apply', () => {
    const byName = new Map(cases());
    const values = (name: string): Record<string, TfValue>[] => readPlan(byName.get(name), { file: name, source: name }).resources.map((r) => r.values);
    const pools = [...byName.keys()].filter((k) => k.startsWith('AKSNodePublicIpDisabled')).flatMap((k) => values(k)).map((v) => (Array.isArray(v.default_node_pool) ? v.default_node_pool[0] : undefined));
    const spellings = new Set(pools.flatMap((p) => (isObject(p) ? Object.keys(p) : [])));
    expect(spellings).toContain('node_public_ip_enabled');
    expect(spellings).toContain('enable_node_public_ip');
    const logging = [...byName.keys()].filter((k) => k.startsWith('AKSLoggingEnabled')).flatMap((k) => values(k));
    expect(logging.some((v) => v.oms_agent instanceof Unknown || (Array.isArray(v.oms_agent) && v.oms_agent.some((o) => isObject(o) && Object.values(o).some((x) => x instanceof Unknown))))).toBe(true);
  });
});
