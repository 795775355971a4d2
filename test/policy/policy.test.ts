import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { loadFrameworks } from '../../src/engine/framework.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { defineRule } from '../../src/engine/rule.ts';
import type { Severity } from '../../src/engine/severity.ts';
import { readConfig } from '../../src/policy/config-file.ts';
import { buildPolicy, loadPolicy } from '../../src/policy/policy.ts';
import { workDir } from '../cli/run-main.ts';
import { cluster, REFERENCE, resource, state } from '../helpers/state.ts';

const catalogue = loadCatalogue();
const frameworks = loadFrameworks(catalogue);
const NOW = new Date('2026-11-22');

function policyOf(yaml: string) {
  const file = join(workDir(), 'aks-audit.yaml');
  writeFileSync(file, yaml);
  return buildPolicy(readConfig(file, catalogue), catalogue);
}

/**
 * aks-uptime-sla-enabled (catalogue: medium, left out of `recommended`), standing in as a rule
 * that fails every cluster, and gives the cluster named *-warn a severity of its own (low), as
 * the version rule does ahead of a deadline.
 */
const UPTIME = defineRule({
  id: 'aks-uptime-sla-enabled',
  check(ctx) {
    for (const c of ctx.state.clusters) ctx.fail(c, 'Free tier', [], c.name.endsWith('-warn') ? { severity: 'low' } : {});
  },
});
const estate = state({
  clusters: [cluster({ name: 'aks-prod', tags: { env: 'prod' } }), cluster({ name: 'aks-prod-warn', tags: { env: 'prod' } }), cluster({ name: 'aks-dev' }), cluster({ name: 'aks-dev-warn' })],
});

/** Each cluster's severity under a config; absent where the rule is off. */
function severities(yaml: string): Record<string, Severity> {
  const { findings } = evaluate(estate, [UPTIME], policyOf(yaml), NOW, REFERENCE);
  return Object.fromEntries(findings.map((f) => [f.resource.name, f.severity]));
}

const PROD = '{ tags: { env: prod } }';

describe('precedence: scoped override > config rule > extends set > catalogue; the user\'s severity over the rule\'s own', () => {
  it.each([
    ['catalogue: on, its severity; the rule\'s own severity for a case applies', '', { 'aks-prod': 'medium', 'aks-prod-warn': 'low', 'aks-dev': 'medium', 'aks-dev-warn': 'low' }],
    ['extends recommended: off', 'extends: recommended', {}],
    ['config rule on, over the extends set: the catalogue\'s severity and the rule\'s own', 'extends: recommended\nrules: { aks-uptime-sla-enabled: on }', { 'aks-prod': 'medium', 'aks-prod-warn': 'low', 'aks-dev': 'medium', 'aks-dev-warn': 'low' }],
    ['config severity: beats the rule\'s own', 'rules: { aks-uptime-sla-enabled: high }', { 'aks-prod': 'high', 'aks-prod-warn': 'high', 'aks-dev': 'high', 'aks-dev-warn': 'high' }],
    ['config severity in the object form', 'rules: { aks-uptime-sla-enabled: { severity: info } }', { 'aks-prod': 'info', 'aks-prod-warn': 'info', 'aks-dev': 'info', 'aks-dev-warn': 'info' }],
    ['scoped on, over extends: only in scope', `extends: recommended\noverrides: [{ match: ${PROD}, rules: { aks-uptime-sla-enabled: on } }]`, { 'aks-prod': 'medium', 'aks-prod-warn': 'low' }],
    ['scoped severity, over config off', `rules: { aks-uptime-sla-enabled: off }\noverrides: [{ match: ${PROD}, rules: { aks-uptime-sla-enabled: critical } }]`, { 'aks-prod': 'critical', 'aks-prod-warn': 'critical' }],
    ['scoped off, over config severity', `rules: { aks-uptime-sla-enabled: high }\noverrides: [{ match: ${PROD}, rules: { aks-uptime-sla-enabled: off } }]`, { 'aks-dev': 'high', 'aks-dev-warn': 'high' }],
    ['scoped severity over config severity', `rules: { aks-uptime-sla-enabled: low }\noverrides: [{ match: ${PROD}, rules: { aks-uptime-sla-enabled: high } }]`, { 'aks-prod': 'high', 'aks-prod-warn': 'high', 'aks-dev': 'low', 'aks-dev-warn': 'low' }],
    ['a later override over an earlier one', `overrides:\n  - { match: ${PROD}, rules: { aks-uptime-sla-enabled: high } }\n  - { match: { clusters: ["*-warn"] }, rules: { aks-uptime-sla-enabled: info } }`, { 'aks-prod': 'high', 'aks-prod-warn': 'info', 'aks-dev': 'medium', 'aks-dev-warn': 'info' }],
    ['a category off turns off its rules (aks-uptime-sla-enabled is resilience)', 'categories: { resilience: off }', {}],
    ['another category\'s setting leaves the rule alone', 'categories: { security: off }', { 'aks-prod': 'medium', 'aks-prod-warn': 'low', 'aks-dev': 'medium', 'aks-dev-warn': 'low' }],
    ['a category severity is the user\'s: it beats the rule\'s own', 'categories: { resilience: info }', { 'aks-prod': 'info', 'aks-prod-warn': 'info', 'aks-dev': 'info', 'aks-dev-warn': 'info' }],
    ['a category on, over the extends set', 'extends: recommended\ncategories: { resilience: on }', { 'aks-prod': 'medium', 'aks-prod-warn': 'low', 'aks-dev': 'medium', 'aks-dev-warn': 'low' }],
    ['the rule\'s own entry beats its category', 'categories: { resilience: off }\nrules: { aks-uptime-sla-enabled: high }', { 'aks-prod': 'high', 'aks-prod-warn': 'high', 'aks-dev': 'high', 'aks-dev-warn': 'high' }],
    ['a scoped category, over the config\'s', `categories: { resilience: low }\noverrides: [{ match: ${PROD}, categories: { resilience: off } }]`, { 'aks-dev': 'low', 'aks-dev-warn': 'low' }],
    ['within an override, its rule entry beats its category', `overrides: [{ match: ${PROD}, categories: { resilience: off }, rules: { aks-uptime-sla-enabled: critical } }]`, { 'aks-prod': 'critical', 'aks-prod-warn': 'critical', 'aks-dev': 'medium', 'aks-dev-warn': 'low' }],
    ['an override that sets only parameters keeps the config\'s severity', `rules: { aks-uptime-sla-enabled: high }\noverrides: [{ match: ${PROD}, rules: { aks-kubernetes-version-supported: low } }]`, { 'aks-prod': 'high', 'aks-prod-warn': 'high', 'aks-dev': 'high', 'aks-dev-warn': 'high' }],
  ] as const)('%s', (_, yaml, expected) => {
    expect(severities(yaml)).toEqual(expected);
  });

  it('names in the report the rules that run anywhere, at their unscoped severity', () => {
    const policy = policyOf(`extends: recommended\nrules: { aks-api-server-access-restricted: critical }\noverrides: [{ match: ${PROD}, rules: { aks-uptime-sla-enabled: high } }]`);
    expect(policy.rules.get('aks-uptime-sla-enabled')?.severity).toBe('medium');
    expect(policy.rules.get('aks-api-server-access-restricted')?.severity).toBe('critical');
    expect(policy.rules.has('aks-availability-zones')).toBe(false);
  });
});

describe('categories', () => {
  it('a security gate: resilience off leaves out exactly the rules rules.yaml files under resilience', () => {
    const resilience = [...catalogue.values()].filter((e) => e.category === 'resilience').map((e) => e.id);
    expect(resilience).toEqual(expect.arrayContaining(['aks-availability-zones', 'aks-uptime-sla-enabled', 'postgresql-geo-redundant-backup']));
    expect(resilience).not.toContain('aks-api-server-access-restricted');
    const gate = policyOf('categories: { resilience: off }').rules;
    expect([...catalogue.keys()].filter((id) => !gate.has(id)).sort()).toEqual(resilience.sort());
  });

  it('refuses a category it has not, and an override that sets nothing, naming the line', () => {
    expect(() => policyOf('categories:\n  availability: off\n')).toThrow(/aks-audit\.yaml: categories.* \(line 2\)/);
    expect(() => policyOf(`overrides:\n  - match: ${PROD}\n`)).toThrow(/aks-audit\.yaml: overrides\.0 \(line 2\): needs one of "rules", "categories"$/);
  });
});

describe('extends', () => {
  it('recommended leaves out exactly the rules rules.yaml marks recommended: false; all and no config run every rule', () => {
    const left = [...catalogue.values()].filter((e) => e.recommended === false).map((e) => e.id);
    expect(left).toEqual(expect.arrayContaining(['aks-uptime-sla-enabled', 'aks-availability-zones', 'aks-system-pool-min-nodes', 'postgresql-geo-redundant-backup', 'k8s-resources-set']));
    expect(left).not.toEqual(expect.arrayContaining(['aks-api-server-access-restricted']));
    const recommended = policyOf('extends: recommended').rules;
    expect(recommended.size).toBe(catalogue.size - left.length);
    for (const id of left) expect(recommended.has(id), id).toBe(false);
    expect(policyOf('extends: all').rules.size).toBe(catalogue.size);
    expect(loadPolicy({ noConfig: true }, catalogue).policy.rules.size).toBe(catalogue.size);
  });

  it('a framework runs the rules its controls name, recommended or not, and the config can still turn one off or add one', () => {
    const cis = frameworks.get('cis-aks')!;
    expect([...policyOf('extends: cis-aks').rules.keys()].sort()).toEqual([...cis.rules].sort());
    expect(cis.rules.has('k8s-read-only-root-filesystem') && catalogue.get('k8s-read-only-root-filesystem')!.recommended).toBe(false);
    const tuned = policyOf('extends: cis-aks\nrules:\n  k8s-ingress-tls: off\n  aks-uptime-sla-enabled: low\n').rules;
    expect(tuned.has('k8s-ingress-tls')).toBe(false);
    expect(tuned.get('aks-uptime-sla-enabled')?.severity).toBe('low');
  });

  it('refuses a rule set that is neither all, recommended nor a framework, naming the line', () => {
    expect(() => policyOf('extends: pci-dss\n')).toThrow(/aks-audit\.yaml: extends \(line 1\): must be one of recommended, all, cis-aks, mcsb, aks-platform-baseline/);
  });
});

describe('--framework', () => {
  it('runs only the rules of the frameworks named, whatever the config turns on', () => {
    const file = join(workDir(), 'aks-audit.yaml');
    writeFileSync(file, 'rules:\n  aks-uptime-sla-enabled: high\n');
    const only = loadPolicy({ config: file, frameworks: ['cis-aks'] }, catalogue, frameworks).policy.rules;
    expect([...only.keys()].sort()).toEqual([...frameworks.get('cis-aks')!.rules].sort());
    const both = loadPolicy({ noConfig: true, frameworks: ['cis-aks', 'mcsb'] }, catalogue, frameworks).policy.rules;
    expect(both.size).toBe(new Set([...frameworks.get('cis-aks')!.rules, ...frameworks.get('mcsb')!.rules]).size);
  });

  it('refuses a framework it has not, listing those it has', () => {
    expect(() => loadPolicy({ noConfig: true, frameworks: ['pci'] }, catalogue, frameworks)).toThrow('--framework: "pci" is not one of cis-aks, mcsb, aks-platform-baseline');
  });
});

describe('scoped parameters, without changing the rule', () => {
  /** Reports the minNodes it was run with, for every cluster and pool: one finding each. */
  const MIN_NODES = defineRule({
    id: 'aks-system-pool-min-nodes',
    check(ctx) {
      const { minNodes } = ctx.params as { minNodes: number };
      for (const c of ctx.state.clusters) {
        ctx.pass(c, `minNodes ${minNodes}`);
        for (const p of c.agentPools ?? []) ctx.pass(p, `minNodes ${minNodes}`);
      }
    },
  });
  const clusters = [cluster({ name: 'aks-prod', tags: { tier: 'gold' } }), cluster({ name: 'aks-stg', tags: { tier: 'gold' } }), cluster({ name: 'aks-dev' }), cluster({ name: 'aks-lab' })];

  it('runs the rule once per parameter set and keeps each run\'s findings for the resources in its scope', () => {
    const policy = policyOf(`rules:
  aks-system-pool-min-nodes: { params: { minNodes: 2 } }
overrides:
  - match: { clusters: [aks-prod, aks-lab] }
    rules: { aks-system-pool-min-nodes: { params: { minNodes: 5 } } }
  - match: { tags: { tier: gold } }
    rules: { aks-system-pool-min-nodes: { params: { minNodes: 7 } } }
`);
    expect(policy.runs('aks-system-pool-min-nodes').map((p) => p.minNodes)).toEqual([2, 5, 7]);
    const { findings } = evaluate(state({ clusters }), [MIN_NODES], policy, NOW, REFERENCE);
    const byResource = findings.map((f) => `${f.resource.parent?.name ?? ''}/${f.resource.name}: ${f.message}`);
    expect(byResource.sort()).toEqual([
      '/aks-dev: minNodes 2',
      '/aks-lab: minNodes 5',
      '/aks-prod: minNodes 7',
      '/aks-stg: minNodes 7',
      'aks-dev/system: minNodes 2',
      'aks-dev/user: minNodes 2',
      'aks-lab/system: minNodes 5',
      'aks-lab/user: minNodes 5',
      'aks-prod/system: minNodes 7',
      'aks-prod/user: minNodes 7',
      'aks-stg/system: minNodes 7',
      'aks-stg/user: minNodes 7',
    ]);
  });

  it('refuses more overrides of one rule\'s parameters than it can combine, naming the file', () => {
    const overrides = Array.from({ length: 11 }, (_, i) => `  - { match: { clusters: [aks-${i}] }, rules: { aks-system-pool-min-nodes: { params: { minNodes: ${i + 1} } } } }`);
    expect(() => policyOf(`overrides:\n${overrides.join('\n')}\n`)).toThrow(/aks-audit\.yaml: overrides of aks-system-pool-min-nodes: 11 overrides set its parameters; at most 10 may/);
  });

  it('judges a finding grouped under a cluster with that cluster\'s parameters (cross-resource rules)', () => {
    const subnet = resource('Microsoft.Network/virtualNetworks', 'vnet-shared', 'rg-net');
    const SHARED = defineRule({
      id: 'aks-system-pool-min-nodes',
      check(ctx) {
        for (const c of ctx.state.clusters) ctx.under(c).pass(subnet, `minNodes ${(ctx.params as { minNodes: number }).minNodes}`);
      },
    });
    const policy = policyOf('overrides: [{ match: { clusters: [aks-prod] }, rules: { aks-system-pool-min-nodes: { params: { minNodes: 5 } } } }]');
    const { findings } = evaluate(state({ clusters }), [SHARED], policy, NOW, REFERENCE);
    expect(findings.map((f) => `${f.resource.parent?.name}: ${f.message}`).sort()).toEqual(['aks-dev: minNodes 3', 'aks-lab: minNodes 3', 'aks-prod: minNodes 5', 'aks-stg: minNodes 3']);
  });
});
