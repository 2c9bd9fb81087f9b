import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { AppError } from '../errors.js';

/** The file being written, as a writer sees it. */
export interface OutputFile {
  stream: fs.WriteStream;
  /**
   * Resolves when the file can take more (after a turn of the event loop, or once the disk caught
   * up); rejects with the write error as soon as writing failed, so a writer stops producing.
   */
  ready(): Promise<void>;
  /** Rejects with the write error; never resolves. */
  failed: Promise<never>;
}

/** Errors of the file system in plain words; anything else is passed on untouched. */
export function fileError(e: unknown, dest: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  const dir = path.dirname(dest);
  const name = path.basename(dest);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('storage', `Worklog Desk can't write to ${dir}. Choose another folder, or check that you may save files there. Nothing was written.`, { cause: e });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', `There isn't enough free space in ${dir} for the export. Free some space or choose another folder. Nothing was written.`, { cause: e });
    case 'EFBIG':
      return new AppError('storage', `The export is too big for ${dir} (the disk or a file size limit refused it). Choose another folder, or export fewer worklogs. Nothing was written.`, { cause: e });
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not_found', `The folder ${dir} does not exist (any more). Choose another folder.`, { cause: e });
    case 'EEXIST':
      return new AppError('conflict', `${name} already exists in ${dir} and was left as it is. Choose another name.`, { cause: e });
    case 'EISDIR':
      return new AppError('conflict', `${dest} is a folder. Choose a file name.`, { cause: e });
    default:
      return e;
  }
}

/** Puts the finished file in place: rename (replacing) or a hard link that fails if the name is taken. */
async function commit(tmp: string, dest: string, replace: boolean): Promise<void> {
  if (replace) {
    await fs.promises.rename(tmp, dest);
    return;
  }
  try {
    await fs.promises.link(tmp, dest);
  } catch (e) {
    const code = (e as { code?: string }).code;
    // Some file systems (FAT on a USB stick, some network shares) have no hard links: copy, never over an existing file.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    try {
      await fs.promises.copyFile(tmp, dest, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as { code?: string }).code !== 'EEXIST') await fs.promises.rm(dest, { force: true });
      throw copyError;
    }
  }
  await fs.promises.rm(tmp, { force: true });
}

/**
 * Writes `dest` so that it is either complete or absent: the content goes to a hidden temporary
 * file in the same folder (same file system, so the final step is a rename), is flushed to disk,
 * and only then takes its name. Whatever fails — the folder isn't writable, the disk fills up,
 * the writer throws — the temporary file is removed and `dest` is untouched. Without `replace` an
 * existing `dest` is never overwritten, even if it appears while the export runs.
 */
export async function writeFileAtomically(dest: string, replace: boolean, write: (out: OutputFile) => Promise<void>): Promise<void> {
  const dir = path.dirname(dest);
  if (!replace && fs.existsSync(dest)) throw fileError(Object.assign(new Error('exists'), { code: 'EEXIST' }), dest);
  const tmp = path.join(dir, `.${path.basename(dest)}.${randomBytes(6).toString('hex')}.part`);
  let stream: fs.WriteStream | undefined;
  try {
    const opened = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o644 });
    stream = opened;
    let failure: Error | null = null;
    const failed = new Promise<never>((_, reject) =>
      opened.on('error', (e) => {
        failure = e;
        reject(e);
      }),
    );
    failed.catch(() => undefined);
    await Promise.race([once(opened, 'ready'), failed]);
    const out: OutputFile = {
      stream: opened,
      failed,
      ready: () => {
        if (failure) return Promise.reject(failure);
        if (opened.writableNeedDrain) return Promise.race([once(opened, 'drain').then(() => undefined), failed]);
        return new Promise((resolve) => setImmediate(resolve));
      },
    };
    await write(out);
    if (!opened.closed) await Promise.race([once(opened, 'close'), failed]);
    if (failure) throw failure;
    // Flushed to disk before it gets its name: a crash right after can't leave an empty file behind.
    const handle = await fs.promises.open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await commit(tmp, dest, replace);
  } catch (e) {
    stream?.destroy();
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw fileError(e, dest);
  }
}
