import type { Migration } from '../migration.js';
import { migration001 } from './001-instances.js';
import { migration002 } from './002-worklogs-and-sync.js';

/** Every migration in order. Append only: never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];
