import { posix } from 'node:path';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf, type Workload } from '../analyses/workloads.ts';

interface Params {
  allowedHostPaths: string[];
}

/**
 * No hostPath volumes, except under allowed paths. The volume is judged, not each mount: a
 * declared volume can be mounted by any container added later (an ephemeral debug container),
 * and a read-only mount of `/` or `/etc` still exposes node credentials.
 */
export default defineRule<Params>({
  id: 'k8s-host-path-mounts',
  check(ctx) {
    const allowed = ctx.params.allowedHostPaths.map(normalize);
    judgeWorkloads(ctx, (workload) => {
      const problems: string[] = [];
      const evidence: Evidence[] = [];
      const permitted: string[] = [];
      (workload.spec.volumes ?? []).forEach((volume, index) => {
        if (!volume.hostPath) return;
        const path = volume.hostPath.path ?? '';
        const volumePath = `${workload.specPath}.volumes[${index}].hostPath.path`;
        if (allowed.some((prefix) => isUnder(normalize(path), prefix))) {
          permitted.push(path);
          evidence.push({ path: volumePath, value: path, note: 'under an allowed host path' });
          return;
        }
        const mounts = mountsOf(workload, volume.name);
        evidence.push({ path: volumePath, value: path }, ...mounts.map((m) => ({ path: m.path, value: { mountPath: m.mountPath, readOnly: m.readOnly } })));
        const by = mounts.length ? `mounted by ${mounts.map((m) => `container ${m.container} at ${m.mountPath}${m.readOnly ? ' read-only' : ' read-write'}`).join(', ')}` : 'declared but not mounted by any container yet';
        problems.push(`mounts host path ${path || '(no path)'} as volume ${volume.name} (${by})`);
      });
      return {
        problems,
        evidence,
        passed: permitted.length ? `uses only allowed host paths (${permitted.join(', ')})` : 'uses no hostPath volumes',
      };
    });
  },
});

interface Mount {
  container: string;
  mountPath: string;
  readOnly: boolean;
  path: string;
}

function mountsOf(workload: Workload, volume: string): Mount[] {
  return containersOf(workload).flatMap((c) =>
    (c.container.volumeMounts ?? []).flatMap((m, i) => (m.name === volume ? [{ container: containerLabel(c), mountPath: m.mountPath, readOnly: m.readOnly === true, path: `${c.path}.volumeMounts[${i}]` }] : [])),
  );
}

/** `/var//log/../lib/` → `/var/lib`, so an allowed prefix cannot be sidestepped by spelling. */
function normalize(path: string): string {
  const normal = posix.normalize(`/${path.trim()}`);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** Prefix match on whole path segments: `/var/log` allows `/var/log/pods`, not `/var/logs`. */
function isUnder(path: string, prefix: string): boolean {
  return prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
}
