import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

const LOCK_FILE = 'sync.lock';

/** Who holds the sync lock of a data folder: another live process (the app, a CLI). */
export interface SyncLockHolder {
  pid: number;
  owner: string;
  since: string | null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): { pid?: unknown; owner?: unknown; at?: unknown } | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown; owner?: unknown; at?: unknown };
  } catch {
    // Missing, or written half-way by a process that died: nobody holds it.
    return null;
  }
}

/**
 * The live holder of the lock when it is ANOTHER process; null when free, stale (its process is
 * gone after kill -9 or a crash) or held by this very process.
 */
export function syncLockHolder(dataDir: string): SyncLockHolder | null {
  const lock = readLock(path.join(dataDir, LOCK_FILE));
  if (!lock || typeof lock.pid !== 'number' || lock.pid === process.pid || !alive(lock.pid)) return null;
  return {
    pid: lock.pid,
    owner: typeof lock.owner === 'string' ? lock.owner : 'another Worklog Desk process',
    since: typeof lock.at === 'string' ? lock.at : null,
  };
}

/** Refuses an operation that must not run under another process's sync (rows would come back with it). */
export function refuseWhileOtherSyncs(dataDir: string, what: string): void {
  const holder = syncLockHolder(dataDir);
  if (holder) throw new AppError('busy', `A sync is running in ${holder.owner}: wait for it to finish, or cancel it there, before ${what}.`);
}

/**
 * One sync at a time per data folder, across processes (the app and the CLI share a folder).
 * An exclusive lock file holds the owner's pid; a lock whose process is gone is taken over.
 */
export function acquireSyncLock(dataDir: string, owner: string): { release(): void } {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, owner, at: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = syncLockHolder(dataDir);
      if (holder) {
        throw new AppError('busy', `A sync is already running in ${holder.owner}. Wait for it to finish, or cancel it there.`);
      }
      if (readLock(file)?.pid === process.pid) throw new AppError('busy', 'A sync is already running. Wait for it to finish or cancel it.');
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('busy', 'Could not take the sync lock; try again in a moment.');
}
