import Module from 'node:module';

/**
 * A stand-in for the `electron` module, so the built main bundle can run in
 * plain Node: it records what the main process asks of Electron and lets a
 * test play the part of the OS and the renderer (emit events, call the
 * handlers main registered). Anything main uses that is not modelled here
 * fails loudly, so a new Electron API in main cannot go untested by accident.
 */

type Listener = (...args: never[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = ((...args: never[]) => {
      this.off(event, wrapper);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapper);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  /** Calls every listener as Electron would, with the arguments Electron passes. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

export interface PreventableEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

/** An Electron event object; navigation events carry their target in `url`. */
export function preventableEvent<T extends object>(fields?: T): PreventableEvent & T {
  let prevented = false;
  return {
    ...(fields as T),
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

export class WebContentsStandIn extends Emitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly windowOpenHandlers: WindowOpenHandler[] = [];

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandlers.push(handler);
  }
}

export type IpcListener = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>;
export type ProtocolHandler = (request: { url: string; method?: string }) => Promise<Response>;
export type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;
export type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

export interface DialogAnswer {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

export interface ElectronStandIn {
  /** Every call main made, in order, by API name (for example `app.enableSandbox`). */
  calls: Array<{ api: string; args: unknown[] }>;
  /** Calls made before the app became ready (what Electron requires for schemes and sandbox). */
  callsBeforeReady: string[];
  module: Record<string, unknown>;
  app: Emitter & { isPackaged: boolean; paths: Map<string, string> };
  ipcHandlers: Array<{ channel: string; listener: IpcListener }>;
  protocolHandlers: Array<{ scheme: string; handler: ProtocolHandler }>;
  privilegedSchemes: unknown[];
  beforeRequest: BeforeRequestListener[];
  headersReceived: unknown[];
  permissionRequest: PermissionRequestHandler[];
  permissionCheck: PermissionCheckHandler[];
  powerMonitor: Emitter & { idleSeconds: number };
  windows: Array<{ options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>; webContents: WebContentsStandIn; loadedUrls: string[]; window: Emitter }>;
  dialogAnswers: DialogAnswer[];
  dialogCalls: Array<{ kind: string; options: unknown }>;
  /** Resolves app.whenReady(), as Electron does once it has started. */
  becomeReady(): void;
}

export function createElectronStandIn(): ElectronStandIn {
  const calls: ElectronStandIn['calls'] = [];
  const callsBeforeReady: string[] = [];
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const record = (api: string, args: unknown[]): void => {
    calls.push({ api, args });
    if (!ready) callsBeforeReady.push(api);
  };

  const app = Object.assign(new Emitter(), { isPackaged: true, paths: new Map<string, string>() });
  const appApi = Object.assign(app, {
    enableSandbox: () => record('app.enableSandbox', []),
    whenReady: () => {
      record('app.whenReady', []);
      return readyPromise;
    },
    setPath: (name: string, value: string) => {
      record('app.setPath', [name, value]);
      app.paths.set(name, value);
    },
    getPath: (name: string) => {
      record('app.getPath', [name]);
      const value = app.paths.get(name);
      if (!value) throw new Error(`stand-in electron: no path ${name} was set`);
      return value;
    },
    quit: () => record('app.quit', []),
  });

  const standIn: ElectronStandIn = {
    calls,
    callsBeforeReady,
    module: {},
    app,
    ipcHandlers: [],
    protocolHandlers: [],
    privilegedSchemes: [],
    beforeRequest: [],
    headersReceived: [],
    permissionRequest: [],
    permissionCheck: [],
    powerMonitor: Object.assign(new Emitter(), { idleSeconds: 0 }),
    windows: [],
    dialogAnswers: [],
    dialogCalls: [],
    becomeReady: () => {
      ready = true;
      resolveReady();
    },
  };

  class BrowserWindow extends Emitter {
    readonly webContents = new WebContentsStandIn();
    private readonly loadedUrls: string[] = [];

    constructor(options: ElectronStandIn['windows'][number]['options']) {
      super();
      record('BrowserWindow', [options]);
      standIn.windows.push({ options, webContents: this.webContents, loadedUrls: this.loadedUrls, window: this });
      // Electron announces every new web contents, the window's own included.
      app.emit('web-contents-created', preventableEvent(), this.webContents);
    }

    loadURL(url: string): Promise<void> {
      record('BrowserWindow.loadURL', [url]);
      this.loadedUrls.push(url);
      return Promise.resolve();
    }

    show(): void {
      record('BrowserWindow.show', []);
    }
  }

  const dialogAnswer = (kind: string, args: unknown[]): Promise<DialogAnswer> => {
    const options = args.length > 1 ? args[1] : args[0];
    standIn.dialogCalls.push({ kind, options });
    record(`dialog.${kind}`, args);
    return Promise.resolve(standIn.dialogAnswers.shift() ?? { canceled: true, filePaths: [] });
  };

  const defaultSession = {
    webRequest: {
      onBeforeRequest: (listener: BeforeRequestListener) => {
        record('session.webRequest.onBeforeRequest', [listener]);
        standIn.beforeRequest.push(listener);
      },
      onHeadersReceived: (listener: unknown) => {
        record('session.webRequest.onHeadersReceived', [listener]);
        standIn.headersReceived.push(listener);
      },
    },
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
      record('session.setPermissionRequestHandler', [handler]);
      standIn.permissionRequest.push(handler);
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => {
      record('session.setPermissionCheckHandler', [handler]);
      standIn.permissionCheck.push(handler);
    },
  };

  const powerMonitor = Object.assign(standIn.powerMonitor, {
    getSystemIdleTime: () => standIn.powerMonitor.idleSeconds,
  });

  const modelled: Record<string, unknown> = {
    app: appApi,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: IpcListener) => {
        record('ipcMain.handle', [channel]);
        standIn.ipcHandlers.push({ channel, listener });
      },
      handleOnce: (channel: string) => record('ipcMain.handleOnce', [channel]),
      on: (channel: string) => record('ipcMain.on', [channel]),
      once: (channel: string) => record('ipcMain.once', [channel]),
      addListener: (channel: string) => record('ipcMain.addListener', [channel]),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        record('protocol.registerSchemesAsPrivileged', [schemes]);
        standIn.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: ProtocolHandler) => {
        record('protocol.handle', [scheme]);
        standIn.protocolHandlers.push({ scheme, handler });
      },
    },
    session: { defaultSession },
    powerMonitor,
    dialog: {
      showSaveDialog: (...args: unknown[]) => dialogAnswer('showSaveDialog', args),
      showOpenDialog: (...args: unknown[]) => dialogAnswer('showOpenDialog', args),
    },
  };

  standIn.module = new Proxy(modelled, {
    get(target, name) {
      if (typeof name === 'symbol' || name in target) return target[name as string];
      // Module interop probes (__esModule, default) are answered, anything else is a gap in the stand-in.
      if (name === '__esModule') return false;
      if (name === 'default') return target;
      throw new Error(`stand-in electron: main uses electron.${name}, which the stand-in does not model yet`);
    },
  });
  return standIn;
}

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * Answers every `require('electron')` in this process with the stand-in until
 * the returned function is called. (The real package would try to download
 * the Electron binary on first require.)
 */
export function interceptElectron(standIn: ElectronStandIn): () => void {
  const loader = Module as unknown as { _load: ModuleLoad };
  const original = loader._load;
  loader._load = function load(this: unknown, request, parent, isMain) {
    if (request === 'electron') return standIn.module;
    return original.call(this, request, parent, isMain);
  };
  return () => {
    loader._load = original;
  };
}
