import { isAtlassianCloudHost } from '../../../shared/domain/instance.js';
import { AppError } from '../errors.js';
import { isLoopbackHost } from '../http/loopback.js';

/**
 * Whether a Jira base URL may be used without the user confirming it as a custom host. Cloud
 * sites may; this computer's own addresses may too (the demo and the tests' local fakes; http is
 * allowed only there — see http/loopback.ts — and a change of port is still a change of address,
 * which needs the token again). Anything else — a company domain, a proxy — is a host the token
 * would be trusted to, so it must be confirmed explicitly.
 */
export function needsCustomHostConfirmation(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return !isAtlassianCloudHost(host) && !isLoopbackHost(host);
}

export function requireConfirmedJiraHost(baseUrl: string, customHost: boolean): void {
  if (customHost || !needsCustomHostConfirmation(baseUrl)) return;
  const host = new URL(baseUrl).host;
  throw new AppError(
    'validation',
    `${host} is not an Atlassian Cloud address (…atlassian.net or …jira.com). If it really is your Jira — a company domain or a proxy in front of Jira — ` +
      'confirm it as a custom host ("This is a custom Jira host" in Settings, --custom-host in the CLI); otherwise check the address for typos. Nothing was sent to it.',
  );
}
