import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const WRITER = path.resolve('test/fixtures/db-writer-process.ts');
const BATCH = 200;

function startWriter(dataDir: string, name: string, maxBatches = 0) {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, name, String(maxBatches)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (out.includes('ready')) {
        clearInterval(check);
        resolve();
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(check);
      if (!out.includes('ready')) reject(new Error(`writer exited ${code} before ready: ${err}`));
    });
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, err })),
  );
  return { child, ready, exited };
}

/** Every batch is either fully there or absent: a torn transaction would leave a partial count. */
function batchSizes(dataDir: string): { integrity: string; sizes: number[]; writers: string[] } {
  const db = openDatabase(dataDir);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const rows = db
      .prepare("SELECT json_extract(value, '$.writer') AS w, json_extract(value, '$.batch') AS b, count(*) AS n FROM settings GROUP BY w, b")
      .all() as Array<{ w: string; b: number; n: number }>;
    return { integrity, sizes: rows.map((r) => r.n), writers: [...new Set(rows.map((r) => r.w))] };
  } finally {
    db.close();
  }
}

describe('store under crashes and concurrent processes', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => tmp.cleanup());

  it('kill -9 of a writer mid-transaction leaves the database consistent', async () => {
    for (let round = 0; round < 3; round++) {
      const w = startWriter(tmp.dir, `crash${round}`);
      await w.ready;
      // Let it get well into its loop so the kill lands inside a transaction most of the time.
      await new Promise((r) => setTimeout(r, 150 + round * 70));
      w.child.kill('SIGKILL');
      const { signal } = await w.exited;
      expect(signal).toBe('SIGKILL');
    }
    const { integrity, sizes, writers } = batchSizes(tmp.dir);
    expect(integrity).toBe('ok');
    expect(writers.sort()).toEqual(['crash0', 'crash1', 'crash2']);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.every((n) => n === BATCH)).toBe(true);
  });

  it('two processes writing one database at once both finish, nothing lost or torn', async () => {
    const a = startWriter(tmp.dir, 'a', 40);
    const b = startWriter(tmp.dir, 'b', 40);
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    expect(ra).toMatchObject({ code: 0 });
    expect(rb).toMatchObject({ code: 0 });
    const { integrity, sizes, writers } = batchSizes(tmp.dir);
    expect(integrity).toBe('ok');
    expect(writers.sort()).toEqual(['a', 'b']);
    expect(sizes).toHaveLength(80);
    expect(sizes.every((n) => n === BATCH)).toBe(true);
  });
});
