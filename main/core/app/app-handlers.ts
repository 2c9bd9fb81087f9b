import type { AppInfo } from '../../../shared/domain/app-info.js';
import { APP_NAME, APP_VERSION } from '../app-version.js';
import type { Handlers } from '../dispatch.js';
import { schemaVersion } from '../store/migrate.js';
import type { Db } from '../store/open-database.js';

export interface AppHandlersDeps {
  dataDir: string;
  db: Db;
  host: AppInfo['host'];
}

/** What the app is and where its data lives (About, the status bar). */
export function appHandlers(deps: AppHandlersDeps): Pick<Handlers, 'app.info'> {
  return {
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: deps.dataDir,
      host: deps.host,
      schemaVersion: schemaVersion(deps.db),
    }),
  };
}
