import { isIsoDate } from '../../../../shared/domain/dates';

/** The contract's limit (shared/contract.ts): a typo like 2062 must not start a decade-long sync. */
const MAX_RANGE_DAYS = 3 * 366;

export interface RangeErrors {
  from?: string | undefined;
  to?: string | undefined;
}

function checkDate(value: string, which: 'start' | 'end'): string | undefined {
  if (value.trim() === '') return `Choose the ${which} date.`;
  if (!isIsoDate(value)) return 'Use a date like 2026-11-30.';
  return undefined;
}

/** The same checks main makes, said next to the field they are about. */
export function checkRange(from: string, to: string): RangeErrors {
  const errors: RangeErrors = { from: checkDate(from, 'start'), to: checkDate(to, 'end') };
  if (errors.from || errors.to) return errors;
  if (from > to) return { to: 'The end date must not be before the start date.' };
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) return { to: 'Choose a range of at most three years.' };
  return {};
}

export const rangeValid = (e: RangeErrors): boolean => !e.from && !e.to;
