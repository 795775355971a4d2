import type { V1EnvVar } from '@kubernetes/client-node';
import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf } from '../analyses/workloads.ts';

interface Params {
  namePatterns: string[];
  ignoredNamePatterns: string[];
  valuePatterns: string[];
}

/** What evidence shows in place of a literal value: the scanner never repeats one. */
const REDACTED = '<literal value, not shown>';

/**
 * No credential is written into a pod spec as a literal environment value, where everyone who
 * can read the Deployment (and its revision history, and the Git repository) can read it.
 * Judged by the variable's NAME (`namePatterns`) or by an unmistakable value shape
 * (`valuePatterns`: a PEM private key, a storage account key); findings name the variable,
 * never the value. A credential-named variable read from a ConfigMap fails too: ConfigMaps are
 * not secret stores. Values that are absolute paths or only `$(VAR)` references are not literals.
 */
export default defineRule<Params>({
  id: 'k8s-credentials-in-env',
  check(ctx) {
    const names = ctx.params.namePatterns.map((p) => new RegExp(p, 'i'));
    const ignored = ctx.params.ignoredNamePatterns.map((p) => new RegExp(p, 'i'));
    const values = ctx.params.valuePatterns.map((p) => new RegExp(p));
    const credentialName = (name: string): boolean => names.some((p) => p.test(name)) && !ignored.some((p) => p.test(name));
    judgeWorkloads(ctx, (workload) => {
      const problems: string[] = [];
      const evidence: Evidence[] = [];
      let checked = 0;
      for (const c of containersOf(workload)) {
        const literal: string[] = [];
        const configured: string[] = [];
        (c.container.env ?? []).forEach((env: V1EnvVar, j) => {
          checked++;
          const path = `${c.path}.env[${j}]`;
          const configMap = env.valueFrom?.configMapKeyRef;
          if (configMap && credentialName(env.name)) {
            configured.push(`${env.name} from ConfigMap ${configMap.name ?? '?'}`);
            evidence.push({ path: `${path}.valueFrom.configMapKeyRef`, value: { name: configMap.name ?? null, key: configMap.key } });
            return;
          }
          if (!isLiteral(env.value)) return;
          const byValue = values.some((p) => p.test(env.value!));
          if (!byValue && !credentialName(env.name)) return;
          literal.push(byValue ? `${env.name} (its value has the shape of a key)` : env.name);
          evidence.push({ path: `${path}.value`, value: REDACTED, note: `variable ${env.name}` });
        });
        const parts = [...(literal.length ? [`sets ${literal.join(', ')} to literal values in its environment`] : []), ...(configured.length ? [`reads ${configured.join(', ')}`] : [])];
        if (parts.length) problems.push(`container ${containerLabel(c)} ${parts.join(' and ')}`);
      }
      if (problems.length) problems[problems.length - 1] += ': move them to a Secret mounted as a file or to Key Vault through the Secrets Store CSI driver';
      return { problems, evidence, passed: checked ? `has no credential-like environment variables with literal values (${checked} checked)` : 'sets no environment variables' };
    });
  },
});

/** A value written into the spec: not empty, not a file path, not made only of `$(VAR)` references. */
function isLiteral(value: string | undefined): value is string {
  if (!value) return false;
  if (/^\/\S*$/.test(value)) return false;
  return value.replace(/\$\([A-Za-z_][A-Za-z0-9_.-]*\)/g, '').trim() !== '';
}
