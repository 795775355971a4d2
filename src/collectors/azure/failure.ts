import { isRestError } from '@azure/core-rest-pipeline';
import { redactSecrets } from '../../lib/redact.ts';
import { deadlineMessage, type Deadline, type PagingStop } from '../read-limits.ts';

/**
 * Why an Azure source could not be read, as recorded on its `Source` (stable codes). `unavailable`:
 * a 503 that asked for a longer wait than the scan gives; `omitted`: a subscription Resource Graph left out
 * of its answers; `page-loop`/`page-limit`: see PageChain.
 */
export type ArmFailureCode = 'forbidden' | 'unauthorized' | 'not-found' | 'throttled' | 'unavailable' | 'timeout' | 'truncated' | 'omitted' | PagingStop['code'] | 'error';

export interface ArmFailure {
  code: ArmFailureCode;
  /** What the server or the client said, credentials in it redacted: it reaches reports, snapshots and the terminal. */
  message: string;
}

/**
 * A failure the scan itself decided on inside the SDK pipeline (a timeout, a `Retry-After` too long,
 * the deadline, a paging loop): not a RestError, so the SDK's retry policy throws it at once.
 */
export class ArmFailureError extends Error {
  readonly failure: ArmFailure;
  constructor(failure: ArmFailure) {
    super(failure.message);
    this.name = 'ArmFailureError';
    this.failure = failure;
  }
}

export function deadlinePassed(deadline: Deadline): ArmFailureError {
  return new ArmFailureError({ code: 'timeout', message: deadlineMessage(deadline) });
}

/** Classifies anything an SDK call threw: the scan's own failures, HTTP status, then the rest. */
export function armFailure(error: unknown): ArmFailure {
  if (error instanceof ArmFailureError) return error.failure;
  if (isRestError(error) && error.statusCode !== undefined) return statusFailure(error.statusCode, error.details ?? error.response?.bodyAsText, error.message);
  return { code: 'error', message: redactSecrets(error instanceof Error ? error.message : String(error)) };
}

/** Classifies a non-2xx answer read as a response (raw REST clients do not throw). */
export function statusFailure(status: number, body: unknown, fallback = `HTTP ${status}`): ArmFailure {
  const message = `${redactSecrets(armErrorMessage(body) ?? fallback)} (HTTP ${status})`;
  if (status === 401) return { code: 'unauthorized', message };
  if (status === 403) return { code: 'forbidden', message };
  if (status === 404) return { code: 'not-found', message };
  if (status === 429) return { code: 'throttled', message };
  if (status === 503) return { code: 'unavailable', message };
  return { code: 'error', message };
}

/** `code: message` from the ARM error envelope `{ error: { code, message } }`, as object or text. */
function armErrorMessage(body: unknown): string | undefined {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return body ? String(body) : undefined;
    }
  }
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error ?? (value as { code?: unknown; message?: unknown } | null);
  if (!error || typeof error !== 'object') return undefined;
  const code = typeof error.code === 'string' ? error.code : undefined;
  const message = typeof error.message === 'string' ? error.message : undefined;
  return code && message ? `${code}: ${message}` : (message ?? code);
}
