/**
 * A series' name, cut with an ellipsis when long, then its site's name (when two sites share the
 * name) which is never cut: it is what tells the two apart.
 */
export function SeriesName({ label, site, className }: { label: string; site: string | null; className?: string }) {
  return (
    <span className={['series-name', className ?? ''].join(' ')} title={site ? `${label} · ${site}` : label}>
      <span className="series-name__label u-ellipsis">{label}</span>
      {site && <span className="series-name__site"> · {site}</span>}
    </span>
  );
}
