import { MeshmindError } from '@meshmind/protocol';

export interface Deadline {
  readonly signal: AbortSignal;
  /** The coded error that explains why `signal` aborted (E_TIMEOUT or E_CANCELLED). */
  reason(): MeshmindError;
  dispose(): void;
}

/**
 * Joins the caller's signal and an optional timeout into one signal, remembering which fired so
 * that the caller gets E_TIMEOUT or E_CANCELLED rather than a bare AbortError.
 */
export function createDeadline(signal: AbortSignal | undefined, timeoutMs: number | undefined, what: string): Deadline {
  const controller = new AbortController();
  let reason: MeshmindError | null = null;
  const abort = (error: MeshmindError): void => {
    if (reason) return;
    reason = error;
    controller.abort(error);
  };
  const onAbort = (): void => abort(new MeshmindError('E_CANCELLED', `${what} was cancelled`));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs !== undefined && timeoutMs > 0
      ? setTimeout(() => abort(new MeshmindError('E_TIMEOUT', `${what} took longer than ${timeoutMs} ms`)), timeoutMs)
      : null;
  return {
    signal: controller.signal,
    reason: () => reason ?? new MeshmindError('E_CANCELLED', `${what} was cancelled`),
    dispose() {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** Resolves after `milliseconds`, or rejects with the signal's reason when it aborts first. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
