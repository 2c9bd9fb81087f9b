import fs from 'node:fs';
import path from 'node:path';
import { LOG_FOLDER } from '../data-dir.js';
import type { LogLevel, Logger } from '../ports.js';
import type { Redactor } from './redactor.js';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const MAX_BYTES = 5 * 1024 * 1024;

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  return value;
}

/**
 * JSON-lines log in `<dataDir>/logs/worklog-desk.log`, rotated once at 5 MiB. Appends synchronously:
 * volume is low and a line written just before a crash is the one you want.
 */
export function createFileLogger(
  dataDir: string,
  redactor: Redactor,
  options: { level?: LogLevel; echo?: (line: string) => void; file?: string } = {},
): Logger & { file: string } {
  const folder = path.join(dataDir, LOG_FOLDER);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, options.file ?? 'worklog-desk.log');
  const min = ORDER[options.level ?? 'info'];

  const log = (level: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[level] < min) return;
    const entries = fields ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describe(v)])) : undefined;
    const line = redactor.redact(JSON.stringify({ t: new Date().toISOString(), level, message, ...entries }));
    try {
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, line + '\n', { mode: 0o600 });
    } catch {
      // A full disk must not take the app down with it; the line is lost, nothing else.
    }
    options.echo?.(line);
  };
  return {
    file,
    log,
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
  };
}
