export interface AppInfo {
  name: string;
  version: string;
  /** Where the database and logs live (so the user can find or back them up). */
  dataDir: string;
  /** 'electron' in the desktop app, 'web' in the browser host, 'cli' in the command line. */
  host: 'electron' | 'web' | 'cli';
  schemaVersion: number;
}
