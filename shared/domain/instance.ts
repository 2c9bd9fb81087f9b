/** What the app knows of a Jira instance. Never a token: only whether one is saved. */
export interface InstanceView {
  id: string;
  name: string;
  /** Normalised Jira site URL, path prefix kept, no trailing slash. */
  url: string;
  email: string;
  jiraTokenSaved: boolean;
  tempo: { tokenSaved: boolean; baseUrl: string };
  /** The Jira account the token belongs to, as last verified. */
  account: { accountId: string; displayName: string } | null;
  lastCheck: { at: string; ok: boolean; message: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export type CheckPart = { ok: true; detail: string } | { ok: false; code: string; message: string };

/** Result of "Test credentials": both parts are reported, so one failing doesn't hide the other. */
export interface CredentialReport {
  jira: CheckPart;
  tempo: CheckPart | null;
}

export const DEFAULT_TEMPO_BASE_URL = 'https://api.tempo.io';

/**
 * Atlassian Cloud's own hosts (…atlassian.net, …jira.com): an API token may go there without a
 * second thought; any other Jira host must be confirmed as a custom host. One rule for main (which
 * enforces it) and the Settings form (which asks for the confirmation).
 */
export const isAtlassianCloudHost = (hostname: string): boolean => /(^|\.)(atlassian\.net|jira\.com)$/i.test(hostname);
