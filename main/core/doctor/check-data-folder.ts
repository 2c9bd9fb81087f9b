import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DoctorCheck } from '../../../shared/domain/doctor.js';
import { schemaVersion } from '../store/migrate.js';
import type { Db } from '../store/open-database.js';
import { fail, pass } from './doctor-check.js';

/** Below this a large sync (or SQLite's own temporary files) may run out of room. */
export const MIN_FREE_BYTES = 500 * 1024 * 1024;

export interface DataFolderDeps {
  dataDir: string;
  db: Db;
  /** The newest schema this version of the app knows. */
  latestSchema: number;
  minFreeBytes?: number;
}

const megabytes = (bytes: number): string => (bytes >= 10 * 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(0)} GB` : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.floor(bytes / 1024 ** 2)} MB`);

export function checkWritable(dataDir: string): DoctorCheck {
  const title = 'Data folder: writable';
  const probe = path.join(dataDir, `.doctor-${randomUUID()}`);
  try {
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
    return pass('data.writable', title, `${dataDir} is writable.`);
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'error';
    return fail('data.writable', title, `Worklog Desk can't write to ${dataDir} (${code}). Check the folder's owner and permissions.`);
  }
}

export function checkFreeSpace(dataDir: string, minFreeBytes: number = MIN_FREE_BYTES): DoctorCheck {
  const title = 'Data folder: free space';
  const stats = fs.statfsSync(dataDir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  if (free < minFreeBytes) {
    return fail('data.space', title, `Only ${megabytes(free)} free on the disk of ${dataDir}; Worklog Desk wants at least ${megabytes(minFreeBytes)} for syncs and exports. Free some space.`);
  }
  return pass('data.space', title, `${megabytes(free)} free.`);
}

export function checkSchema(db: Db, latestSchema: number): DoctorCheck {
  const title = 'Database: schema version';
  const version = schemaVersion(db);
  if (version === latestSchema) return pass('data.schema', title, `Schema ${version}, the one this version of Worklog Desk writes.`);
  if (version > latestSchema) return fail('data.schema', title, `Schema ${version} was written by a newer Worklog Desk (this one knows ${latestSchema}). Update the app.`);
  return fail('data.schema', title, `Schema ${version} is older than this version's ${latestSchema}: the update did not finish. Restart the app to apply it.`);
}

/** SQLite's own full check of every page and index; "ok" or a list of problems. */
export function checkIntegrity(db: Db): DoctorCheck {
  const title = 'Database: integrity';
  // At most 20 problems: a badly damaged file can list thousands, and the verdict is the same.
  const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>;
  const problems = rows.flatMap((r) => r.integrity_check.split('\n')).filter((r) => r !== 'ok' && !r.startsWith('***'));
  if (problems.length === 0) return pass('data.integrity', title, 'SQLite checked every page and index: no problems.');
  return fail(
    'data.integrity',
    title,
    `SQLite found ${problems.length >= 20 ? 'at least 20 problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`} in ${db.name} (first: ${problems[0]}). Close the app, copy the data folder somewhere safe, then move the database aside and sync again.`,
  );
}

export function checkDataFolder(deps: DataFolderDeps): DoctorCheck[] {
  return [checkWritable(deps.dataDir), checkFreeSpace(deps.dataDir, deps.minFreeBytes), checkSchema(deps.db, deps.latestSchema), checkIntegrity(deps.db)];
}
