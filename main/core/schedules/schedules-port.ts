/**
 * What other capabilities may use of schedules: each person's expected day (Tempo schedule, holidays, leaves) and the counted range.
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { countedRange } from './counted-through.js';
export { dayExpectations, daysOf, loadExpectationWorld, sourcesOf } from './day-expectation.js';
