import { LEAVE_COLOUR_CLASS, leaveColourStyle } from '../../leave-colours';

/** What the colours and marks of the grid mean; leave swatches take the colour of a type of that name (leave-colours.ts). */
export function TimesheetLegend({ anomalies = false }: { anomalies?: boolean }) {
  const items: Array<[string, string, string | null]> = [
    ['ts-swatch--missing', 'Missing time', null],
    ['ts-swatch--over', 'Over expected', null],
    ['ts-swatch--nonworking', 'Weekend, holiday, day off', null],
    ['ts-swatch--vacation ts-swatch--leave ' + LEAVE_COLOUR_CLASS, 'Vacation', 'Vacation'],
    ['ts-swatch--sick ts-swatch--leave ' + LEAVE_COLOUR_CLASS, 'Sick leave', 'Sick leave'],
    ['ts-swatch--personal ts-swatch--leave ' + LEAVE_COLOUR_CLASS, 'Personal / other leave', 'Personal day'],
    ['ts-swatch--half ts-swatch--leave ' + LEAVE_COLOUR_CLASS, 'Half day', 'Vacation'],
    ['ts-swatch--pending', 'Pending approval', null],
  ];
  return (
    <ul className="ts-legend u-meta" aria-label="Legend">
      {items.map(([cls, text, type]) => (
        <li key={cls}>
          <span className={`ts-swatch ${cls}`} style={type ? leaveColourStyle(type) : undefined} aria-hidden="true" />
          {text}
        </li>
      ))}
      {anomalies && (
        <li>
          <span className="ts-swatch ts-swatch--anomaly" aria-hidden="true">
            !
          </span>
          Anomaly: on leave, over the daily maximum, or on a non-working day
        </li>
      )}
    </ul>
  );
}
