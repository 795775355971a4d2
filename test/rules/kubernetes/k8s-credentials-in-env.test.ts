import { describe, expect, it } from 'vitest';
import type { V1EnvVar } from '@kubernetes/client-node';
import rule from '../../../src/rules/kubernetes/k8s-credentials-in-env.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
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
});
