/** Keychain account names. The service name is the app's; these tell the secrets of one apart. */
export const jiraTokenKey = (instanceId: string): string => `instance/${instanceId}/jira-token`;
export const tempoTokenKey = (instanceId: string): string => `instance/${instanceId}/tempo-token`;
/** One Factorial key per workspace (data folder): see workspace-id.ts. */
export const factorialApiKeyKey = (workspaceId: string): string => `workspace/${workspaceId}/factorial-api-key`;
