import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSqliteBinding } from '../../../main/core/native/electron-sqlite-binding.js';

const base = { platform: 'linux', arch: 'x64', resourcesPath: '/nowhere/resources', appRoot: '/nowhere/repo', packaged: false };

describe('which better-sqlite3 main hands to the database', () => {
  it("none under plain Node: node_modules' own build is the right one", () => {
    expect(electronSqliteBinding({ ...base, electronVersion: undefined })).toBeUndefined();
  });

  it('from a checkout, the build in .electron-native for this Electron', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-binding-'));
    const file = path.join(root, '.electron-native', '45.5.0', 'linux-x64', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'x');
    expect(electronSqliteBinding({ ...base, appRoot: root, electronVersion: '45.5.0' })).toBe(file);
    fs.rmSync(root, { recursive: true });
  });

  it("from an installer, the one in the app's resources", () => {
    const resources = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-resources-'));
    const file = path.join(resources, 'electron-native', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'x');
    expect(electronSqliteBinding({ ...base, packaged: true, resourcesPath: resources, electronVersion: '45.5.0' })).toBe(file);
    fs.rmSync(resources, { recursive: true });
  });

  it('says what to do when it is missing, instead of a load error about NODE_MODULE_VERSION', () => {
    expect(() => electronSqliteBinding({ ...base, electronVersion: '45.5.0' })).toThrow(/not built for Electron 45\.5\.0 yet .* `npm start`, which builds it once/);
    expect(() => electronSqliteBinding({ ...base, packaged: true, electronVersion: '45.5.0' })).toThrow(/incomplete: .* Reinstall the app\./);
  });
});
