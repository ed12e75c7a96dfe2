import type { EssApi } from '../../../shared/contract/api';
import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { AppErrorData, ErrorCode, Result } from '../../../shared/errors';

declare global {
  interface Window {
    /** Exposed by the preload (or, in end-to-end tests only, by the loopback bridge). */
    readonly ess: EssApi;
  }
}

/** A refusal from the main process, with its stable code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: NonNullable<AppErrorData['issues']>;
  readonly retryAfterMs?: number;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.issues = data.issues ?? [];
    this.retryAfterMs = data.retryAfterMs;
  }
}

/** Calls one contract channel; resolves with the value or rejects with an ApiError. */
export async function call<K extends Channel>(channel: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  // The mapped type loses the link between K and its function; the contract guarantees it.
  const invoke = window.ess[channel] as unknown as (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
  const result = await invoke(request);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.ess.on(event, listener);
}
