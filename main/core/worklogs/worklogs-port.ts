/**
 * What other capabilities may use of worklogs: the stored worklog rows (sync writes them) and the worklog view (the explorer reads it).
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { WORKLOG_VIEW_COLUMNS, toWorklogView } from './worklog-query.js';
export type { WorklogViewRow } from './worklog-query.js';
export { worklogsRepo } from './worklogs-repo.js';
export type { IssueColumns, WorklogRow, WorklogsRepo } from './worklogs-repo.js';
