import { describe, expect, it } from 'vitest';
import type { TfValue } from '../../../src/collectors/terraform/model.ts';
import { ConfiguredAttributes } from '../../../src/collectors/terraform/plan-configured.ts';

// A node pool's configuration as `terraform show -json` writes it: attributes as expression
// objects, nested blocks as lists of them.
const pool = new ConfiguredAttributes({
  name: { constant_value: 'system' },
  vnet_subnet_id: { references: ['azurerm_subnet.nodes.id', 'azurerm_subnet.nodes'] },
  tags: { constant_value: null },
  started_at: {},
  upgrade_settings: [{ max_surge: { constant_value: '33%' } }],
  security_rule: [{ name: { constant_value: 'a' } }, { name: { constant_value: 'b' }, priority: { constant_value: 200 } }],
  linux_os_config: { swap_file_size_mb: { constant_value: 0 } },
});

describe('which attributes a plan\'s configuration writes', () => {
  it('tells written attributes from ones the provider fills in; an explicit null writes nothing', () => {
    const values = { name: 'system', vnet_subnet_id: null, tags: {}, started_at: 'x', zones: ['1', '2', '3'], os_sku: 'Ubuntu' };
    expect(pool.writes('name', values)).toBe(true);
    expect(pool.writes('vnet_subnet_id', values)).toBe(true);
    expect(pool.writes('started_at', values)).toBe(true);
    expect(pool.writes('os_sku', values)).toBe(false);
    expect(pool.writes('tags', values)).toBe(false);
  });

  it('looks into nested blocks, a list of blocks taken together, and a single nested block', () => {
    const values = { upgrade_settings: [{ max_surge: '33%', drain_timeout_in_minutes: 30 }], security_rule: [{ name: 'b', priority: 200 }, { name: 'a', priority: 100 }], linux_os_config: [{ swap_file_size_mb: 0 }] };
    expect(pool.writes('upgrade_settings[0].max_surge', values)).toBe(true);
    expect(pool.writes('upgrade_settings[0].drain_timeout_in_minutes', values)).toBe(false);
    expect(pool.writes('upgrade_settings', values)).toBe(true);
    // A set's blocks come in another order than written: `priority` of either counts as written.
    expect(pool.writes('security_rule[1].priority', values)).toBe(true);
    expect(pool.writes('security_rule[0].description', values)).toBe(false);
    expect(pool.writes('linux_os_config.swap_file_size_mb', values)).toBe(true);
  });

  it('cannot tell inside blocks a `dynamic` block may have added (the plan does not show them)', () => {
    const more: Record<string, TfValue> = { security_rule: [{ name: 'a' }, { name: 'b' }, { name: 'from-dynamic', priority: 300 }] };
    expect(pool.writes('security_rule[2].priority', more)).toBeUndefined();
    const unwritten = { kubelet_config: [{ cpu_manager_policy: 'none' }], node_labels: {} };
    expect(pool.writes('kubelet_config[0].cpu_manager_policy', unwritten)).toBeUndefined();
    expect(pool.writes('kubelet_config', unwritten)).toBeUndefined();
    // An empty list of blocks is none written, dynamic or not.
    expect(pool.writes('kubelet_config', { kubelet_config: [] })).toBe(false);
  });
});
