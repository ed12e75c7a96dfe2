import type { Result } from '../errors';
import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from './channels';

/** What the preload exposes as `window.ess`: one named function per channel, plus event subscription. */
export type EssApi = {
  [K in Channel]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
