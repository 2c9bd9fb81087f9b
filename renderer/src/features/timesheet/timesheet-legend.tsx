/** What the colours and marks of the grid mean. */
export function TimesheetLegend() {
  const items: Array<[string, string]> = [
    ['ts-swatch--missing', 'Missing time'],
    ['ts-swatch--over', 'Over expected'],
    ['ts-swatch--nonworking', 'Weekend, holiday, day off'],
    ['ts-swatch--vacation', 'Vacation'],
    ['ts-swatch--sick', 'Sick leave'],
    ['ts-swatch--personal', 'Personal / other leave'],
    ['ts-swatch--half', 'Half day'],
    ['ts-swatch--pending', 'Pending approval'],
  ];
  return (
    <ul className="ts-legend" aria-label="Legend">
      {items.map(([cls, text]) => (
        <li key={cls}>
          <span className={`ts-swatch ${cls}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
