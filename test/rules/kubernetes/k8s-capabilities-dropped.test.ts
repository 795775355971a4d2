import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-capabilities-dropped.ts';
import { container, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const withCapabilities = (capabilities: { add?: string[]; drop?: string[] }) => kubeCluster({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: { capabilities } })]))] });
const verdict = (c: ReturnType<typeof kubeCluster>, params = {}) => only(run(rule, state({ kubernetes: [c] }), params));

describe('k8s-capabilities-dropped', () => {
  it('passes drop ALL, with NET_BIND_SERVICE added back', () => {
    const f = verdict(withCapabilities({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }));
    expect(f.status).toBe('pass');
    expect(f.evidence).toEqual([
      { path: 'spec.template.spec.containers[0].securityContext.capabilities.drop', value: ['ALL'] },
      { path: 'spec.template.spec.containers[0].securityContext.capabilities.add', value: ['NET_BIND_SERVICE'] },
    ]);
  });

  it('reads names as the runtime does, case-insensitively', () => {
    expect(verdict(withCapabilities({ drop: ['all'], add: ['net_bind_service'] })).status).toBe('pass');
  });

  it('fails a container that drops a named list instead of ALL', () => {
    const f = verdict(withCapabilities({ drop: ['NET_RAW', 'SYS_ADMIN'] }));
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.message).toMatch(/container api does not drop ALL capabilities$/);
  });

  it('fails a dangerous capability added after drop ALL, and names it', () => {
    const f = verdict(withCapabilities({ drop: ['ALL'], add: ['NET_ADMIN', 'NET_BIND_SERVICE'] }));
    expect(f.message).toMatch(/container api adds NET_ADMIN$/);
  });

  it('fails add: [ALL] and a missing drop together', () => {
    expect(verdict(withCapabilities({ add: ['ALL'] })).message).toMatch(/does not drop ALL capabilities and adds ALL capabilities/);
  });

  it('honours the allowedCapabilities parameter', () => {
    const c = withCapabilities({ drop: ['ALL'], add: ['NET_RAW'] });
    expect(verdict(c).status).toBe('fail');
    expect(verdict(c, { allowedCapabilities: ['NET_BIND_SERVICE', 'net_raw'] }).status).toBe('pass');
    expect(verdict(withCapabilities({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }), { allowedCapabilities: [] }).status).toBe('fail');
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict(kubeCluster({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null })).status).toBe('unknown');
  });
});
