import { describe, expect, it } from 'vitest';
import type { V1Container, V1Volume } from '@kubernetes/client-node';
import rule from '../../../src/rules/kubernetes/k8s-secrets-as-files.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const app = (c: Partial<V1Container>, volumes: V1Volume[] = [], init: Partial<V1Container>[] = []) =>
  deployment('orders-api', 'orders', podSpec([container('api', c)], { volumes, initContainers: init.map((i, n) => container(`init-${n}`, i)) }));
const verdict = (d: ReturnType<typeof app>, params = {}) => only(run(rule, state({ kubernetes: [kubeCluster({ deployments: [d] })] }), params));
const kv: V1Volume = { name: 'kv', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'orders-kv' } } };

describe('k8s-secrets-as-files', () => {
  it('passes a workload that mounts its secrets, saying how', () => {
    const f = verdict(app({ env: [{ name: 'DB_PASSWORD_FILE', value: '/mnt/kv/db-password' }] }, [kv, { name: 'tls', secret: { secretName: 'orders-tls' } }]));
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/mounts Key Vault through the Secrets Store CSI driver \(orders-kv\), secret orders-tls/);
  });

  it('fails secretKeyRef and envFrom secretRef, naming the variables and secrets', () => {
    const f = verdict(app({ env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-db', key: 'password' } } }], envFrom: [{ configMapRef: { name: 'orders-config' } }, { secretRef: { name: 'orders-api-keys' } }] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'low' });
    expect(f.message).toMatch(/container api takes DB_PASSWORD from secret orders-db, every key of secret orders-api-keys/);
    expect(f.evidence).toEqual([
      { path: 'spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef', value: { name: 'orders-db', key: 'password' } },
      { path: 'spec.template.spec.containers[0].envFrom[1].secretRef', value: { name: 'orders-api-keys' } },
    ]);
  });

  it('judges init containers, and points at the mounts a workload already has', () => {
    const f = verdict(app({}, [kv], [{ env: [{ name: 'MIGRATION_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-db', key: 'password' } } }] }]));
    expect(f.message).toMatch(/init-0 \(init\) takes MIGRATION_PASSWORD/);
    expect(f.message).toMatch(/as it already does elsewhere/);
  });

  it('accepts env secrets when allowEnvSecrets is set, still listing them', () => {
    const f = verdict(app({ envFrom: [{ secretRef: { name: 'orders-api-keys' } }] }), { allowEnvSecrets: true });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/allowed by allowEnvSecrets: container api takes every key of secret orders-api-keys/);
  });

  it('is unknown for a cluster whose workloads could not be read', () => {
    expect(only(run(rule, state({ kubernetes: [kubeCluster({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null })] }))).status).toBe('unknown');
  });
});
