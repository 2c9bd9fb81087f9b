import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import type { Timesheet, TimesheetCell, TimesheetDay, TimesheetPerson } from '../../../../shared/domain/timesheet';
import { diffTone, formatHours, signedHours } from '../../format';
import { ApprovalBadge } from './approval-badge';
import { ExpectationSources, SOURCE_WORDS } from './expectation-sources';
import { SortHeader } from './sort-header';
import type { SortKey, TimesheetSort } from '../../../../shared/domain/timesheet-sort';
import { LEAVE_COLOUR_CLASS, leaveColourStyle } from '../../leave-colours';
import { cellHours, dayNumber, leaveKind, leaveWords, shortDay, weekdayShort } from './timesheet-format';
import { cellAnomalyText } from './anomaly-words';

export interface CellRef {
  person: TimesheetPerson;
  cell: TimesheetCell;
  day: TimesheetDay;
}

const isWeekend = (d: TimesheetDay): boolean => d.weekday >= 6;

/** A counted (elapsed) working day with less logged than expected. */
export const isMissing = (c: TimesheetCell): boolean => !c.nonWorking && c.counted && c.expectedSeconds > 0 && c.loggedSeconds < c.expectedSeconds;
export const isOver = (c: TimesheetCell): boolean => c.loggedSeconds > 0 && c.loggedSeconds > c.expectedSeconds;

/** What a screen reader (and the tooltip) says for one cell; `anomaly`: the cell's flags in words, when shown. */
export function cellLabel(person: TimesheetPerson, cell: TimesheetCell, day: TimesheetDay, anomaly = ''): string {
  const parts = [`${person.name}, ${shortDay(cell.date)}: ${formatHours(cell.loggedSeconds)} logged of ${formatHours(cell.expectedSeconds)} expected`];
  if (anomaly) parts.push(`flagged: ${anomaly}`);
  if (isMissing(cell)) parts.push(`${formatHours(cell.expectedSeconds - cell.loggedSeconds)} missing`);
  if (!cell.counted) parts.push('not counted yet');
  const holiday = cell.holiday ?? day.holiday;
  if (holiday) parts.push(`holiday: ${holiday}`);
  else if (cell.nonWorking) parts.push('non-working day');
  if (!holiday) parts.push(`expected from ${SOURCE_WORDS[cell.source]}`);
  for (const l of cell.leaves) parts.push(leaveWords(l));
  return parts.join(', ');
}

function LeaveMark({ cell }: { cell: TimesheetCell }) {
  const first = cell.leaves[0];
  if (!first) return null;
  // Approved leaves win the mark when a day has several; the label lists them all.
  const mark = cell.leaves.find((l) => l.approved) ?? first;
  const classes = ['ts-leave', LEAVE_COLOUR_CLASS, `ts-leave--${leaveKind(mark.type)}`, mark.halfDay ? `ts-leave--${mark.halfDay}` : '', mark.approved ? '' : 'ts-leave--pending'].filter(Boolean).join(' ');
  return <span className={classes} style={leaveColourStyle(mark.type)} aria-hidden="true" data-testid="leave-mark" data-approved={mark.approved} data-half={mark.halfDay ?? undefined} />;
}

function DiffCell({ seconds }: { seconds: number }) {
  const tone = { even: '', short: 'is-negative', over: 'is-positive' }[diffTone(seconds)];
  return <td className={`ts-total ts-total--diff ts-pin ts-pin--diff ${tone}`}>{signedHours(seconds)}</td>;
}

export function TimesheetGrid({
  data,
  today,
  label,
  onOpen,
  sort,
  onSort,
  showAnomalies = false,
}: {
  data: Timesheet;
  today: string;
  label: string;
  onOpen(ref: CellRef): void;
  sort: TimesheetSort;
  onSort(by: SortKey): void;
  /** Mark the days whose cells carry anomalies (the "Show anomalies" toggle). */
  showAnomalies?: boolean;
}) {
  const [active, setActive] = useState<{ r: number; c: number }>({ r: 0, c: 0 });
  const rows = data.people.length;
  const cols = data.days.length;
  const r0 = Math.min(active.r, rows - 1);
  const c0 = Math.min(active.c, cols - 1);

  const totals = data.people.reduce(
    (t, p) => ({ logged: t.logged + p.totals.loggedSeconds, expected: t.expected + p.totals.expectedSeconds, leave: t.leave + p.totals.leaveSeconds }),
    { logged: 0, expected: 0, leave: 0 },
  );

  // One tab stop for the whole grid; arrows, Home/End and Ctrl+Home/End move between cells.
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>): void => {
    const target = e.target as HTMLElement;
    const r = Number(target.dataset.r);
    const c = Number(target.dataset.c);
    if (!Number.isInteger(r) || !Number.isInteger(c)) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rows - 1, cols - 1] : [r, cols - 1],
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    const nr = Math.max(0, Math.min(rows - 1, next[0]));
    const nc = Math.max(0, Math.min(cols - 1, next[1]));
    setActive({ r: nr, c: nc });
    e.currentTarget.querySelector<HTMLElement>(`[data-r="${nr}"][data-c="${nc}"]`)?.focus();
  };

  return (
    <table className={`ts-grid ts-grid--${cols > 7 ? 'month' : 'week'}`} aria-label={label} aria-rowcount={rows + 2}>
      <thead>
        <tr>
          <SortHeader by="name" sort={sort} onSort={onSort} className="ts-corner">
            Person
          </SortHeader>
          {data.days.map((d) => {
            const classes = ['ts-day', isWeekend(d) ? 'is-weekend' : '', d.holiday ? 'is-holiday' : '', d.date === today ? 'is-today' : ''].filter(Boolean).join(' ');
            return (
              <th key={d.date} scope="col" className={classes} title={d.holiday ? `${shortDay(d.date)} — ${d.holiday}` : shortDay(d.date)} data-date={d.date}>
                <span className="ts-day__weekday">{weekdayShort(d.date)}</span>
                <span className="ts-day__number">{dayNumber(d.date)}</span>
                {d.holiday && <span className="visually-hidden">, holiday: {d.holiday}</span>}
              </th>
            );
          })}
          <SortHeader by="logged" sort={sort} onSort={onSort} className="ts-total-head ts-total-head--first ts-pin ts-pin--logged">
            Logged
          </SortHeader>
          <SortHeader by="expected" sort={sort} onSort={onSort} className="ts-total-head ts-pin ts-pin--expected">
            Expected
          </SortHeader>
          <SortHeader by="difference" sort={sort} onSort={onSort} className="ts-total-head ts-pin ts-pin--diff">
            Diff.
          </SortHeader>
          <th scope="col" className="ts-total-head ts-pin ts-pin--leave">
            Leave
          </th>
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {data.people.map((p, r) => (
          <tr key={p.accountId} data-account-id={p.accountId} className={p.inTeam ? 'is-team' : undefined}>
            <th scope="row" className="ts-person">
              <span className="ts-person__inner u-row">
                <span className="ts-person__name u-ellipsis" title={p.name}>
                  {p.name}
                </span>
                {p.inTeam && (
                  <span className="ts-team-mark" title="In my team">
                    team
                  </span>
                )}
              </span>
              {p.approval ? (
                <span className="ts-person__meta">
                  <ExpectationSources sources={p.sources} />
                  <ApprovalBadge approval={p.approval} />
                </span>
              ) : (
                <ExpectationSources sources={p.sources} />
              )}
            </th>
            {p.cells.map((cell, c) => {
              const day = data.days[c] as TimesheetDay;
              const missing = isMissing(cell);
              const anomaly = showAnomalies ? cellAnomalyText(cell, data.maxDaySeconds) : '';
              const classes = [
                'ts-td',
                cell.nonWorking || isWeekend(day) ? 'is-nonworking' : '',
                day.holiday || cell.holiday ? 'is-holiday' : '',
                missing ? 'is-missing' : '',
                !missing && isOver(cell) ? 'is-over' : '',
                cell.date > today || !cell.counted ? 'is-future' : '',
                cell.counted ? '' : 'is-uncounted',
                cell.date === today ? 'is-today' : '',
                cell.leaves.length > 0 ? 'has-leave' : '',
                anomaly ? 'has-anomaly' : '',
              ]
                .filter(Boolean)
                .join(' ');
              const text = cellLabel(p, cell, day, anomaly);
              return (
                <td key={cell.date} className={classes} data-date={cell.date}>
                  <button
                    type="button"
                    className="ts-cell"
                    aria-label={text}
                    title={text}
                    tabIndex={r === r0 && c === c0 ? 0 : -1}
                    data-r={r}
                    data-c={c}
                    onFocus={() => setActive({ r, c })}
                    onClick={() => onOpen({ person: p, cell, day })}
                  >
                    <LeaveMark cell={cell} />
                    {anomaly && (
                      <span className="ts-anomaly-mark" aria-hidden="true" data-testid="anomaly-mark" data-anomalies={cell.anomalies.join(' ')}>
                        !
                      </span>
                    )}
                    <span className="ts-cell__value">{cellHours(cell.loggedSeconds)}</span>
                  </button>
                </td>
              );
            })}
            <td className="ts-total ts-total--first ts-pin ts-pin--logged" data-total="logged">
              {formatHours(p.totals.loggedSeconds)}
            </td>
            <td className="ts-total ts-total--muted ts-pin ts-pin--expected" data-total="expected">
              {formatHours(p.totals.expectedSeconds)}
            </td>
            <DiffCell seconds={p.totals.loggedSeconds - p.totals.expectedSeconds} />
            <td className="ts-total ts-total--muted ts-pin ts-pin--leave" data-total="leave">
              {p.totals.leaveSeconds > 0 ? formatHours(p.totals.leaveSeconds) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="ts-person ts-person--foot">
            Total
          </th>
          {data.dayTotals.map((s, i) => {
            const day = data.days[i] as TimesheetDay;
            return (
              <td key={day.date} className={['ts-foot', isWeekend(day) || day.holiday ? 'is-nonworking' : ''].filter(Boolean).join(' ')} data-date={day.date} title={`${shortDay(day.date)}: ${formatHours(s)} logged`}>
                {cellHours(s)}
              </td>
            );
          })}
          <td className="ts-total ts-total--first ts-foot ts-pin ts-pin--logged" data-total="logged">
            {formatHours(totals.logged)}
          </td>
          <td className="ts-total ts-total--muted ts-foot ts-pin ts-pin--expected" data-total="expected">
            {formatHours(totals.expected)}
          </td>
          <DiffCell seconds={totals.logged - totals.expected} />
          <td className="ts-total ts-total--muted ts-foot ts-pin ts-pin--leave" data-total="leave">
            {totals.leave > 0 ? formatHours(totals.leave) : '—'}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
