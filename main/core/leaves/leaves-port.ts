/**
 * What other capabilities may use of leaves: the schedule types and maths behind expected hours, holidays, and the stored leaves (timesheet and schedules read them).
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { defaultSchedule, halfOf } from './expected-hours.js';
export type { LeaveSpan, Schedule } from './expected-hours.js';
export { createHolidays } from './holidays.js';
export { leavesRepo } from './leaves-repo.js';
