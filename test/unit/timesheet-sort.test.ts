import { describe, expect, it } from 'vitest';
import { behindLines, loadSort, nextSort, saveSort, sortPeople } from '../../shared/domain/timesheet-sort.js';
import type { TimesheetPerson } from '../../shared/domain/timesheet.js';

const H = 3600;
const person = (accountId: string, name: string, logged: number, expected: number, inTeam = true): TimesheetPerson => ({
  accountId,
  name,
  inTeam,
  sources: ['team'],
  cells: [],
  totals: { loggedSeconds: logged * H, expectedSeconds: expected * H, leaveSeconds: 0 },
});

const people = [
  person('a', 'Zoë 🚀', 30, 40), // −10
  person('b', 'Ana Núñez', 40, 40), // 0
  person('c', 'Émile', 12.5, 40), // −27.5
  person('d', 'Outsider', 1, 40, false), // −39, not in the team
];
const ids = (list: TimesheetPerson[]): string[] => list.map((p) => p.accountId);

describe('timesheet sort and "Copy list"', () => {
  it('sorts by each column, team first, ties by name', () => {
    expect(ids(sortPeople(people, { by: 'name', dir: 'asc' }))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortPeople(people, { by: 'name', dir: 'desc' }))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(sortPeople(people, { by: 'difference', dir: 'asc' }))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortPeople(people, { by: 'logged', dir: 'desc' }))).toEqual(['b', 'a', 'c', 'd']);
    // Equal expected hours: the name decides.
    expect(ids(sortPeople(people, { by: 'expected', dir: 'desc' }))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('a click flips the sorted column; a new column starts furthest-behind first', () => {
    expect(nextSort({ by: 'name', dir: 'asc' }, 'name')).toEqual({ by: 'name', dir: 'desc' });
    expect(nextSort({ by: 'name', dir: 'asc' }, 'difference')).toEqual({ by: 'difference', dir: 'asc' });
    expect(nextSort({ by: 'difference', dir: 'asc' }, 'logged')).toEqual({ by: 'logged', dir: 'desc' });
  });

  it('is remembered, and a damaged saved value falls back to the name order', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadSort(storage)).toEqual({ by: 'name', dir: 'asc' });
    saveSort(storage, { by: 'difference', dir: 'desc' });
    expect(loadSort(storage)).toEqual({ by: 'difference', dir: 'desc' });
    store.set('worklog-desk.timesheet-sort', '{"by":"height","dir":"asc"}');
    expect(loadSort(storage)).toEqual({ by: 'name', dir: 'asc' });
    store.set('worklog-desk.timesheet-sort', 'not json');
    expect(loadSort(storage)).toEqual({ by: 'name', dir: 'asc' });
  });

  it('copies one line per person behind, in the order given, names intact', () => {
    expect(behindLines(sortPeople(people, { by: 'difference', dir: 'asc' }), 'en-GB')).toEqual(['Émile — 27.5 h behind', 'Zoë 🚀 — 10 h behind', 'Outsider — 39 h behind']);
  });
});
