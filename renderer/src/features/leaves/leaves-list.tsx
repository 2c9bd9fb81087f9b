import type { Leave } from '../../../../shared/domain/leaves';
import { Badge } from '../../components/badge';
import type { CalendarRow } from './leaves-calendar';
import { leaveStyle } from './leaves-calendar';
import { LEAVE_COLOUR_CLASS } from '../../leave-colours';
import { formatSpan, halfDayLabel, typeLabel } from './leave-format';

export function LeavesList({ rows }: { rows: CalendarRow[] }) {
  const items: Array<{ row: CalendarRow; leave: Leave }> = rows.flatMap((row) => row.leaves.map((leave) => ({ row, leave })));
  items.sort((a, b) => a.leave.from.localeCompare(b.leave.from) || a.row.name.localeCompare(b.row.name));
  return (
    <div className="lv-table-wrap">
      <table className="data-table lv-table" aria-label="Leaves list">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Type</th>
            <th scope="col">Dates</th>
            <th scope="col">Half day</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ row, leave }) => (
            <tr key={leave.id} data-leave-id={leave.id}>
              <td>
                <span className="lv-table__name">{row.name}</span>
                {row.accountId === null && <span className="lv-cal__note u-meta">not mapped</span>}
              </td>
              <td>
                <span className="lv-type">
                  <span className={`lv-type__dot lv-leave ${LEAVE_COLOUR_CLASS}`} style={leaveStyle(leave.type)} />
                  {typeLabel(leave.type)}
                </span>
              </td>
              <td className="lv-table__dates">{formatSpan(leave.from, leave.to)}</td>
              <td>{leave.halfDay ? halfDayLabel(leave) : <span className="lv-muted">—</span>}</td>
              <td>{leave.approved ? <Badge tone="success">Approved</Badge> : <Badge tone="neutral">Pending</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
