import { CHANNELS, wireChannel } from '../../shared/contract/channels';
import type { Result } from '../../shared/errors';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers/index';

/** The part of Electron's ipcMain we use, so this module stays free of 'electron'. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<Result<unknown>>): void;
}

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** Registers every channel of the contract; requests from any other origin are refused. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(wireChannel(channel), async (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Request from an untrusted page' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
