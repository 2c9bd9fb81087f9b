import type { LogLevel, Logger } from '../../main/core/ports.js';

export interface MemoryLogEntry {
  /** Epoch ms when it was logged. */
  at: number;
  level: LogLevel;
  message: string;
  fields: Record<string, unknown> | undefined;
}

export interface MemoryLogger extends Logger {
  /** Every line as it would be written: level, message and fields as JSON. */
  lines: string[];
  entries: MemoryLogEntry[];
}

/** A Logger that keeps lines in memory, so tests can assert what was (and was not) logged, and when. */
export function createMemoryLogger(): MemoryLogger {
  const lines: string[] = [];
  const entries: MemoryLogEntry[] = [];
  const log = (level: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    entries.push({ at: Date.now(), level, message, fields });
    lines.push(`${level} ${message}${fields === undefined ? '' : ` ${JSON.stringify(fields)}`}`);
  };
  return {
    lines,
    entries,
    log,
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
  };
}
