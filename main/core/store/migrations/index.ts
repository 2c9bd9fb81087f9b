import type { Migration } from '../migration.js';
import { migration001 } from './001-instances.js';
import { migration002 } from './002-worklogs-and-sync.js';
import { migration003 } from './003-team-and-explorer.js';
import { migration004 } from './004-packages.js';
import { migration005 } from './005-leaves.js';
import { migration006 } from './006-explorer-search.js';
import { migration007WorklogAuthorDay } from './007-worklog-author-day.js';
import { migration008IssueRefresh } from './008-issue-refresh-count.js';
import { migration009TempoSchedules } from './009-tempo-schedules.js';
import { migration010TempoTeamLink } from './010-tempo-team-link.js';
import { migration011TempoApprovals } from './011-tempo-approvals.js';

/** Every migration in order. Append only: never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007WorklogAuthorDay,
  migration008IssueRefresh,
  migration009TempoSchedules,
  migration010TempoTeamLink,
  migration011TempoApprovals,
];
