import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { InputError, UsageError } from '../../engine/errors.ts';

/** Which clusters to read live: contexts of a kubeconfig, or the pod's own service account. */
export interface KubeconfigChoice {
  /** A kubeconfig file; default `KUBECONFIG` (a path list, merged as kubectl does), else `~/.kube/config`. */
  kubeconfig?: string;
  /** Context names; default the current context. */
  contexts: string[];
  allContexts: boolean;
  /** Use the service account token and CA mounted in the pod, and the `KUBERNETES_SERVICE_*` address. */
  inCluster: boolean;
}

/** One cluster to read: a kube config scoped to a single context, so contexts can be read side by side. */
export interface LiveTarget {
  /** The context name (`in-cluster` for the service account). */
  context: string;
  config: KubeConfig;
  /** The API server URL, or null when the context names no cluster. */
  server: string | null;
  /** The kubeconfig user, named in reasons when the API server does not say who it saw. */
  user: string;
}

export const IN_CLUSTER_CONTEXT = 'in-cluster';

export function liveTargets(choice: KubeconfigChoice, env: NodeJS.ProcessEnv = process.env): LiveTarget[] {
  if (choice.inCluster) return [inClusterTarget(env)];
  const { config, file } = loadKubeconfig(choice.kubeconfig, env);
  const known = config.getContexts().map((c) => c.name);
  let names: string[];
  if (choice.allContexts) names = known;
  else if (choice.contexts.length) names = [...new Set(choice.contexts)];
  else names = config.getCurrentContext() ? [config.getCurrentContext()] : [];
  if (names.length === 0) throw new InputError(file, undefined, choice.allContexts ? 'the kubeconfig has no contexts' : 'the kubeconfig has no current context: name one with --context');
  const missing = names.find((n) => !known.includes(n));
  if (missing !== undefined) throw new InputError(file, undefined, `no context "${missing}" (contexts: ${known.join(', ') || 'none'})`);
  return names.map((name) => scoped(config, name));
}

function inClusterTarget(env: NodeJS.ProcessEnv): LiveTarget {
  if (!env.KUBERNETES_SERVICE_HOST || !env.KUBERNETES_SERVICE_PORT) {
    throw new UsageError('--in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set (run it in a pod, or use --kubeconfig)');
  }
  const config = new KubeConfig();
  config.loadFromCluster();
  return { context: IN_CLUSTER_CONTEXT, config, server: config.getCurrentCluster()?.server ?? null, user: 'the pod service account' };
}

/**
 * The kubeconfig as kubectl finds it. Never `loadFromDefault`: with no file it falls back to
 * `http://localhost:8080` or the in-cluster address, and a scan must only call what the user named.
 */
function loadKubeconfig(explicit: string | undefined, env: NodeJS.ProcessEnv): { config: KubeConfig; file: string } {
  const files = explicit ? [explicit] : env.KUBECONFIG ? env.KUBECONFIG.split(delimiter).filter(Boolean) : [join(homedir(), '.kube', 'config')];
  const present = files.filter((f) => existsSync(f));
  const label = files.join(delimiter);
  if (present.length === 0) throw new InputError(label, undefined, explicit ? 'no such kubeconfig file' : 'no kubeconfig found (give --kubeconfig <file>)');
  const config = new KubeConfig();
  for (const [i, file] of present.entries()) {
    try {
      if (i === 0) config.loadFromFile(file);
      else {
        // kubectl's merge: the first file to set a name wins, and the current context comes from the first file that has one.
        const next = new KubeConfig();
        next.loadFromFile(file);
        mergeFirstWins(config, next);
      }
    } catch (error) {
      throw new InputError(file, undefined, `not a readable kubeconfig: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { config, file: label };
}

function mergeFirstWins(config: KubeConfig, next: KubeConfig): void {
  for (const c of next.clusters) if (!config.getCluster(c.name)) config.addCluster(c);
  for (const u of next.users) if (!config.getUser(u.name)) config.addUser(u);
  for (const c of next.contexts) if (!config.getContextObject(c.name)) config.addContext(c);
  if (!config.getCurrentContext() && next.getCurrentContext()) config.setCurrentContext(next.getCurrentContext());
}

function scoped(config: KubeConfig, name: string): LiveTarget {
  const one = new KubeConfig();
  one.loadFromOptions({ clusters: config.clusters, users: config.users, contexts: config.contexts, currentContext: name });
  const context = one.getContextObject(name);
  return { context: name, config: one, server: one.getCurrentCluster()?.server ?? null, user: context?.user ?? 'unknown user' };
}
