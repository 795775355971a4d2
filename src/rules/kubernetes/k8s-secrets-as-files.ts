import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf, type Workload } from '../analyses/workloads.ts';

interface Params {
  allowEnvSecrets: boolean;
}

const CSI_DRIVER = 'secrets-store.csi.k8s.io';

/**
 * Secrets reach containers as files (a `secret` volume, or Key Vault through the Secrets Store
 * CSI driver), not as environment variables: the environment is inherited by every child
 * process, printed by crash reporters and debug endpoints, and a rotated secret never reaches a
 * running process. `valueFrom.secretKeyRef` and `envFrom.secretRef` are judged, in every kind of
 * container; `allowEnvSecrets: true` accepts them (the finding still lists them).
 */
export default defineRule<Params>({
  id: 'k8s-secrets-as-files',
  check(ctx) {
    judgeWorkloads(ctx, (workload) => {
      const uses: string[] = [];
      const evidence: Evidence[] = [];
      for (const c of containersOf(workload)) {
        const found: string[] = [];
        (c.container.env ?? []).forEach((env, j) => {
          const ref = env.valueFrom?.secretKeyRef;
          if (!ref) return;
          found.push(`${env.name} from secret ${ref.name ?? '?'}`);
          evidence.push({ path: `${c.path}.env[${j}].valueFrom.secretKeyRef`, value: { name: ref.name ?? null, key: ref.key } });
        });
        (c.container.envFrom ?? []).forEach((source, k) => {
          if (!source.secretRef) return;
          found.push(`every key of secret ${source.secretRef.name ?? '?'}`);
          evidence.push({ path: `${c.path}.envFrom[${k}].secretRef`, value: { name: source.secretRef.name ?? null } });
        });
        if (found.length) uses.push(`container ${containerLabel(c)} takes ${found.join(', ')}`);
      }
      const files = fileSecrets(workload);
      if (!uses.length) return { problems: [], evidence, passed: `takes no secrets through environment variables${files ? ` (${files})` : ''}` };
      const list = uses.join('; ');
      if (ctx.params.allowEnvSecrets) return { problems: [], evidence, passed: `takes secrets through environment variables, allowed by allowEnvSecrets: ${list}` };
      return { problems: [`passes secrets through environment variables: ${list}; mount them as files${files ? ` as it already does elsewhere (${files})` : ' (a secret volume, or Key Vault through the Secrets Store CSI driver)'}`], evidence, passed: '' };
    });
  },
});

/** `mounts secret tls, Key Vault through the CSI driver`: how the workload already receives secrets as files. */
function fileSecrets(workload: Workload): string {
  const parts: string[] = [];
  for (const volume of workload.spec.volumes ?? []) {
    if (volume.secret) parts.push(`secret ${volume.secret.secretName ?? volume.name}`);
    else if (volume.csi?.driver === CSI_DRIVER) parts.push(`Key Vault through the Secrets Store CSI driver (${volume.csi.volumeAttributes?.secretProviderClass ?? volume.name})`);
  }
  return parts.length ? `mounts ${parts.join(', ')}` : '';
}
