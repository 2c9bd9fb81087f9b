/**
 * What other pages may use of the Sync page (lint: a feature imports another only through its
 * port): the words for a sync's phase, shown by the Worklogs page's inline progress.
 */
export { phaseWords } from './sync-format';
