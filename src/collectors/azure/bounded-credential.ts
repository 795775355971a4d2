import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import type { Deadline } from '../read-limits.ts';
import { ArmFailureError, deadlinePassed } from './failure.ts';

/**
 * The credential with every token request bounded: an identity endpoint or `az` process that never
 * answers fails the reads that need its token (`timeout`) after `timeoutMs` or at the deadline, and
 * that scope is not asked again (the SDK would ask once per client and per refresh, each time waiting).
 */
export function boundedCredential(credential: TokenCredential, timeoutMs: number, deadline?: Deadline): TokenCredential {
  const hung = new Map<string, ArmFailureError>();
  return {
    getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const scope = [scopes].flat().join(' ');
      const known = hung.get(scope);
      if (known) return Promise.reject(known);
      if (deadline?.signal.aborted) return Promise.reject(deadlinePassed(deadline));
      return new Promise((resolve, reject) => {
        const settled = (): void => {
          clearTimeout(timer);
          deadline?.signal.removeEventListener('abort', atDeadline);
        };
        const atDeadline = (): void => {
          settled();
          reject(deadlinePassed(deadline!));
        };
        // A timer that keeps the process alive: a token that never comes must end in this failure, not in an exit with work pending.
        const timer = setTimeout(() => {
          const error = new ArmFailureError({ code: 'timeout', message: `the Azure credential gave no token for ${scope} within ${timeoutMs / 1000} s` });
          hung.set(scope, error);
          settled();
          reject(error);
        }, timeoutMs);
        deadline?.signal.addEventListener('abort', atDeadline, { once: true });
        credential.getToken(scopes, options).then(
          (token) => (settled(), resolve(token)),
          (error: unknown) => (settled(), reject(error as Error)),
        );
      });
    },
  };
}
