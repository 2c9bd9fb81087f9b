/**
 * Hand-written fakes of the Electron APIs the shell uses, for `vi.mock('electron', () =>
 * import('./electron-fake.js'))`. They record what the code under test did (handlers registered,
 * windows created, URLs opened) so tests assert behaviour, and let tests fire the events Electron
 * would. Only what main/electron and preload touch is faked; anything else is undefined, so a new
 * dependency on Electron shows up as a failing test rather than a silent pass.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;

export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  const id = nextId++;
  return { url, parent, processId: 100 + id, routingId: id };
}

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  readonly send = vi.fn();
  destroyed = false;

  constructor(url = 'app://worklog-desk/index.html') {
    super();
    this.mainFrame = fakeFrame(url);
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** What BrowserWindow.getFocusedWindow() answers; tests set it. */
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> };
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  maximized = false;
  minimized = false;
  destroyed = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.normalBounds;
  }
  /** What closing does in Electron: 'close', then destroyed, then 'closed'. */
  simulateClose(): void {
    this.emit('close', { preventDefault: vi.fn() });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
  // electron-store registers a sync listener for its renderer mode.
  on: vi.fn(),
};

const rendererEmitter = new EventEmitter();
export const ipcRenderer = {
  emitter: rendererEmitter,
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from-main' })),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    rendererEmitter.on(channel, listener);
    return ipcRenderer;
  }),
  removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
    rendererEmitter.removeListener(channel, listener);
    return ipcRenderer;
  }),
  send: vi.fn(),
  sendSync: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  paths = new Map<string, string>([['userData', '/fake/user-data']]);
  isPackaged = false;
  lockGranted = true;
  readonly quit = vi.fn(() => this.calls.push('quit'));
  readonly exit = vi.fn((code?: number) => this.calls.push(`exit:${code ?? 0}`));
  readonly enableSandbox = vi.fn(() => this.calls.push('enableSandbox'));
  readonly setName = vi.fn((name: string) => this.calls.push(`setName:${name}`));
  readonly setAppUserModelId = vi.fn();
  readonly whenReady = vi.fn(async () => {
    this.calls.push('whenReady');
  });
  readonly requestSingleInstanceLock = vi.fn(() => {
    this.calls.push('requestSingleInstanceLock');
    return this.lockGranted;
  });
  setPath(name: string, value: string): void {
    this.calls.push(`setPath:${name}`);
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (!value) throw new Error(`no fake path ${name}`);
    return value;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getName(): string {
    return 'Worklog Desk';
  }
}

export const app = new FakeApp();

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
  showItemInFolder: vi.fn((_path: string) => undefined),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const net = { fetch: vi.fn(async (..._args: unknown[]) => new Response('ok')) };

export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers what `saveDialogAnswer` holds (tests set it); records (window?, options) like Electron's overloads. */
  showSaveDialog: vi.fn(async (..._args: unknown[]) => dialog.saveDialogAnswer),
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => screen.displays[0],
  getAllDisplays: () => screen.displays,
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export class Tray extends EventEmitter {
  static instances: Tray[] = [];
  readonly setToolTip = vi.fn();
  readonly setContextMenu = vi.fn();
  readonly destroy = vi.fn();
  constructor(readonly image: unknown) {
    super();
    Tray.instances.push(this);
  }
}

export const nativeImage = {
  createFromPath: vi.fn((path: string) => ({ path })),
  createEmpty: vi.fn(() => ({ empty: true })),
};

export class Notification extends EventEmitter {
  static supported = true;
  static instances: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  readonly show = vi.fn();
  constructor(readonly options: Record<string, unknown>) {
    super();
    Notification.instances.push(this);
  }
}

/** Tests fire 'resume' (the machine woke up) with powerMonitor.emit. */
export const powerMonitor = new EventEmitter();

export { FakeBrowserWindow as BrowserWindow };

/** Fresh state for every test; mocks keep their implementations, lose their calls. */
export function resetElectronFake(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  dialog.saveDialogAnswer = { canceled: true, filePath: '' };
  Tray.instances = [];
  Notification.instances = [];
  Notification.supported = true;
  ipcMain.handlers.clear();
  rendererEmitter.removeAllListeners();
  contextBridge.exposed.clear();
  app.removeAllListeners();
  app.calls.length = 0;
  app.paths = new Map([['userData', '/fake/user-data']]);
  app.isPackaged = false;
  app.lockGranted = true;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  powerMonitor.removeAllListeners();
}

/** electron-store does `import electron from 'electron'`. */
export default { app, ipcMain, shell };
