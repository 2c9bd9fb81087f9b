import type { CSSProperties } from 'react';
import type { Holiday, Leave, PersonMapping } from '../../../../shared/domain/leaves';
import { LEAVE_COLOUR_CLASS, leaveColourStyle } from '../../leave-colours';
import { datesOf, distinctTypes, halfDayLabel, isWeekend, typeLabel } from './leave-format';

export interface CalendarRow {
  key: string;
  accountId: string | null;
  name: string;
  note?: string;
  leaves: Leave[];
}

/** People with a Factorial employee first, then everyone else; leaves of unmapped employees get their own rows. */
export function calendarRows(people: readonly PersonMapping[], leaves: readonly Leave[]): CalendarRow[] {
  const byAccount = new Map<string, Leave[]>();
  const byEmployee = new Map<number, Leave[]>();
  for (const l of leaves) {
    if (l.accountId) byAccount.set(l.accountId, [...(byAccount.get(l.accountId) ?? []), l]);
    else byEmployee.set(l.employeeId, [...(byEmployee.get(l.employeeId) ?? []), l]);
  }
  const rows: CalendarRow[] = [...people]
    .sort((a, b) => Number(b.employeeId !== null) - Number(a.employeeId !== null) || a.name.localeCompare(b.name))
    .map((p) => ({ key: p.accountId, accountId: p.accountId, name: p.name, leaves: byAccount.get(p.accountId) ?? [], ...(p.employeeId === null ? { note: 'unmapped' } : {}) }));
  for (const [employeeId, ls] of byEmployee) {
    // Their name from Factorial when the employee list is cached; the id only as a last resort.
    const name = ls.find((l) => l.employeeName)?.employeeName;
    rows.push({ key: `e${employeeId}`, accountId: null, name: name ?? `Factorial employee ${employeeId}`, note: `Factorial #${employeeId} · not mapped to a Jira person`, leaves: ls });
  }
  return rows;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export function leaveStyle(type: string | null): CSSProperties {
  return leaveColourStyle(type);
}

function LeaveCell({ leave, date }: { leave: Leave; date: string }) {
  const label = `${typeLabel(leave.type)}${leave.halfDay ? ` (${halfDayLabel(leave).toLowerCase()})` : ''}${leave.approved ? '' : ' — pending'}`;
  const cls = ['lv-leave', LEAVE_COLOUR_CLASS, leave.halfDay ? `lv-leave--${leave.halfDay}` : '', leave.approved ? '' : 'lv-leave--pending'].filter(Boolean).join(' ');
  return (
    <span className={cls} style={leaveStyle(leave.type)} title={`${longDay.format(new Date(`${date}T00:00:00Z`))}: ${label}`} data-leave-id={leave.id} data-type={leave.type ?? ''}>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

export function LeavesCalendar({ from, to, rows, holidays, today }: { from: string; to: string; rows: CalendarRow[]; holidays: readonly Holiday[]; today: string }) {
  const days = datesOf(from, to);
  const holidayOf = new Map(holidays.map((h) => [h.date, h.name]));
  return (
    <div className="lv-cal-wrap">
      <table className="lv-cal" aria-label="Leaves calendar">
        <thead>
          <tr>
            <th scope="col" className="lv-cal__person-head u-meta">
              Person
            </th>
            {days.map((d) => {
              const holiday = holidayOf.get(d);
              const cls = ['lv-cal__day', isWeekend(d) ? 'is-weekend' : '', holiday ? 'is-holiday' : '', d === today ? 'is-today' : ''].filter(Boolean).join(' ');
              return (
                <th key={d} scope="col" className={cls} data-date={d} title={holiday ? `${longDay.format(new Date(`${d}T00:00:00Z`))} · ${holiday}` : longDay.format(new Date(`${d}T00:00:00Z`))}>
                  <span className="lv-cal__dow">{dayFormat.format(new Date(`${d}T00:00:00Z`))}</span>
                  <span className="lv-cal__num">{Number(d.slice(8))}</span>
                  {holiday && <span className="lv-cal__holiday-dot" role="img" aria-label={`Holiday: ${holiday}`} />}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-account-id={r.accountId ?? undefined}>
              <th scope="row" className="lv-cal__person">
                <span className="lv-cal__name u-ellipsis">{r.name}</span>
                {r.note && <span className="lv-cal__note u-meta">{r.note}</span>}
              </th>
              {days.map((d) => {
                const here = r.leaves.filter((l) => l.from <= d && l.to >= d);
                const cls = ['lv-cal__cell', isWeekend(d) ? 'is-weekend' : '', holidayOf.has(d) ? 'is-holiday' : '', d === today ? 'is-today' : ''].filter(Boolean).join(' ');
                return (
                  <td key={d} className={cls} data-date={d}>
                    {here.length > 0 && (
                      <span className="lv-cal__stack">
                        {here.map((l) => (
                          <LeaveCell key={l.id} leave={l} date={d} />
                        ))}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LeavesLegend({ leaves, hasHolidays }: { leaves: readonly Leave[]; hasHolidays: boolean }) {
  const types = distinctTypes(leaves);
  return (
    <ul className="lv-legend" aria-label="Legend">
      {types.map((t) => (
        <li key={t ?? ''} className="lv-legend__item">
          <span className={`lv-legend__swatch lv-leave ${LEAVE_COLOUR_CLASS}`} style={leaveStyle(t)} />
          {typeLabel(t)}
        </li>
      ))}
      <li className="lv-legend__item">
        <span className={`lv-legend__swatch lv-legend__swatch--half lv-leave lv-leave--morning ${LEAVE_COLOUR_CLASS}`} style={leaveStyle(types[0] ?? null)} />
        Half day
      </li>
      <li className="lv-legend__item">
        <span className={`lv-legend__swatch lv-leave lv-leave--pending ${LEAVE_COLOUR_CLASS}`} style={leaveStyle(types[0] ?? null)} />
        Pending approval
      </li>
      {hasHolidays && (
        <li className="lv-legend__item">
          <span className="lv-legend__swatch lv-legend__swatch--holiday" />
          Holiday
        </li>
      )}
      <li className="lv-legend__item">
        <span className="lv-legend__swatch lv-legend__swatch--weekend" />
        Weekend
      </li>
    </ul>
  );
}
