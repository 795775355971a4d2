import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/kubernetes/k8s-no-privilege-escalation.ts';
import { container, daemonSet, deployment, kubeCluster, podSpec } from '../../helpers/kubernetes.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (objects: Parameters<typeof kubeCluster>[0]) => only(run(rule, state({ kubernetes: [kubeCluster(objects)] })));
const denied = { allowPrivilegeEscalation: false };

describe('k8s-no-privilege-escalation', () => {
  it('passes when every container sets allowPrivilegeEscalation: false', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api', { securityContext: denied })], { initContainers: [container('migrate', { securityContext: denied })] }))] });
    expect(f.status).toBe('pass');
    expect(f.evidence).toContainEqual({ path: 'spec.template.spec.initContainers[0].securityContext.allowPrivilegeEscalation', value: false });
  });

  it('fails an unset field, which defaults to true', () => {
    const f = verdict({ deployments: [deployment('api', 'payments', podSpec([container('api')]))] });
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toMatch(/container api does not set allowPrivilegeEscalation, which defaults to true/);
  });

  it('fails an init container that allows escalation while the app container does not', () => {
    const f = verdict({ deployments: [deployment('api', 'orders', podSpec([container('api', { securityContext: denied })], { initContainers: [container('setup', { securityContext: { allowPrivilegeEscalation: true } })] }))] });
    expect(f.message).toMatch(/container setup \(init\) sets allowPrivilegeEscalation: true/);
    expect(f.message).not.toContain('container api');
  });

  it('fails a privileged container or one with CAP_SYS_ADMIN whatever the field says', () => {
    const privileged = verdict({ daemonsets: [daemonSet('agent', 'monitoring', podSpec([container('agent', { securityContext: { privileged: true, allowPrivilegeEscalation: false } })]))] });
    expect(privileged.message).toMatch(/is privileged, which always allows privilege escalation/);
    const sysAdmin = verdict({ daemonsets: [daemonSet('agent', 'monitoring', podSpec([container('agent', { securityContext: { capabilities: { add: ['sys_admin'] }, allowPrivilegeEscalation: false } })]))] });
    expect(sysAdmin.message).toMatch(/adds CAP_SYS_ADMIN/);
  });

  it('ignores a pod-level allowPrivilegeEscalation, which the API does not have', () => {
    const spec = { ...podSpec([container('api')]), securityContext: { allowPrivilegeEscalation: false } } as ReturnType<typeof podSpec>;
    expect(verdict({ deployments: [deployment('api', 'orders', spec)] }).status).toBe('fail');
  });

  it('is unknown for the cluster when no workload kind could be read', () => {
    expect(verdict({ pods: null, deployments: null, statefulsets: null, daemonsets: null, replicasets: null, replicationcontrollers: null, jobs: null, cronjobs: null }).status).toBe('unknown');
  });
});
