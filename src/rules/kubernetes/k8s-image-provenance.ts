import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { containerLabel, judgeWorkloads } from '../factories/workload-rule.ts';
import { containersOf } from '../analyses/workloads.ts';

interface Params {
  allowedRegistries: string[];
}

/**
 * Every image names a fixed version (a tag other than `latest`, or a digest) and, when
 * `allowedRegistries` is set, comes from one of them. Init and ephemeral containers count:
 * a debug container from Docker Hub runs with the pod's identity and network.
 */
export default defineRule<Params>({
  id: 'k8s-image-provenance',
  check(ctx) {
    const allowed = ctx.params.allowedRegistries.map(parseAllowed);
    judgeWorkloads(ctx, (workload) => {
      const problems: string[] = [];
      const evidence: Evidence[] = [];
      for (const c of containersOf(workload)) {
        const image = c.container.image ?? '';
        const faults: string[] = [];
        const ref = image ? parseImage(image) : null;
        if (!ref) faults.push('names no image');
        else {
          if (!ref.digest && !ref.tag) faults.push('has no tag, so it runs whatever `latest` is at pull time');
          else if (!ref.digest && ref.tag === 'latest') faults.push('uses the mutable `latest` tag');
          if (allowed.length && !allowed.some((a) => a.matches(ref.name))) faults.push(`comes from ${ref.registry}, not an allowed registry`);
        }
        if (!faults.length) continue;
        problems.push(`container ${containerLabel(c)} image ${image || '(none)'} ${faults.join(' and ')}`);
        evidence.push({ path: `${c.path}.image`, value: image || null });
      }
      const from = allowed.length ? `from allowed registries (${ctx.params.allowedRegistries.join(', ')})` : 'from any registry (allowedRegistries is empty)';
      return { problems, evidence, passed: `runs only version-pinned images, ${from}` };
    });
  },
});

interface ImageRef {
  /** `docker.io`, `acrsaasprod.azurecr.io`, `localhost:5000`. */
  registry: string;
  /** Registry and repository: `docker.io/library/nginx`. */
  name: string;
  tag: string | null;
  digest: string | null;
}

/**
 * An image reference as the container runtime resolves it: the first component is a registry
 * only if it has a dot or a port or is `localhost`; otherwise the image is on Docker Hub, and a
 * one-component name is under `library/`.
 */
function parseImage(image: string): ImageRef | null {
  const [named = '', digest = null] = image.trim().split('@', 2);
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const tag = colon > slash ? named.slice(colon + 1) : null;
  const path = colon > slash ? named.slice(0, colon) : named;
  if (!path) return null;
  const parts = path.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? canonicalRegistry(first) : 'docker.io';
  const repository = hasRegistry ? parts.slice(1).join('/') : parts.length === 1 ? `library/${path}` : path;
  return { registry, name: `${registry}/${repository}`.toLowerCase(), tag: tag || null, digest };
}

function canonicalRegistry(host: string): string {
  const lower = host.toLowerCase();
  return lower === 'index.docker.io' || lower === 'registry-1.docker.io' ? 'docker.io' : lower;
}

/** `acrsaasprod.azurecr.io`, `mcr.microsoft.com/oss` (a repository prefix) or `*.azurecr.io` (any host under it). */
function parseAllowed(entry: string): { matches(name: string): boolean } {
  const [host = '', ...rest] = entry.trim().replace(/\/+$/, '').split('/');
  const prefix = rest.join('/').toLowerCase();
  const wildcard = host.startsWith('*.');
  const want = canonicalRegistry(wildcard ? host.slice(1) : host);
  return {
    matches(name) {
      const [registry = '', ...repository] = name.split('/');
      const hostOk = wildcard ? registry.endsWith(want) : registry === want;
      const repo = repository.join('/');
      return hostOk && (!prefix || repo === prefix || repo.startsWith(`${prefix}/`));
    },
  };
}
