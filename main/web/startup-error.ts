import { isAppError } from '../core/errors.js';

const FOLDER_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EACCES: 'you have no permission to write there',
  EPERM: 'you have no permission to write there',
  EROFS: 'it is on a read-only disk',
  ENOSPC: 'the disk is full',
  EEXIST: 'a file with that name is in the way',
};

/**
 * One line for the terminal when start-up fails. AppError messages are already written for people;
 * file-system errors get the folder and what to do; anything else is a bug, said as such.
 */
export function describeStartupError(e: unknown, dataDir: string): string {
  if (isAppError(e)) return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && FOLDER_PROBLEMS[code]) {
    return `It can't use the data folder ${dataDir}: ${FOLDER_PROBLEMS[code]}. Fix that, or point WORKLOG_DESK_DATA_DIR at a folder you can write to.`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return `An unexpected error stopped it (${message}). Please report this.`;
}
