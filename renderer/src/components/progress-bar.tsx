/**
 * A thin progress bar. Determinate when `value` and `max` are known (aria-valuenow says how far);
 * indeterminate otherwise — a sliding stripe, and no aria-valuenow, as ARIA asks for unknown progress.
 */
export function ProgressBar({ label, value, max, tone = 'accent', valueText }: { label: string; value: number | null; max: number | null; tone?: 'accent' | 'success' | 'danger' | 'neutral'; valueText?: string }) {
  const determinate = value !== null && max !== null && max > 0;
  const ratio = determinate ? Math.min(1, Math.max(0, value / max)) : 0;
  const percent = Math.round(ratio * 100);
  return (
    <div
      className={['progress', `progress--${tone}`, determinate ? '' : 'progress--indeterminate'].filter(Boolean).join(' ')}
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? 100 : undefined}
      aria-valuenow={determinate ? percent : undefined}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={determinate ? { transform: `scaleX(${ratio})` } : undefined} />
    </div>
  );
}
