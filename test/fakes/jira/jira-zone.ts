/**
 * Jira Cloud answers in the zone of the account reading the API, not the author's: `started` is
 * that instant rendered in the reader's profile zone (2026-06-30T23:00:00.000+0200 for 07:00 on
 * 1 July in Sydney, read from Berlin), and JQL `worklogDate` compares dates in that zone too.
 * Memoised by value: the world's `started` strings never change meaning, and a search evaluates
 * every worklog of the world.
 */

import { dateInZone, reRender } from '../zones.js';

const rendered = new Map<string, string>();
const dates = new Map<string, string>();

function memo(cache: Map<string, string>, key: string, make: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size > 200_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** `started` as Jira returns it to a reader in `readerZone`. */
export const startedForReader = (started: string, readerZone: string): string => memo(rendered, `${readerZone} ${started}`, () => reRender(started, readerZone));

/** The date JQL `worklogDate` sees for a reader in `readerZone`. */
export const worklogDateForReader = (started: string, readerZone: string): string => memo(dates, `${readerZone} ${started}`, () => dateInZone(started, readerZone));
