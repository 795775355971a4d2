import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyses } from '../../../src/engine/analysis.ts';
import type { KubernetesCluster } from '../../../src/state/kubernetes.ts';
import { readManifests } from '../../../src/collectors/kubernetes/files.ts';
import type { Rule } from '../../../src/engine/rule.ts';
import hostNamespaces from '../../../src/rules/kubernetes/k8s-host-namespaces.ts';
import hostPorts from '../../../src/rules/kubernetes/k8s-host-ports.ts';
import noPrivilegeEscalation from '../../../src/rules/kubernetes/k8s-no-privilege-escalation.ts';
import notPrivileged from '../../../src/rules/kubernetes/k8s-not-privileged.ts';
import runAsNonRoot from '../../../src/rules/kubernetes/k8s-run-as-non-root.ts';
import { WORKLOADS } from '../../../src/rules/analyses/workloads.ts';
import { workDir } from '../../cli/run-main.ts';
import { run, state } from '../../helpers/state.ts';

const workloadsOf = (cluster: KubernetesCluster) => new Analyses(state()).get(WORKLOADS).of(cluster);

/** A folder of manifest files, read by the real collector: objects keep their file and line. */
function manifests(files: Record<string, string>) {
  const dir = join(workDir(), 'manifests');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return readManifests(dir).cluster;
}

/** A Deployment `web` of namespace shop whose only container carries `container` (YAML lines indented for it) and whose pod spec carries `pod`. */
function deployment(container: string, pod = ''): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: shop',
    'spec:',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    ...(pod ? [`      ${pod}`] : []),
    '      containers:',
    '        - name: web',
    '          image: shop.azurecr.io/web@sha256:4b1c5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
    ...(container ? [`          ${container}`] : []),
    '',
  ].join('\n');
}

function verdict(rule: Rule<never>, files: Record<string, string>) {
  const findings = run(rule, state({ kubernetes: [manifests(files)] }));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('workloads from files: values as the API server would take them', () => {
  it('reads YAML 1.1 booleans as kubectl sends them: `privileged: yes` is privileged', () => {
    for (const spelling of ['yes', 'Yes', 'YES', 'on', 'On', 'y', 'Y', 'true']) {
      expect(verdict(notPrivileged, { 'web.yaml': deployment(`securityContext: {privileged: ${spelling}}`) }).status, spelling).toBe('fail');
    }
    expect(verdict(noPrivilegeEscalation, { 'web.yaml': deployment('securityContext: {allowPrivilegeEscalation: off, privileged: no}') }).status).toBe('pass');
    expect(verdict(hostNamespaces, { 'web.yaml': deployment('', 'hostNetwork: on') }).status).toBe('fail');
  });

  it.each([
    ['a quoted boolean', notPrivileged, 'securityContext: {privileged: "true"}', '', 'spec.template.spec.containers[0].securityContext.privileged is a string, not a boolean'],
    ['a quoted user id', runAsNonRoot, 'securityContext: {runAsUser: "1000", runAsNonRoot: true}', '', 'spec.template.spec.containers[0].securityContext.runAsUser is a string, not an integer'],
    ['a boolean user id', runAsNonRoot, 'securityContext: {runAsUser: true}', '', 'spec.template.spec.containers[0].securityContext.runAsUser is a boolean, not an integer'],
    ['a list for a security context', notPrivileged, 'securityContext: []', '', 'spec.template.spec.containers[0].securityContext is a list, not an object'],
    ['a pod security context of the wrong type', runAsNonRoot, 'securityContext: {runAsNonRoot: true}', 'securityContext: {runAsUser: "0"}', 'spec.template.spec.securityContext.runAsUser is a string, not an integer'],
    ['a quoted host namespace flag', hostNamespaces, '', 'hostPID: "true"', 'spec.template.spec.hostPID is a string, not a boolean'],
    ['a quoted host port', hostPorts, 'ports: [{containerPort: 80, hostPort: "80"}]', '', 'spec.template.spec.containers[0].ports[0].hostPort is a string, not an integer'],
  ])('is unknown, naming field, file and line, for %s (never a pass)', (_, rule, container, pod, problem) => {
    const finding = verdict(rule as Rule<never>, { 'web.yaml': deployment(container, pod) });
    expect(finding.status).toBe('unknown');
    expect(finding.message).toContain(problem);
    expect(finding.message).toMatch(/web\.yaml line 1\)/);
  });

  it.each([
    ['containers: null', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  containers: null\n', 'spec.containers lists no container'],
    ['containers: []', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  containers: []\n', 'spec.containers lists no container'],
    ['a spec that is a string', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec: "x"\n', 'spec is a string, not an object'],
    ['no pod template', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: web, namespace: shop}\nspec:\n  schedule: "@daily"\n', 'it has no pod spec (spec.jobTemplate.spec.template.spec)'],
    ['labels that are not strings', 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {tier: [a]}}\nspec:\n  containers: [{name: web, image: web}]\n', 'metadata.labels.tier is a list, not a string'],
  ])('is unknown for every container rule when no container can be read: %s', (_, text, problem) => {
    for (const rule of [notPrivileged, runAsNonRoot, hostPorts] as Rule<never>[]) {
      const finding = verdict(rule, { 'web.yaml': text });
      expect(finding.status, rule.id).toBe('unknown');
      expect(finding.message).toContain(problem);
    }
  });

  it('judges a ReplicationController like any controller, and its pods join it', () => {
    const rc = [
      'apiVersion: v1',
      'kind: ReplicationController',
      'metadata: {name: legacy, namespace: shop}',
      'spec:',
      '  replicas: 2',
      '  selector: {app: legacy}',
      '  template:',
      '    metadata: {labels: {app: legacy}}',
      '    spec:',
      '      containers: [{name: app, image: shop.azurecr.io/legacy:1.0, securityContext: {privileged: true}}]',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: legacy-x7k2p',
      '  namespace: shop',
      '  labels: {app: legacy}',
      '  ownerReferences: [{apiVersion: v1, kind: ReplicationController, name: legacy, uid: 5f0c, controller: true}]',
      'spec:',
      '  containers: [{name: app, image: shop.azurecr.io/legacy:1.0, securityContext: {privileged: true}}]',
      '',
    ].join('\n');
    const cluster = manifests({ 'legacy.yaml': rc });
    expect(workloadsOf(cluster)!.map((w) => [w.kind, w.name, w.pods.length])).toEqual([['ReplicationController', 'legacy', 1]]);
    const finding = verdict(notPrivileged, { 'legacy.yaml': rc });
    expect([finding.status, finding.resource.name, finding.resource.type]).toEqual(['fail', 'shop/legacy', 'kubernetes/replicationcontroller']);
  });

  it('keeps namespace-less objects of different files apart: each file may be applied to another namespace', () => {
    const web = (privileged: boolean) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: web, securityContext: {privileged: ${privileged}}}]\n`;
    const findings = run(notPrivileged, state({ kubernetes: [manifests({ 'a.yaml': web(true), 'b.yaml': web(false) })] }));
    expect(findings.map((f) => f.status).sort()).toEqual(['fail', 'pass']);
    const ids = findings.map((f) => f.resource.id).sort();
    expect(ids[0]).toMatch(/^kubernetes\/manifests\/files\/.*\/a\.yaml\/deployments\/web$/);
    expect(ids[1]).toMatch(/^kubernetes\/manifests\/files\/.*\/b\.yaml\/deployments\/web$/);
  });
});
