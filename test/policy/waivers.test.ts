import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Finding, Status } from '../../src/engine/finding.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { defineRule } from '../../src/engine/rule.ts';
import type { WaiverCoverage } from '../../src/engine/waivers.ts';
import { resourceMatcher, waiverPolicy, type WaiverDeclaration, type WaiverSettings } from '../../src/policy/waivers.ts';
import { waiverOfComment } from '../../src/state/inline-waiver.ts';
import type { ResourceBase } from '../../src/state/resource.ts';
import { REFERENCE, resource, state, SUB } from '../helpers/state.ts';

const RULE = 'aks-local-accounts-disabled';
const OTHER = 'aks-uptime-sla-enabled';
const catalogue = loadCatalogue();
const AS_OF = new Date('2026-12-07T09:30:00Z');

const prod = resource('Microsoft.ContainerService/managedClusters', 'aks-prod', 'rg-prod');
const dev = resource('Microsoft.ContainerService/managedClusters', 'aks-dev', 'rg-dev');
const planned: ResourceBase = { ...resource('Microsoft.ContainerService/managedClusters', 'aks-new'), id: 'module.aks["weu"].azurerm_kubernetes_cluster.this', origin: { source: 'terraform:infra', file: 'infra/modules/aks/main.tf', line: 3, address: 'module.aks["weu"].azurerm_kubernetes_cluster.this' } };

/** A rule giving each resource the verdict a test names. */
function judging(verdicts: Array<[ResourceBase, Status]>, ruleId = RULE) {
  return defineRule({
    id: ruleId,
    check(ctx) {
      for (const [r, status] of verdicts) {
        if (status === 'fail') ctx.fail(r, 'local accounts are enabled', []);
        else if (status === 'pass') ctx.pass(r, 'local accounts are disabled');
        else if (status === 'unknown') ctx.unknown(r, 'the source does not say');
        else ctx.notApplicable(r, 'not a cluster');
      }
    },
  });
}

function scan(verdicts: Array<[ResourceBase, Status]>, declarations: WaiverDeclaration[], settings: Partial<WaiverSettings> = {}): { findings: Finding[]; coverage: WaiverCoverage } {
  const policy = defaultPolicy(catalogue, waiverPolicy(declarations, { asOf: AS_OF, ...settings }));
  const { findings } = evaluate(state(), [judging(verdicts)], policy, AS_OF, REFERENCE);
  return { findings, coverage: policy.waivers.coverage() };
}

function declared(resourcePattern: string, overrides: Partial<WaiverDeclaration> = {}): WaiverDeclaration {
  return { rule: RULE, resource: resourcePattern, reason: 'Break-glass access while Entra ID groups are migrated', owner: 'platform-team', expires: '2027-03-31', file: 'aks-audit.yaml', line: 14, ...overrides };
}

describe('config waivers', () => {
  it('waive a failure named by its ARM id, case-insensitively, and carry the waiver with where it is declared', () => {
    const { findings, coverage } = scan([[prod, 'fail'], [dev, 'fail']], [declared(prod.id.toUpperCase(), { ticket: 'SEC-12' })]);
    expect(findings.map((f) => [f.resource.name, f.status])).toEqual([['aks-prod', 'waived'], ['aks-dev', 'fail']]);
    expect(findings[0]!.waiver).toEqual({ reason: 'Break-glass access while Entra ID groups are migrated', owner: 'platform-team', expires: '2027-03-31', ticket: 'SEC-12', declared: { kind: 'config', file: 'aks-audit.yaml', line: 14 } });
    expect(coverage).toMatchObject({ declared: 1, applied: [{ rule: RULE, resource: prod.id.toUpperCase(), findings: 1 }], expired: [], unused: [], invalid: [] });
  });

  it('match a glob: * within a segment, ** across them', () => {
    const everyCluster = `/subscriptions/${SUB}/resourceGroups/*/providers/Microsoft.ContainerService/managedClusters/*`;
    expect(scan([[prod, 'fail'], [dev, 'fail']], [declared(everyCluster)]).findings.map((f) => f.status)).toEqual(['waived', 'waived']);
    expect(scan([[prod, 'fail'], [dev, 'fail']], [declared('/subscriptions/*/resourceGroups/rg-dev/**')]).findings.map((f) => f.status)).toEqual(['fail', 'waived']);
    expect(scan([[prod, 'fail']], [declared('/subscriptions/*/aks-prod')]).findings[0]!.status).toBe('fail');
  });

  it('match a Terraform address even once the resource is known by another id', () => {
    const applied = { ...planned, id: `/subscriptions/${SUB}/resourceGroups/rg-weu/providers/Microsoft.ContainerService/managedClusters/aks-weu` };
    expect(scan([[applied, 'fail']], [declared('module.aks["weu"].azurerm_kubernetes_cluster.this')]).findings[0]!.status).toBe('waived');
    expect(scan([[applied, 'fail']], [declared('module.aks[*].azurerm_kubernetes_cluster.*')]).findings[0]!.status).toBe('waived');
  });

  it('waive only their own rule', () => {
    expect(scan([[prod, 'fail']], [declared(prod.id, { rule: OTHER })]).findings[0]!.status).toBe('fail');
  });

  it('still waive on their last day, and no longer the day after: the failure fails and says the waiver expired', () => {
    expect(scan([[prod, 'fail']], [declared(prod.id, { expires: '2026-12-07' })]).findings[0]!.status).toBe('waived');
    const { findings, coverage } = scan([[prod, 'fail']], [declared(prod.id, { expires: '2026-12-06' })]);
    expect(findings[0]).toMatchObject({ status: 'fail', waiver: { expires: '2026-12-06', expired: true } });
    expect(coverage.expired).toEqual([expect.objectContaining({ rule: RULE, expires: '2026-12-06', findings: 1, resources: [prod.id], declared: { kind: 'config', file: 'aks-audit.yaml', line: 14 } })]);
    expect(coverage.applied).toEqual([]);
  });

  it('list live waivers ending within 30 days as expiring soon', () => {
    const { coverage } = scan([[prod, 'fail'], [dev, 'fail']], [declared(prod.id, { expires: '2027-01-06' }), declared(dev.id, { expires: '2027-01-07' })]);
    expect(coverage.expiringSoon.map((w) => w.resource)).toEqual([prod.id]);
  });

  it('are refused beyond the longest lifetime allowed: reported invalid, not applied', () => {
    const { findings, coverage } = scan([[prod, 'fail'], [dev, 'fail']], [declared(prod.id, { expires: '2027-12-07' }), declared(dev.id, { expires: '2027-12-08' })], { maxLifetimeDays: 365 });
    expect(findings.map((f) => f.status)).toEqual(['waived', 'fail']);
    expect(coverage.invalid).toEqual([expect.objectContaining({ resource: dev.id, problem: 'it expires 2027-12-08, after 2027-12-07: waivers must end within 365 days (waivers.maxLifetimeDays)' })]);
  });

  it('that waive nothing are reported unused, saying whether the finding passes now or was never seen', () => {
    const { coverage } = scan([[prod, 'pass'], [dev, 'unknown']], [declared(prod.id), declared(dev.id), declared('/subscriptions/*/resourceGroups/rg-typo/**')]);
    expect(coverage.unused.map((w) => w.why)).toEqual([
      'its finding passes now: remove the waiver',
      'its findings are unknown or not applicable: only a failure is waived',
      `no finding of rule ${RULE} matched: check the rule id and the resource`,
    ]);
  });

  it('never waive an unknown: it is not a known risk to accept', () => {
    expect(scan([[prod, 'unknown']], [declared(prod.id)]).findings[0]).toMatchObject({ status: 'unknown' });
    expect(scan([[prod, 'unknown']], [declared(prod.id)]).findings[0]!.waiver).toBeUndefined();
  });

  it('prefer a live waiver to an expired one that matches the same failure', () => {
    const { findings, coverage } = scan([[prod, 'fail']], [declared(prod.id, { expires: '2026-01-31', line: 10 }), declared('/subscriptions/**', { line: 20 })]);
    expect(findings[0]).toMatchObject({ status: 'waived', waiver: { declared: { line: 20 } } });
    expect(coverage.expired.map((w) => w.declared.line)).toEqual([10]);
  });
});

describe('inline waivers', () => {
  const waived = (r: ResourceBase, ...comments: string[]): ResourceBase => ({ ...r, inlineWaivers: comments.map((c, i) => waiverOfComment(c, 'infra/aks.tf', 20 + i)!) });

  it('waive their rule on the resource they are written on, with no config at all', () => {
    const r = waived(planned, '# aks-audit:waive aks-local-accounts-disabled reason="Break-glass" owner=oncall expires=2027-01-31');
    const { findings, coverage } = scan([[r, 'fail']], []);
    expect(findings[0]).toMatchObject({ status: 'waived', waiver: { reason: 'Break-glass', owner: 'oncall', expires: '2027-01-31', declared: { kind: 'terraform', file: 'infra/aks.tf', line: 20 } } });
    expect(coverage).toMatchObject({ declared: 1, applied: [{ resource: planned.origin.address, findings: 1 }] });
  });

  it('without a reason do not waive, and are reported invalid, counted once however many rules judge the resource', () => {
    const r = waived(prod, '# aks-audit:waive aks-local-accounts-disabled owner=oncall');
    const policy = defaultPolicy(catalogue, waiverPolicy([], { asOf: AS_OF }));
    const { findings } = evaluate(state(), [judging([[r, 'fail']]), judging([[r, 'fail']], OTHER)], policy, AS_OF, REFERENCE);
    expect(findings.map((f) => f.status)).toEqual(['fail', 'fail']);
    expect(policy.waivers.coverage()).toMatchObject({ declared: 1, invalid: [{ rule: RULE, problem: 'no reason: a waiver says why the risk is accepted', declared: { kind: 'terraform', line: 20 } }] });
  });

  it('without an expiry are refused when a longest lifetime is set', () => {
    const r = waived(prod, '# aks-audit:waive aks-local-accounts-disabled reason="Break-glass"');
    expect(scan([[r, 'fail']], []).findings[0]!.status).toBe('waived');
    const { findings, coverage } = scan([[r, 'fail']], [], { maxLifetimeDays: 90 });
    expect(findings[0]!.status).toBe('fail');
    expect(coverage.invalid[0]!.problem).toBe('it has no expiry date, and waivers must end within 90 days (waivers.maxLifetimeDays)');
  });
});

describe('resourceMatcher', () => {
  it.each([
    ['/subscriptions/*/resourceGroups/rg-prod/**', '/subscriptions/s1/resourceGroups/rg-prod', true],
    ['/subscriptions/*/resourceGroups/rg-prod/**', '/subscriptions/s1/resourceGroups/rg-prod/providers/x/y/z', true],
    ['/subscriptions/*/resourceGroups/rg-prod/**', '/subscriptions/s1/resourceGroups/rg-prod2', false],
    ['**/namespaces/kube-system/**', '/subscriptions/s/x/managedClusters/aks/namespaces/kube-system/daemonsets/csi-azuredisk-node', true],
    ['kubernetes/*/namespaces/payments/deployments/*', 'kubernetes/prod/namespaces/payments/deployments/api', true],
    ['kubernetes/*/namespaces/payments/deployments/*', 'kubernetes/prod/namespaces/payments/deployments/api/extra', false],
    ['azurerm_kubernetes_cluster.main', 'AZURERM_KUBERNETES_CLUSTER.MAIN', true],
    ['module.aks["weu"].*', 'module.aks["weu"].azurerm_kubernetes_cluster.this', true],
    ['a.b', 'axb', false],
  ])('%s names %s: %s', (pattern, name, expected) => {
    expect(resourceMatcher(pattern)(name)).toBe(expected);
  });
});
