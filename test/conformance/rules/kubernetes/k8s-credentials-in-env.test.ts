import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-credentials-in-env.ts';
import { byKind, kubeCluster, manifestsIn, statusesOn } from '../../../helpers/kubernetes.ts';
import { run, state } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('k8s-credentials-in-env', () => {
  describe('Kubescape conformance (rule-credentials-in-env-var, C-0012): names and key-shaped values, not words in values', () => {
    const dir = `${CONFORMANCE}/kubescape/rule-credentials-in-env-var`;
    it.each([
      ['cronjob-envfrom-secretref', 'envfrom-secret-cronjob', 'pass'],
      ['cronjob-initcontainer-envfrom-secretref', 'initcontainer-secret-cronjob', 'pass'],
      ['cronjob', 'hello', 'fail'],
      ['deployment-env-with-filepath-value', 'default/test-metallb', 'pass'],
      ['deployment', 'default/test2', 'pass'],
      ['env-value-akia-key', 'akia-key-pod', 'fail'],
      ['env-value-benign', 'benign-pod', 'pass'],
      ['env-value-lowercase-bearer', 'lowercase-bearer-pod', 'pass'],
      ['env-value-rsa-key', 'rsa-key-pod', 'fail'],
      ['pod-allowed-values-keys', 'audit-pod', 'fail'],
      ['pod-envfrom-configmapref', 'envfrom-configmap-pod', 'pass'],
      ['pod-envfrom-secretref', 'envfrom-secret-pod', 'pass'],
      ['pod-initcontainer-envfrom-secretref', 'initcontainer-secret-pod', 'pass'],
      ['pod-sensitive-key-regression', 'audit-pod', 'fail'],
      ['pod', 'audit-pod', 'pass'],
      ['workloads-envfrom-secretref', 'envfrom-secret-deploy', 'pass'],
      ['workloads-initcontainer-envfrom-secretref', 'initcontainer-secret-deploy', 'pass'],
      ['workloads', 'default/test2', 'fail'],
    ])('%s: %s %s', (folder, name, expected) => {
      expect(statusesOn(rule, `${dir}/${folder}`)).toEqual({ [name]: expected });
    });

    it('fails the case the peer never loads (a password from a ConfigMap)', () => {
      expect(statusesOn(rule, `${dir}/pod-value-from-reference`, {}, { notLoaded: true })).toEqual({ 'value-from-reference': 'fail' });
    });

    it('gives no finding on ConfigMaps (rule-credentials-configmap): ConfigMaps are not read', () => {
      expect(statusesOn(rule, `${CONFORMANCE}/kubescape/rule-credentials-configmap`)).toEqual({});
    });
  });

  describe('Polaris conformance (sensitiveContainerEnvVar): one verdict per file, as the file names say', () => {
    const dir = `${CONFORMANCE}/polaris/sensitiveContainerEnvVar`;
    it.each([
      ['failure.key_aws_secret_access_key.yaml', 'fail'],
      ['failure.key_azure_batch_key.yaml', 'fail'],
      ['failure.key_oci_cli_key_content.yaml', 'fail'],
      ['failure.key_password.yaml', 'fail'],
      ['failure.value_private_key.yaml', 'fail'],
      ['success.no_env_vars.yaml', 'pass'],
      ['success.sensitive_key_uses_valueFrom.yaml', 'pass'],
      ['success.valid_env_vars.yaml', 'pass'],
    ])('%s: %s', (file, expected) => {
      expect(statusesOn(rule, `${dir}/${file}`)).toEqual({ 'test-pod': expected });
    });
  });

  it('never repeats the value of a variable it reports, on any conformance input', () => {
    const inputs = ['kubescape/rule-credentials-in-env-var', 'polaris/sensitiveContainerEnvVar'].flatMap((d) => manifestsIn(`${CONFORMANCE}/${d}`, { notLoaded: true }));
    const findings = inputs.flatMap((m) => run(rule, state({ kubernetes: [kubeCluster(byKind([m]))] })));
    const reported = new Set(findings.flatMap((f) => f.evidence.map((e) => e.note?.replace('variable ', ''))));
    const values = inputs.flatMap((m) => [...JSON.stringify(m).matchAll(/\{"name":"([^"]+)","value":"([^"]+)"\}/g)]).filter(([, name]) => reported.has(name)).map(([, , value]) => value!);
    expect(values.length).toBeGreaterThanOrEqual(10);
    const text = JSON.stringify(findings);
    for (const value of values) expect(text).not.toContain(value.trim().split('\\n')[0]);
  });
});
