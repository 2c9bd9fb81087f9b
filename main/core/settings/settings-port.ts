/**
 * What other capabilities may use of settings: the key-value settings table (each capability keeps its own keys) and this data folder's workspace id.
 * Other capabilities import this file only, never the files behind it (eslint.config.js, core boundaries).
 */
export { settingsRepo } from './settings-repo.js';
export { workspaceId } from './workspace-id.js';
