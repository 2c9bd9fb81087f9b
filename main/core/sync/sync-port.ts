/**
 * What other capabilities may use of sync: the sync-runs table (a leaves sync is recorded as a run too).
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { syncRunsRepo } from './sync-runs-repo.js';
