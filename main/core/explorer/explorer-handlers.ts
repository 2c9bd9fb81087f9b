import type { Handlers } from '../dispatch.js';
import type { Db } from '../store/open-database.js';
import { runExplorerQuery } from './explorer-query.js';
import { countRows, listRows } from './explorer-rows.js';
import { explorerSeries } from './explorer-series.js';
import { explorerFacets } from './facets.js';
import { lastDayWithData } from './last-day-with-data.js';

type ExplorerChannels = 'explorer.query' | 'explorer.rows' | 'explorer.count' | 'explorer.facets' | 'explorer.series' | 'explorer.lastDayWithData';

/** Read-only queries over the synced worklogs (the explorer page, the tray, the CLI). */
export function explorerHandlers(db: Db): Pick<Handlers, ExplorerChannels> {
  return {
    'explorer.query': async (q) => runExplorerQuery(db, q),
    'explorer.rows': async ({ query, offset, limit, sort }) => listRows(db, query, { offset, limit, ...(sort ? { sort } : {}) }),
    'explorer.count': async (f) => ({ count: countRows(db, f) }),
    'explorer.facets': async (f) => explorerFacets(db, f),
    'explorer.series': async (q) => explorerSeries(db, q),
    'explorer.lastDayWithData': async ({ before }) => ({ day: lastDayWithData(db, before) }),
  };
}
