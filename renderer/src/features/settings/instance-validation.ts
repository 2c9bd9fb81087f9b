import { isAtlassianCloudHost } from '../../../../shared/domain/instance';

/**
 * Friendly checks while the user types, mirroring what main enforces (main validates again, and its
 * message wins). Each returns the problem in plain words, or undefined when the value is fine.
 */
export const API_TOKEN_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

export const TEMPO_REGIONS = [
  { url: 'https://api.tempo.io', label: 'Global' },
  { url: 'https://api.eu.tempo.io', label: 'Europe' },
  { url: 'https://api.us.tempo.io', label: 'Americas' },
] as const;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkName(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Give the instance a name, e.g. “alpha”.';
  if (v.length > 60) return 'Keep the name under 60 characters.';
  return undefined;
}

/** Adds https:// when the user typed only a host, as main does. */
export function withScheme(value: string): string {
  const v = value.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v.replace(/^\/\//, '')}`;
}

export function checkSiteUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter the Jira site address, e.g. https://your-team.atlassian.net.';
  if (/\s/.test(v)) return 'The address must not contain spaces.';
  let url: URL;
  try {
    url = new URL(withScheme(v));
  } catch {
    return 'That does not look like a web address, e.g. https://your-team.atlassian.net.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https://.';
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol === 'http:' && !loopback) return 'Use https:// — the API token must not travel unencrypted.';
  if (!loopback && !url.hostname.includes('.')) return `That is not a full address: did you mean https://${url.hostname}.atlassian.net?`;
  return undefined;
}

export function checkEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter the email address of the Jira account the token belongs to.';
  if (!EMAIL.test(v)) return 'That does not look like an email address.';
  return undefined;
}

export function checkToken(value: string, what: string): string | undefined {
  const v = value.trim();
  if (!v) return `Paste the ${what}.`;
  if (v.length > 2000) return `That is too long to be a ${what}.`;
  if (/\s/.test(v)) return `The ${what} has spaces in it — copy it again, without line breaks.`;
  return undefined;
}

export function checkTempoUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  try {
    const url = new URL(withScheme(v));
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) return 'The Tempo address must start with https://.';
  } catch {
    return 'That is not a web address. Use https://api.tempo.io or your region’s address.';
  }
  return undefined;
}

export type Errors<K extends string> = Partial<Record<K, string>>;

export function hasErrors(errors: Errors<string>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Mirrors main (core/jira/jira-host-policy.ts): hosts outside Atlassian Cloud (and this computer) need the user's confirmation. */
export function needsCustomHost(value: string): boolean {
  try {
    const host = new URL(withScheme(value)).hostname;
    return host !== '' && !isAtlassianCloudHost(host) && !LOOPBACK.test(host);
  } catch {
    return false;
  }
}

export const CUSTOM_HOST_MISSING = 'This is not an Atlassian Cloud address (…atlassian.net): if it really is your Jira, tick “This is a custom Jira host” below.';

/** Whether two addresses differ in scheme, host or port: a saved token must not follow such a change. */
export function originChanged(before: string, after: string): boolean {
  try {
    return new URL(withScheme(before)).origin !== new URL(withScheme(after)).origin;
  } catch {
    return false;
  }
}
