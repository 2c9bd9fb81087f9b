import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../main/core/app-core.js';
import { DATABASE_FILE, DATA_DIR_ENV } from '../../../main/core/data-dir.js';
import { INVOKE_PREFIX } from '../../../main/electron/ipc-server.js';
import { CHANNEL_NAMES } from '../../../shared/channel-names.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { app, FakeBrowserWindow, ipcMain, Menu, Tray } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

/**
 * The real main entry (main/index.ts), booted against the Electron fakes with a real data folder,
 * real SQLite and the real keychain: ready → window → IPC → tray → quit, as on a laptop, without
 * the Electron binary.
 */
const ADA = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Ada Lovelace', email: 'ada@example.com', token: `boot-token-${Date.now()}` };
let jira: Awaited<ReturnType<typeof startFakeJira>>;
const tmp = makeTempDir('wd-boot-');
const dbFile = path.join(tmp.dir, DATABASE_FILE);

/** How many file descriptors of this process point at the database (Linux exposes them in /proc). */
function openHandles(): number | null {
  if (process.platform !== 'linux') return null;
  return fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`) === dbFile;
    } catch {
      return false;
    }
  }).length;
}

const logText = (): string => {
  const dir = path.join(tmp.dir, 'logs');
  return fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
};

beforeAll(async () => {
  jira = await startFakeJira({ users: [ADA] });
  // A data folder that already has an instance, its token in the keychain.
  const seed = createAppCore({ host: 'cli', dataDir: tmp.dir });
  const added = await seed.dispatch('instances.add', { name: 'alpha', url: jira.url, email: ADA.email, jiraToken: ADA.token });
  expect(added.ok).toBe(true);
  seed.close();
  process.env[DATA_DIR_ENV] = tmp.dir;
  await import('../../../main/index.js');
  // start() runs on its own after import; the tray is the last thing it creates.
  await vi.waitFor(() => expect(Tray.instances).toHaveLength(1), { timeout: 10_000 });
});

afterAll(async () => {
  delete process.env[DATA_DIR_ENV];
  await jira.close();
  tmp.cleanup();
});

describe('main/index.ts from app ready to quit', () => {
  it('takes the single-instance lock after pointing userData at the data folder, then waits for ready', () => {
    expect(app.getPath('userData')).toBe(tmp.dir);
    const lock = app.calls.indexOf('requestSingleInstanceLock');
    expect(lock).toBeGreaterThan(app.calls.indexOf('setPath:userData'));
    expect(app.calls.indexOf('whenReady')).toBeGreaterThan(lock);
    expect(app.calls).toContain('enableSandbox');
  });

  it('opens one window with secure webPreferences', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(window?.options.webPreferences?.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith(expect.stringMatching(/^app:\/\//));
  });

  it('registers a handler for every contract channel, which answers from the real data folder and keychain', async () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `${INVOKE_PREFIX}${c}`).sort());
    const [window] = FakeBrowserWindow.instances;
    const handler = ipcMain.handlers.get(`${INVOKE_PREFIX}instances.list`);
    const answer = (await handler?.({ sender: window?.webContents, senderFrame: window?.webContents.mainFrame }, {})) as { ok: boolean; value: InstanceView[] };
    expect(answer.ok).toBe(true);
    expect(answer.value.map((i) => i.name)).toEqual(['alpha']);
    // Read from the real keychain the app opened: the token is there, and never in the answer.
    expect(answer.value[0]?.jiraTokenSaved).toBe(true);
    expect(JSON.stringify(answer)).not.toContain(ADA.token);
  });

  it('puts Sync now, Open and Quit in the tray menu', () => {
    const menu = Tray.instances[0]?.setContextMenu.mock.lastCall?.[0] as { template: Array<{ label?: string }> };
    const labels = menu.template.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Sync now', 'Open Worklog Desk', 'Quit']));
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('opened the data folder once, even when launched again or re-activated', () => {
    app.emit('second-instance', {}, ['worklog-desk'], '/');
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    // The seeding above logged its own start, as the command line.
    expect(logText().match(/core started.*"host":"electron"/g)).toHaveLength(1);
    const handles = openHandles();
    if (handles !== null) expect(handles).toBe(1);
  });

  it('closes the database and the tray on quit', () => {
    app.emit('will-quit');
    expect(Tray.instances[0]?.destroy).toHaveBeenCalledTimes(1);
    expect(logText()).toContain('core stopped');
    const handles = openHandles();
    if (handles !== null) expect(handles).toBe(0);
    // SQLite removes the WAL file when the last connection closes cleanly.
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  });
});
