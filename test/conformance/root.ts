import { existsSync, statSync } from 'node:fs';

/**
 * Where the peers' conformance inputs are (PSRule, Kubescape, Polaris, the ARM REST examples):
 * the folder `AKS_AUDIT_CONFORMANCE` names, else `../shared/conformance` beside the checkout (CI
 * has it). A user's clone has neither; the conformance suite is then skipped, never the project's
 * own tests, which read only fixtures written for this repository.
 */
export const CONFORMANCE_VARIABLE = 'AKS_AUDIT_CONFORMANCE';
const BESIDE = '../shared/conformance';

/** The folder, or null when there is none. A folder named by the variable that does not exist is an error, not a skip. */
export function conformanceRoot(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env[CONFORMANCE_VARIABLE];
  if (named) {
    if (!existsSync(named) || !statSync(named).isDirectory()) throw new Error(`${CONFORMANCE_VARIABLE}=${named} is not a folder`);
    return named.replace(/\/+$/, '');
  }
  return existsSync(BESIDE) ? BESIDE : null;
}

/** The line a run prints instead of the conformance suite. */
export const SKIPPED = `conformance suite skipped: no peer inputs at ${BESIDE} (set ${CONFORMANCE_VARIABLE}=<folder> to run it)`;
