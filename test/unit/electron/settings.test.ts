import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronFake } from './electron-fake.js';

vi.mock('electron', () => import('./electron-fake.js'));

// The real electron-store (inlined by vitest.config.ts so it sees the mocked 'electron').
const { createSettings } = await import('../../../main/electron/settings.js');

let dir: string;
beforeEach(() => {
  resetElectronFake();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('keeps the window state in settings.json inside the data folder', () => {
    const settings = createSettings(dir);
    expect(settings.windowState()).toBeNull();
    settings.saveWindowState({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toEqual({ windowState: { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true } });
    expect(createSettings(dir).windowState()).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
  });

  it('starts clean from a corrupt file instead of failing', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"windowState": {"bou');
    expect(createSettings(dir).windowState()).toBeNull();
  });

  it('ignores a hand-edited window state of the wrong shape', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ windowState: { bounds: { x: 'left' } } }));
    expect(createSettings(dir).windowState()).toBeNull();
  });
});
