/**
 * What other pages may use of the Leaves page (lint: a feature imports another only through its
 * port): its store, which the Worklogs first-run checklist reads to tick "Connect Factorial".
 */
export { useLeavesStore } from './leaves-store';
