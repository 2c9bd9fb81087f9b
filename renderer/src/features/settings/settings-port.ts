/**
 * What other pages may use of the Settings page (lint: a feature imports another only through its
 * port): the section frame (icon, title, description, body) the Sync page's sections share.
 */
export { SettingsSection } from './settings-section';
