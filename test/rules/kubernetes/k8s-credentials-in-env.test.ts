import { describe, expect, it } from 'vitest';
import type { V1EnvVar } from '@kubernetes/client-node';
import rule from '../../../src/rules/kubernetes/k8s-credentials-in-env.ts';
import { byKind, container, deployment, kubeCluster, manifestsIn, podSpec, statusesOn } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const SECRET = 'Sup3r-S3cret-Pa55';
const withEnv = (env: V1EnvVar[], init: V1EnvVar[] = []) =>
  deployment('orders-api', 'orders', podSpec([container('api', { env })], init.length ? { initContainers: [container('migrate', { env: init })] } : {}));
const verdict = (env: V1EnvVar[], params = {}, init: V1EnvVar[] = []) => only(run(rule, state({ kubernetes: [kubeCluster({ deployments: [withEnv(env, init)] })] }), params));

describe('k8s-credentials-in-env', () => {
  it('passes ordinary settings and credentials taken from Secrets', () => {
    const f = verdict([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-db', key: 'password' } } },
    ]);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/2 checked/);
  });

  it('fails a credential-named literal, naming the variable and never the value', () => {
    const f = verdict([{ name: 'LOG_LEVEL', value: 'info' }, { name: 'DB_PASSWORD', value: SECRET }]);
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/container api sets DB_PASSWORD to literal values in its environment/);
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.containers[0].env[1].value', value: '<literal value, not shown>', note: 'variable DB_PASSWORD' }]);
    expect(JSON.stringify(f)).not.toContain(SECRET);
  });

  it.each(['ConnectionStrings__Orders', 'STRIPE_API_KEY', 'storageAccountKey', 'AZURE_CLIENT_SECRET', 'OPENAI_KEY', 'github-token', 'dbPasswd'])('treats %s as a credential name', (name) => {
    expect(verdict([{ name, value: SECRET }]).status).toBe('fail');
  });

  it.each(['DB_PASSWORD_FILE', 'TOKEN_URL', 'KEY_VAULT_SECRET_NAME', 'SIGNING_PUBLIC_KEY', 'MONKEY', 'CACHE_KEY_PREFIX'])('does not treat %s as one', (name) => {
    expect(verdict([{ name, value: SECRET }]).status).toBe('pass');
  });

  it('does not count empty values, file paths or pure $(VAR) references as literals', () => {
    expect(verdict([{ name: 'DB_PASSWORD', value: '' }, { name: 'API_TOKEN', value: '/var/run/secrets/api/token' }, { name: 'CLIENT_SECRET', value: '$(AZURE_CLIENT_SECRET)' }]).status).toBe('pass');
    expect(verdict([{ name: 'CLIENT_SECRET', value: 'prefix-$(SUFFIX)' }]).status).toBe('fail');
  });

  it('fails a value with the shape of a key whatever the name, still without showing it', () => {
    const conn = `DefaultEndpointsProtocol=https;AccountName=stordersprod;AccountKey=${'Zm9vYmFy'.repeat(8)}==;EndpointSuffix=core.windows.net`;
    const f = verdict([{ name: 'STORAGE', value: conn }]);
    expect(f.message).toMatch(/STORAGE \(its value has the shape of a key\)/);
    expect(JSON.stringify(f)).not.toContain('Zm9vYmFy');
  });

  it('fails a credential-named variable read from a ConfigMap', () => {
    const f = verdict([{ name: 'DB_PASSWORD', valueFrom: { configMapKeyRef: { name: 'orders-config', key: 'db-password' } } }]);
    expect(f.message).toMatch(/container api reads DB_PASSWORD from ConfigMap orders-config/);
    expect(f.evidence).toEqual([{ path: 'spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef', value: { name: 'orders-config', key: 'db-password' } }]);
  });

  it('judges init containers too', () => {
    const f = verdict([], {}, [{ name: 'MIGRATION_TOKEN', value: SECRET }]);
    expect(f.message).toMatch(/container migrate \(init\) sets MIGRATION_TOKEN/);
    expect(f.evidence[0]?.path).toBe('spec.template.spec.initContainers[0].env[0].value');
  });

  it('takes its patterns from the parameters', () => {
    expect(verdict([{ name: 'LICENSE', value: SECRET }], { namePatterns: ['license'] }).status).toBe('fail');
    expect(verdict([{ name: 'DB_PASSWORD', value: SECRET }], { ignoredNamePatterns: ['^DB_'] }).status).toBe('pass');
    expect(verdict([{ name: 'X', value: 'xoxb-123' }], { valuePatterns: ['^xox[bp]-'] }).status).toBe('fail');
  });

  it('is unknown for a cluster whose workloads could not be read', () => {
    const findings = run(rule, state({ kubernetes: [kubeCluster({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null })] }));
    expect(only(findings).status).toBe('unknown');
  });

  describe('Kubescape conformance (rule-credentials-in-env-var, C-0012): names and key-shaped values, not words in values', () => {
    const dir = '../shared/conformance/kubescape/rule-credentials-in-env-var';
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
      expect(statusesOn(rule, '../shared/conformance/kubescape/rule-credentials-configmap')).toEqual({});
    });
  });

  describe('Polaris conformance (sensitiveContainerEnvVar): one verdict per file, as the file names say', () => {
    const dir = '../shared/conformance/polaris/sensitiveContainerEnvVar';
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
    const inputs = ['kubescape/rule-credentials-in-env-var', 'polaris/sensitiveContainerEnvVar'].flatMap((d) => manifestsIn(`../shared/conformance/${d}`, { notLoaded: true }));
    const findings = inputs.flatMap((m) => run(rule, state({ kubernetes: [kubeCluster(byKind([m]))] })));
    const reported = new Set(findings.flatMap((f) => f.evidence.map((e) => e.note?.replace('variable ', ''))));
    const values = inputs.flatMap((m) => [...JSON.stringify(m).matchAll(/\{"name":"([^"]+)","value":"([^"]+)"\}/g)]).filter(([, name]) => reported.has(name)).map(([, , value]) => value!);
    expect(values.length).toBeGreaterThanOrEqual(10);
    const text = JSON.stringify(findings);
    for (const value of values) expect(text).not.toContain(value.trim().split('\\n')[0]);
  });
});
