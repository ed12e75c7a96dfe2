import { parentPort } from 'node:worker_threads';
import { renderBriefing } from './build';
import type { BriefingDocumentModel } from '../../shared/domain/briefingDocument';

/**
 * Worker-thread entry: builds and packs one note off the main thread, so a
 * 10,000-signal overview does not freeze the window. The bytes go back as a
 * transferred buffer (no copy).
 */
export type WorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

parentPort?.once('message', (model: BriefingDocumentModel) => {
  renderBriefing(model).then(
    (bytes) => {
      const copy = new Uint8Array(bytes);
      parentPort?.postMessage({ ok: true, bytes: copy } satisfies WorkerReply, [copy.buffer]);
    },
    (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
