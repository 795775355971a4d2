import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reporters/text.ts';
import { finding, reportWith } from '../helpers/findings-report.ts';

const textOf = (...args: Parameters<typeof reportWith>): string => [...renderText(reportWith(...args))].join('');

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('text report', () => {
  it('lists the failures most severe first, under a heading per severity with its count, and nothing that passed', () => {
    const text = textOf([
      finding('aks-dashboard-addon-disabled', 'fail', 'low', 'aks-dev'),
      finding('aks-api-server-access-restricted', 'fail', 'high', 'aks-dev'),
      finding('aks-kubernetes-rbac-enabled', 'fail', 'critical', 'aks-legacy'),
      finding('aks-api-server-access-restricted', 'fail', 'high', 'aks-stg'),
      finding('aks-azure-policy-enabled', 'pass', 'medium', 'aks-prod'),
    ]);
    const order = ['CRITICAL: 1 failing', 'aks-kubernetes-rbac-enabled  aks-legacy', 'HIGH: 2 failing', 'aks-api-server-access-restricted  aks-dev', 'aks-api-server-access-restricted  aks-stg', 'LOW: 1 failing', 'aks-dashboard-addon-disabled  aks-dev'];
    const at = order.map((line) => text.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).not.toContain('MEDIUM:');
    expect(text).not.toContain('aks-azure-policy-enabled');
    expect(text).toContain('fail 4 (critical 1, high 2, medium 0, low 1, info 0)\n');
  });

  it('gives each failure its resource id, its place in the files when it has one, and its message', () => {
    const text = textOf([
      finding('aks-api-server-access-restricted', 'fail', 'high', 'main', { id: 'module.aks.azurerm_kubernetes_cluster.main', file: 'infra/aks.tf', line: 3, evidenceLine: 14, message: 'Cluster main has a public API server that accepts connections from any address' }),
      finding('aks-local-accounts-disabled', 'fail', 'high', 'main', { id: 'module.aks.azurerm_kubernetes_cluster.main', file: 'infra/aks.tf', line: 3 }),
      finding('aks-azure-policy-enabled', 'fail', 'medium', 'aks-prod', { part: 'agentPools[system]' }),
    ]);
    expect(text).toContain('  aks-api-server-access-restricted  main\n    id: module.aks.azurerm_kubernetes_cluster.main\n    at: infra/aks.tf:14\n    Cluster main has a public API server that accepts connections from any address\n');
    // No field of its own: the resource block's line.
    expect(text).toContain('  aks-local-accounts-disabled  main\n    id: module.aks.azurerm_kubernetes_cluster.main\n    at: infra/aks.tf:3\n');
    // Read from ARM: no lines, named by id.
    expect(text).toMatch(/ {2}aks-azure-policy-enabled {2}aks-prod \(agentPools\[system\]\)\n {4}id: \/subscriptions\/[^\n]+\/managedClusters\/aks-prod\n {4}aks-azure-policy-enabled on aks-prod\n/);
  });

  it('shows control and bidi characters in names, paths and messages escaped: a name cannot clear the log or forge a line', () => {
    const hostile = 'aks\u001b[2J\u202eved\n  fail 0\u2066';
    const text = textOf(
      [finding('aks-api-server-access-restricted', 'fail', 'high', hostile, { file: `${hostile}.tf`, line: 2, message: `Cluster ${hostile} is open` })],
      { sources: [{ id: 's', kind: 'file', target: `${hostile}.json`, status: 'partial', code: 'more-pages', message: `next\u009blink`, resources: 1 }], unrecognized: [{ type: `x\u001b]8;;`, count: 1 }], crashes: [{ ruleId: 'r', message: `boom\u0007` }] },
    );
    for (const line of text.split('\n')) expect(line).not.toMatch(CONTROLS);
    expect(text).toContain('aks\\u001b[2J\\u202eved\\u000a  fail 0\\u2066');
    expect(text).toContain('at: aks\\u001b[2J\\u202eved\\u000a  fail 0\\u2066.tf:2');
    expect(text).not.toMatch(/^ {2}fail 0/m);
  });

  it('counts the unknowns by rule, most first, with one of the reasons', () => {
    const text = textOf([
      finding('aks-audit-logs-enabled', 'unknown', 'high', 'aks-a', { message: 'diagnostic settings of aks-a are not in the input' }),
      finding('network-aks-subnet-nsg', 'unknown', 'medium', 'aks-a', { message: 'subnet of aks-a is not in the input' }),
      finding('network-aks-subnet-nsg', 'unknown', 'medium', 'aks-b', { message: 'subnet of aks-b is not in the input' }),
      finding('network-aks-subnet-nsg', 'unknown', 'medium', 'aks-c', { message: 'subnet of aks-c is not in the input' }),
    ]);
    expect(text).toContain('UNKNOWN: 4 could not be judged (never counted as a pass), by rule:\n       3  network-aks-subnet-nsg: subnet of aks-a is not in the input (one of them)\n       1  aks-audit-logs-enabled: diagnostic settings of aks-a are not in the input\n');
  });

  it('names the coverage problems: sources not fully read, kinds not read, types no rule reads, and rules that crashed', () => {
    const text = textOf([], {
      sources: [
        { id: 'a', kind: 'azure', target: '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1', status: 'failed', code: 'forbidden', message: 'the identity may not read the subscription', resources: 0 },
        { id: 'k', kind: 'kubernetes', target: 'aks-prod-admin', status: 'ok', resources: 12, unread: [{ kind: 'networkpolicies', code: 'forbidden', reason: 'list networkpolicies: 403' }] },
      ],
      unrecognized: [{ type: 'microsoft.web/sites', count: 4 }],
      crashes: [{ ruleId: 'aks-audit-logs-enabled', message: 'Cannot read properties of null' }],
    });
    expect(text).toContain('COVERAGE PROBLEMS:\n  1 source(s) not fully read:\n    5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1 (azure): failed forbidden: the identity may not read the subscription\n');
    expect(text).toContain('  1 Kubernetes kind(s) not read (rules needing them answer unknown):\n    aks-prod-admin: networkpolicies (forbidden): list networkpolicies: 403\n');
    expect(text).toContain('  not audited: 4 resource(s) of 1 type(s) no rule reads:\n         4  microsoft.web/sites\n');
    expect(text).toContain('RULE ERRORS: 1 rule(s) failed and their results are incomplete:\n  aks-audit-logs-enabled: Cannot read properties of null\n');
    expect(textOf([])).toContain('COVERAGE: every source was read completely and every resource type it held is audited\n');
  });

  it('is made in pieces, a few per finding, so a large estate is never one string', () => {
    const findings = Array.from({ length: 1000 }, (_, i) => finding('aks-api-server-access-restricted', 'fail', 'high', `aks-${i}`));
    const pieces = [...renderText(reportWith(findings))];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(400);
  });
});
