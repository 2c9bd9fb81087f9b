import type { Command } from 'commander';
import { usageError } from './cli-error.js';

/** The range options as commander hands them over. */
export interface RangeOptions {
  from?: string;
  to?: string;
  thisWeek?: boolean;
  thisMonth?: boolean;
  lastMonth?: boolean;
  range?: string;
}

const PRESETS = [
  ['thisWeek', '--this-week', 'this-week'],
  ['lastMonth', '--last-month', 'last-month'],
  ['thisMonth', '--this-month', 'this-month'],
] as const;

/** --from/--to plus the presets the app's Sync page offers; weeks start on Monday. */
export function addRangeOptions(command: Command, verb: string): Command {
  return command
    .option('--from <date>', `first day to ${verb}, YYYY-MM-DD (inclusive)`)
    .option('--to <date>', `last day to ${verb}, YYYY-MM-DD (inclusive)`)
    .option('--this-week', 'Monday to Sunday of this week (instead of --from/--to)')
    .option('--this-month', 'the whole of this month (instead of --from/--to)')
    .option('--last-month', 'the whole of last month (instead of --from/--to)')
    .option('--range <name>', 'a named range, as in the app: today, yesterday, this-week, last-week, last-7-days, last-30-days, this-month, last-month, this-quarter, last-quarter, this-year, last-year');
}

/**
 * The range the options name, or a usage error (exit 2) that says what is wrong. The date module
 * (date-fns) is loaded here, not at startup, so `--help` stays fast.
 */
export async function resolveRange(opts: RangeOptions, commandPath: string, today: Date = new Date()): Promise<{ from: string; to: string }> {
  const { EXPLORER_PRESETS, explorerPresetRange, isExplorerPreset, isIsoDate, presetRange } = await import('../../shared/domain/dates.js');
  const chosen: Array<readonly [key: string, flag: string]> = PRESETS.filter(([key]) => opts[key] === true).map(([key, flag]) => [key, flag] as const);
  if (opts.range !== undefined) chosen.push(['range', `--range ${opts.range}`]);
  const explicit = opts.from !== undefined || opts.to !== undefined;
  if (chosen.length > 1) throw usageError(`Choose one of ${chosen.map(([, flag]) => flag).join(', ')}, not several.`, commandPath);
  const preset = chosen[0];
  if (preset && explicit) throw usageError(`${preset[1]} cannot be combined with --from/--to: use one or the other.`, commandPath);
  if (opts.range !== undefined) {
    if (!isExplorerPreset(opts.range)) throw usageError(`--range "${opts.range}" is not a range name: use one of ${EXPLORER_PRESETS.join(', ')}.`, commandPath);
    return explorerPresetRange(opts.range, today);
  }
  const flagged = PRESETS.find(([key]) => opts[key] === true);
  if (flagged) return presetRange(flagged[2], today);
  if (!explicit) {
    throw usageError('Say which days: --from YYYY-MM-DD --to YYYY-MM-DD, one of --this-week, --this-month, --last-month, or --range NAME (e.g. last-7-days).', commandPath);
  }
  if (opts.from === undefined || opts.to === undefined) {
    throw usageError(`${opts.from === undefined ? '--from' : '--to'} is missing: pass both --from and --to (YYYY-MM-DD).`, commandPath);
  }
  for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (!isIsoDate(value)) throw usageError(`${flag} "${value}" is not a date: use YYYY-MM-DD, e.g. 2026-11-30.`, commandPath);
  }
  if (opts.from > opts.to) throw usageError(`--from ${opts.from} is after --to ${opts.to}: the range must start on or before its last day.`, commandPath);
  return { from: opts.from, to: opts.to };
}

/** "2026-11-01 – 2026-11-30", or the single day. */
export const rangeText = (from: string, to: string): string => (from === to ? from : `${from} – ${to}`);
