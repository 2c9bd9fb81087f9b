import type { Leave, LeavesSyncResult, PersonHours, PersonMapping } from '../../shared/domain/leaves.js';
import { CLI_INVOCATION } from './cli-error.js';
import { rangeText } from './date-range-options.js';
import { formatTextTable } from './text-table.js';
import { cellText } from './text-width.js';
import { formatHours } from './worklogs-format.js';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The people and their Factorial employee; unmapped people first-class, since those need a hand. */
export function formatMappings(people: readonly PersonMapping[]): string {
  if (people.length === 0) return `No Jira people known yet: sync some worklogs first (${CLI_INVOCATION} sync --this-month).`;
  const rows = people.map((p) => [
    cellText(p.name),
    p.accountId,
    p.email ?? '(hidden)',
    p.employeeId === null ? '—' : String(p.employeeId),
    p.employeeName === null ? '' : cellText(p.employeeName),
    p.how ?? 'unmapped',
  ]);
  const unmapped = people.filter((p) => p.employeeId === null).length;
  const tail =
    unmapped === 0
      ? `${plural(people.length, 'person', 'people')}, all mapped.`
      : `${plural(people.length, 'person', 'people')}, ${unmapped.toLocaleString('en-US')} unmapped. Map by hand: ${CLI_INVOCATION} factorial map --user ACCOUNT_ID --employee EMPLOYEE_ID`;
  return [formatTextTable(['NAME', 'ACCOUNT', 'EMAIL', 'EMPLOYEE', 'EMPLOYEE NAME', 'HOW'], rows), '', tail].join('\n');
}

export function formatSyncResult(r: LeavesSyncResult): string {
  const c = r.counts;
  return `Leaves synced for ${rangeText(r.from, r.to)}: ${plural(c.fetched, 'leave', 'leaves')} fetched, ${c.inserted} new, ${c.updated} changed, ${c.deleted} removed (${plural(r.requests, 'request', 'requests')}).`;
}

const halfText = (l: Leave): string => (l.halfDay === 'morning' ? 'morning' : l.halfDay === 'afternoon' ? 'afternoon' : 'whole days');

export function formatLeaves(leaves: readonly Leave[], range: { from: string; to: string }, names: ReadonlyMap<string, string>): string {
  if (leaves.length === 0) return `No leaves stored for ${rangeText(range.from, range.to)}. Fetch them with: ${CLI_INVOCATION} factorial sync --from ${range.from} --to ${range.to}`;
  const rows = leaves.map((l) => [
    rangeText(l.from, l.to),
    l.accountId === null ? `employee ${l.employeeId} (unmapped)` : cellText(names.get(l.accountId) ?? l.accountId),
    cellText(l.type ?? ''),
    halfText(l),
    l.approved ? 'approved' : 'PENDING',
  ]);
  const pending = leaves.filter((l) => !l.approved).length;
  return [formatTextTable(['DAYS', 'PERSON', 'TYPE', 'PART', 'STATUS'], rows), '', `${plural(leaves.length, 'leave', 'leaves')}${pending ? `, ${pending} pending (not subtracted from expected hours)` : ''}.`].join('\n');
}

/** `through`: the last day expected hours count when the range is still running (null: every day). */
export function formatHoursTable(people: readonly PersonHours[], range: { from: string; to: string }, through: string | null = null): string {
  if (people.length === 0) return `No people known for ${rangeText(range.from, range.to)}: sync some worklogs first.`;
  const rows = people.map((p) => [
    cellText(p.name),
    formatHours(p.expectedSeconds),
    formatHours(p.loggedSeconds),
    formatHours(p.loggedSeconds - p.expectedSeconds),
    formatHours(p.leaveSeconds),
  ]);
  return [
    formatTextTable(['PERSON', 'EXPECTED H', 'LOGGED H', 'DIFF H', 'LEAVE H'], rows, ['left', 'right', 'right', 'right', 'right']),
    '',
    `${rangeText(range.from, range.to)} · expected = Tempo's required hours, or working days × daily hours − holidays; minus approved leaves.`,
    ...(through !== null && through < range.to ? [`Expected hours count the days up to ${through}; later days are not counted yet (setting: up to yesterday or today).`] : []),
  ].join('\n');
}
