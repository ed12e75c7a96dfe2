import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../../../electron/ipc/handlers/index';
import { dispatch } from '../../../electron/ipc/dispatch';
import type { Dialogs } from '../../../electron/ipc/dialogs';
import { AppStateStore } from '../../../electron/services/appState';
import { CaseFileSession } from '../../../electron/services/session';
import { EVENT_NAMES, type EventName } from '../../../shared/contract/channels';
import type { SessionStatus } from '../../../shared/contract/schemas';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

/**
 * TEST ONLY — never part of the app. Serves the built renderer over HTTP on
 * 127.0.0.1 and answers its calls through the very same handler table and
 * dispatch (validation, error codes) that Electron's IPC uses, so Playwright
 * can drive the real renderer against the real services in Debian's Chromium.
 */
export interface LoopbackBridge {
  url: string;
  /** What the next file dialog returns (null = the user cancels). */
  dialogs: { next: string | null };
  session: CaseFileSession;
  close(): Promise<void>;
}

// ESS_RENDERER_DIR lets parallel runs serve builds of their own (e.g. an older commit's).
const RENDERER_DIR = path.resolve(process.env.ESS_RENDERER_DIR ?? 'dist/renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Electron's IPC carries typed arrays (the passphrase goes as bytes); JSON
 * does not, so the page-side half marks them and this turns them back.
 */
function reviveBytes(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && Array.isArray((value as { __essBytes?: unknown }).__essBytes)) {
    return Uint8Array.from((value as { __essBytes: number[] }).__essBytes);
  }
  return value;
}

export async function startLoopbackBridge(dataDir: string): Promise<LoopbackBridge> {
  const dialogState = { next: null as string | null };
  const take = async () => {
    const chosen = dialogState.next;
    dialogState.next = null;
    return chosen;
  };
  const dialogs: Dialogs = {
    chooseNewCaseFile: take,
    chooseCaseFile: take,
    chooseBackupDestination: take,
    chooseExportDestination: take,
    chooseDocumentDestination: take,
  };
  const listeners = new Set<http.ServerResponse>();
  const send = (event: EventName, payload: unknown): void => {
    for (const listener of listeners) listener.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  };
  const session = new CaseFileSession({
    onChange: (status: SessionStatus) => send('session.changed', status),
    onJobProgress: (progress) => send('caseFile.jobProgress', progress),
    anchorsDir: () => dataDir,
  });
  const handlers = createHandlers({ session, appState: new AppStateStore(dataDir), dialogs, dataDir });

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname.startsWith('/__ess/invoke/')) {
      const channel = decodeURIComponent(url.pathname.slice('/__ess/invoke/'.length));
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        void dispatch(handlers, channel, body ? JSON.parse(body, reviveBytes) : {}).then((result) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(result));
        });
      });
      return;
    }
    if (url.pathname === '/__ess/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    const filePath = path.resolve(RENDERER_DIR, `.${url.pathname === '/' ? '/index.html' : url.pathname}`);
    if (!filePath.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(filePath)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[path.extname(filePath)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    fs.createReadStream(filePath).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    dialogs: dialogState,
    session,
    close: async () => {
      session.close();
      for (const listener of listeners) listener.end();
      listeners.clear();
      // The page may still hold keep-alive connections; close() alone would wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The page-side half: defines window.ess with the same shape as the preload
 * (one function per channel, plus `on`), speaking HTTP to the server above.
 * Injected with page.addInitScript, so it exists only in test browsers.
 */
export function bridgeInitScript(channels: readonly string[]): string {
  return `(() => {
    const api = {};
    const bytes = (_key, value) => (value instanceof Uint8Array ? { __essBytes: Array.from(value) } : value);
    for (const channel of ${JSON.stringify(channels)}) {
      api[channel] = (request) => fetch('/__ess/invoke/' + encodeURIComponent(channel), {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request ?? {}, bytes),
      }).then((response) => response.json());
    }
    api.on = (event, listener) => {
      if (!${JSON.stringify(EVENT_NAMES)}.includes(event)) throw new Error('Unknown event: ' + event);
      const source = new EventSource('/__ess/events');
      source.addEventListener(event, (message) => listener(JSON.parse(message.data)));
      return () => source.close();
    };
    Object.defineProperty(window, 'ess', { value: Object.freeze(api) });
  })();`;
}
