import { z } from 'zod';
import type { HalfDay } from '../../../shared/domain/leaves.js';

/**
 * Zod schemas of the Factorial dated-API responses we read: only the fields we use, loose objects
 * (Factorial adds fields between versions). Pages are `{data, meta:{has_next_page, end_cursor, ...}}`.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export function factorialPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    meta: z.looseObject({
      has_next_page: z.boolean(),
      // Opaque; numbers are accepted too in case a version sends the last id as a number.
      end_cursor: z.union([z.string(), z.number()]).nullish(),
      limit: z.number().nullish(),
      total: z.number().nullish(),
    }),
  });
}

export const factorialEmployeeSchema = z.looseObject({
  id: z.number().int(),
  email: z.string().nullish(),
  full_name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});
export type FactorialEmployeeRecord = z.infer<typeof factorialEmployeeSchema>;

export const factorialLeaveSchema = z.looseObject({
  id: z.number().int(),
  employee_id: z.number().int(),
  start_on: isoDay,
  // A one-day leave may come without an end; it then ends on its first day.
  finish_on: isoDay.nullish(),
  half_day: z.string().nullish(),
  leave_type_id: z.number().int().nullish(),
  leave_type_name: z.string().nullish(),
  // null is read as "not approved yet" (pending).
  approved: z.boolean().nullish(),
  deleted_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type FactorialLeaveRecord = z.infer<typeof factorialLeaveSchema>;

export const factorialLeaveTypeSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().nullish(),
  translated_name: z.string().nullish(),
});

/**
 * Factorial's half_day in our words. "beggining_of_day" is the API's own spelling; the correct
 * spelling is accepted too in case a later version fixes it. Any other value is read as a whole
 * day: that over-counts the leave rather than inventing a half day nobody asked for.
 */
export function toHalfDay(value: string | null | undefined): HalfDay | null {
  if (value === 'beggining_of_day' || value === 'beginning_of_day') return 'morning';
  if (value === 'end_of_day') return 'afternoon';
  return null;
}

/** Our words back to Factorial's (the fake server and tests use it). */
export const fromHalfDay = (h: HalfDay | null): string | null => (h === 'morning' ? 'beggining_of_day' : h === 'afternoon' ? 'end_of_day' : null);
