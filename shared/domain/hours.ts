const SECONDS_PER_HOUR = 3600;

/**
 * 27000 → "7.5 h", 28800 → "8 h", 900 → "0.25 h"; at most two decimals, none when whole. The one
 * way hours read everywhere a person sees them (the pages and the tray), in the given locale or
 * the runtime's own.
 */
export function formatHours(seconds: number, locale?: string): string {
  const hours = Math.round((seconds / SECONDS_PER_HOUR) * 100) / 100;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours)} h`;
}
