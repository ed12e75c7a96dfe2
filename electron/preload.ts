import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EssApi } from '../shared/contract/api';
import { CHANNELS, EVENT_NAMES, wireChannel, type EventName } from '../shared/contract/channels';

// One named function per contract channel, and nothing else: the page never
// sees ipcRenderer and cannot reach a channel the contract does not list.
const api: Record<string, unknown> = {};
for (const channel of CHANNELS) {
  api[channel] = (request: unknown) => ipcRenderer.invoke(wireChannel(channel), request);
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(wireChannel(event), forward);
  return () => ipcRenderer.removeListener(wireChannel(event), forward);
};

contextBridge.exposeInMainWorld('ess', api as EssApi);
