/**
 * What other capabilities may use of the timesheet: the grid itself (the morning reminder asks it who is behind).
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { timesheet } from './timesheet.js';
