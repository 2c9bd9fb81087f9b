import type { Migration } from '../migration.js';
import { migration001 } from './001-instances.js';
import { migration002 } from './002-worklogs-and-sync.js';
import { migration003 } from './003-team-and-explorer.js';
import { migration004 } from './004-packages.js';
import { migration005 } from './005-leaves.js';
import { migration006 } from './006-explorer-search.js';
import { migration007TempoSchedules } from './007-tempo-schedules.js';
import { migration008TempoTeamLink } from './008-tempo-team-link.js';

/** Every migration in order. Append only: never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007TempoSchedules, migration008TempoTeamLink];
