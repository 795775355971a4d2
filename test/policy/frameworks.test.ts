import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/engine/framework.ts';
import type { Finding, Status } from '../../src/engine/finding.ts';
import type { ClusterTopology, ControlCounts, ControlStatus } from '../../src/engine/report.ts';
import { controlStatus, frameworkPostures, score } from '../../src/policy/frameworks.ts';
import type { ResourceRef } from '../../src/state/resource.ts';

const counts = (c: Partial<ControlCounts>): ControlCounts => ({ pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0, ...c });

describe('controlStatus', () => {
  it.each<[string, string[], string[], Partial<ControlCounts>, ControlStatus, RegExp | undefined]>([
    ['no rule: manual', [], [], {}, 'manual', /no aks-audit rule evaluates this control: assess it by hand/],
    ['a failure fails it, passes elsewhere or not', ['a', 'b'], [], { pass: 5, fail: 1, unknown: 2, waived: 1 }, 'fail', undefined],
    ['a failure fails it even when another rule did not run', ['a', 'b'], ['b'], { fail: 1 }, 'fail', undefined],
    ['an unknown finding makes it unknown, with why', ['a'], [], { pass: 3, unknown: 1 }, 'unknown', /^1 finding could not be evaluated: no diagnostic settings were read$/],
    ['its rules off: unknown, not evaluated', ['a', 'b'], ['a', 'b'], {}, 'unknown', /^not evaluated: a and b did not run/],
    ['one rule off, the others pass: unknown, partly evaluated', ['a', 'b'], ['b'], { pass: 4 }, 'unknown', /^partly evaluated: b did not run/],
    ['waived failures and passes: waived', ['a'], [], { pass: 2, waived: 1 }, 'waived', undefined],
    ['passes: pass', ['a', 'b'], [], { pass: 2, notApplicable: 3 }, 'pass', undefined],
    ['only not-applicable findings: not applicable', ['a'], [], { notApplicable: 3 }, 'not-applicable', /nothing its rules apply to was found/],
    ['no finding at all: not applicable, never a pass', ['a'], [], {}, 'not-applicable', /nothing its rules apply to was found/],
  ])('%s', (_, rules, notRun, c, status, reason) => {
    const verdict = controlStatus(rules, notRun, counts(c), 'no diagnostic settings were read');
    expect(verdict.status).toBe(status);
    if (reason) expect(verdict.reason).toMatch(reason);
    else expect(verdict.reason).toBeUndefined();
  });
});

describe('score', () => {
  it.each<[string, ControlStatus[], { passed: number; evaluated: number; total: number; percent: number }]>([
    ['all pass', ['pass', 'pass'], { passed: 2, evaluated: 2, total: 2, percent: 100 }],
    ['unknown and manual count as not passing', ['pass', 'unknown', 'manual', 'fail'], { passed: 1, evaluated: 2, total: 4, percent: 25 }],
    ['waived counts as passing', ['waived', 'fail', 'pass'], { passed: 2, evaluated: 3, total: 3, percent: 66.7 }],
    ['not applicable leaves the total', ['pass', 'not-applicable', 'not-applicable'], { passed: 1, evaluated: 1, total: 1, percent: 100 }],
    ['nothing applicable: 0 of 0', ['not-applicable'], { passed: 0, evaluated: 0, total: 0, percent: 0 }],
    ['only manual: nothing evaluated', ['manual', 'manual', 'manual'], { passed: 0, evaluated: 0, total: 3, percent: 0 }],
  ])('%s', (_, statuses, expected) => expect(score(statuses)).toEqual(expected));
});

const SUB_A = '/subscriptions/aaaa';
const SUB_B = '/subscriptions/bbbb';
const ref = (id: string, type: string, more: Partial<ResourceRef> = {}): ResourceRef => ({ id, name: id.split('/').at(-1)!, type, subscriptionId: id.split('/')[2]!, ...more });
const subscriptionA = ref(SUB_A, 'microsoft.resources/subscriptions', { name: 'contoso-prod' });
const aksProd = ref(`${SUB_A}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-prod`, 'microsoft.containerservice/managedclusters');
const aksDev = ref(`${SUB_B}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-dev`, 'microsoft.containerservice/managedclusters');
const prodDeployment = ref(`${aksProd.id}/namespaces/web/deployments/api`, 'kubernetes/deployment');
const vault = ref(`${SUB_A}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-prod`, 'microsoft.keyvault/vaults');
const pricing = ref(`${SUB_A}/providers/Microsoft.Security/pricings/Containers`, 'microsoft.security/pricings', { parent: subscriptionA });
const subnet = ref(`${SUB_A}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/s`, 'microsoft.network/virtualnetworks/subnets', { parent: aksProd });

const finding = (ruleId: string, status: Status, resource: ResourceRef, message = `${ruleId} on ${resource.name}`): Finding =>
  ({ ruleId, status, severity: 'high', resource, message, evidence: [], origin: { source: 'file:x' }, fingerprint: `${ruleId}${resource.id}` }) as Finding;

const topology = (c: ResourceRef, dependsOn: ResourceRef[] = []): ClusterTopology => ({
  id: c.id,
  name: c.name,
  subscriptionId: c.subscriptionId,
  resourceGroup: 'rg',
  networkKnown: true,
  dependsOn: dependsOn.map((d) => ({ id: d.id, name: d.name, kind: d.type })),
});

const control = (id: string, rules: string[], assessment?: 'automated' | 'manual') => ({ id, title: `Control ${id}`, section: '1 Things', rules, ...(assessment ? { assessment } : {}) });
const FRAMEWORK: Framework = (() => {
  const controls = [
    control('1.1', ['k8s-pods'], 'automated'),
    control('1.2', ['aks-api']),
    control('1.3', ['kv-purge']),
    control('1.4', ['defender']),
    control('1.5', [], 'manual'),
    control('1.6', ['subnet-nsg']),
  ];
  return { id: 'test', name: 'Test framework', version: '1', url: 'https://example.com', sections: [{ id: '1', title: 'Things', controls }], controls, rules: new Set(controls.flatMap((c) => c.rules)) };
})();

const FINDINGS = [
  finding('k8s-pods', 'fail', prodDeployment),
  finding('aks-api', 'pass', aksProd),
  finding('aks-api', 'fail', aksDev),
  finding('kv-purge', 'pass', vault),
  finding('defender', 'unknown', pricing, 'the Containers plan was not read'),
  finding('subnet-nsg', 'pass', subnet),
  finding('not-in-framework', 'fail', aksProd),
];
const RAN = new Set(['k8s-pods', 'aks-api', 'kv-purge', 'defender', 'subnet-nsg', 'not-in-framework']);
const CLUSTERS = [topology(aksProd, [vault]), topology(aksDev)];

describe('frameworkPostures', () => {
  const [posture] = frameworkPostures([FRAMEWORK], FINDINGS, RAN, CLUSTERS);

  it('lists every control, manual ones included, with counts and reasons', () => {
    expect(posture!.controls.map((c) => [c.id, c.status, c.automated])).toEqual([
      ['1.1', 'fail', true],
      ['1.2', 'fail', true],
      ['1.3', 'pass', true],
      ['1.4', 'unknown', true],
      ['1.5', 'manual', false],
      ['1.6', 'pass', true],
    ]);
    expect(posture!.controls[1]!.counts).toEqual(counts({ pass: 1, fail: 1 }));
    expect(posture!.controls[3]!.reason).toBe('1 finding could not be evaluated: the Containers plan was not read');
    expect(posture!.score).toEqual({ passed: 2, evaluated: 4, total: 6, percent: 33.3 });
  });

  it('scores each subscription on its own resources, named where the scan read the subscription', () => {
    expect(posture!.bySubscription).toEqual([
      // 1.1 fail, 1.2 pass, 1.3 pass, 1.4 unknown, 1.5 manual, 1.6 pass
      { id: 'aaaa', name: 'contoso-prod', score: { passed: 3, evaluated: 4, total: 6, percent: 50 } },
      // 1.2 fail, 1.5 manual; the rest found nothing
      { id: 'bbbb', score: { passed: 0, evaluated: 1, total: 2, percent: 0 } },
    ]);
  });

  it('scores each cluster on itself, what runs in it, the services it depends on and its subscription\'s settings', () => {
    expect(posture!.byCluster).toEqual([
      { id: aksProd.id, name: 'aks-prod', score: { passed: 3, evaluated: 4, total: 6, percent: 50 } },
      { id: aksDev.id, name: 'aks-dev', score: { passed: 0, evaluated: 1, total: 2, percent: 0 } },
    ]);
  });

  it('a control whose rule did not run is unknown, not passing', () => {
    const [off] = frameworkPostures([FRAMEWORK], FINDINGS.filter((f) => f.ruleId !== 'kv-purge'), new Set([...RAN].filter((r) => r !== 'kv-purge')), CLUSTERS);
    expect(off!.controls[2]).toMatchObject({ id: '1.3', status: 'unknown', reason: expect.stringMatching(/^not evaluated: kv-purge did not run/) });
    expect(off!.score.passed).toBe(1);
  });

  it('a waived failure makes the control waived, and it counts as passing', () => {
    const waived = FINDINGS.map((f) => (f.ruleId === 'k8s-pods' ? { ...f, status: 'waived' as const } : f));
    const [p] = frameworkPostures([FRAMEWORK], waived, RAN, CLUSTERS);
    expect(p!.controls[0]!.status).toBe('waived');
    expect(p!.score.passed).toBe(3);
  });
});
