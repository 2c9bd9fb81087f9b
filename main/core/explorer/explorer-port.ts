/**
 * What other capabilities may use of the explorer: its query and its rows (the export writes what the explorer shows).
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { runExplorerQuery } from './explorer-query.js';
export { listRows } from './explorer-rows.js';
