import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAddonMarkers } from '../../../main/core/native/addon-markers.js';

const modules = path.resolve('node_modules');

describe('the native modules the app ships', () => {
  it('keytar is an N-API addon, so its one build loads in Node and in Electron', () => {
    const file = path.join(modules, 'keytar', 'build', 'Release', 'keytar.node');
    const markers = readAddonMarkers(file);
    // If a future keytar drops N-API, Electron needs its own keytar build like better-sqlite3's
    // (scripts/native/ensure-electron-binding.ts): say so instead of shipping a binary that crashes.
    expect(markers, `${file} no longer exports napi_register_module_v1: keytar needs an Electron build`).toMatchObject({ napi: true, nodeAbi: null });
    const pkg = JSON.parse(fs.readFileSync(path.join(modules, 'keytar', 'package.json'), 'utf8')) as { binary?: { napi_versions?: number[] } };
    expect(pkg.binary?.napi_versions?.length, 'keytar/package.json declares no binary.napi_versions').toBeGreaterThan(0);
  });

  it("better-sqlite3 in node_modules is built for this Node's ABI (not N-API), which is why Electron gets its own", () => {
    const markers = readAddonMarkers(path.join(modules, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(markers).toEqual({ napi: false, nodeAbi: Number(process.versions.modules) });
  });

  it('reads the ABI from the export name, wherever it sits in the file', () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'markers-'));
    const file = path.join(dir, 'x.node');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0, 255, 7]), Buffer.from('\0node_register_module_v150\0'), Buffer.alloc(64)]));
    expect(readAddonMarkers(file)).toEqual({ napi: false, nodeAbi: 150 });
    fs.writeFileSync(file, Buffer.from('nothing to see'));
    expect(readAddonMarkers(file)).toEqual({ napi: false, nodeAbi: null });
    fs.rmSync(dir, { recursive: true });
  });
});
