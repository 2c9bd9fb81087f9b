import { createHash } from 'node:crypto';

/** One numbered schema step. Its SQL is checksummed: an applied migration must never be edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrationChecksum(m: Migration): string {
  // Line endings are normalised so a checkout with CRLF doesn't look like an edit.
  return createHash('sha256').update(m.sql.replace(/\r\n/g, '\n').trim()).digest('hex');
}
