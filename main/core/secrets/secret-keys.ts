/** Keychain account names. The service name is the app's; these tell the secrets of one apart. */
export const jiraTokenKey = (instanceId: string): string => `instance/${instanceId}/jira-token`;
export const tempoTokenKey = (instanceId: string): string => `instance/${instanceId}/tempo-token`;
export const FACTORIAL_API_KEY = 'factorial/api-key';
