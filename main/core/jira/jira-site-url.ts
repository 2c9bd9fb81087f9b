import { AppError } from '../errors.js';
import { isLoopbackHost } from '../http/loopback.js';

const EXAMPLE = 'e.g. https://your-team.atlassian.net';

/** Jira Cloud sites always live at the root of their host, so any path typed after it is pasted noise. */
const CLOUD_HOST = /\.(atlassian\.net|jira\.com|jira-dev\.com)$/i;

/**
 * Pages and API paths a user may paste along with the site (from the address bar or the docs).
 * Everything from the first of these on is dropped; what is before it is the site's path prefix
 * (Jira behind a reverse proxy at https://example.com/jira).
 */
const PASTED_PAGE = /\/(rest|secure|browse|issues|plugins|projects|servicedesk)(\/|$)/i;

function invalid(message: string): AppError {
  return new AppError('validation', message);
}

/**
 * Turns what a user typed as "Jira site" into the base URL the clients append `/rest/api/3/...`
 * to: `https://host[:port][/prefix]`, no trailing slash. Throws AppError('validation') in plain
 * words. http:// is refused except on this computer (local test servers): the API token travels
 * in every request and must not cross a network in clear text.
 */
export function normalizeJiraSiteUrl(input: string): string {
  const typed = input.trim();
  if (typed === '') throw invalid(`Enter the address of your Jira site, ${EXAMPLE}.`);
  if (/\s/.test(typed)) throw invalid(`The Jira address must not contain spaces: enter only the site address, ${EXAMPLE}.`);

  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(`"${typed}" does not look like a web address: enter the address of your Jira site, ${EXAMPLE}.`);
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(`The Jira address must start with https://, ${EXAMPLE}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid('Remove the user name or password from the Jira address: the email and API token go in their own fields.');
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && !loopback) {
    throw invalid(`The Jira address must use https:// (not http://): the API token would otherwise travel unencrypted. Use ${url.href.replace(/^http:/, 'https:').replace(/\/$/, '')} or ask your Jira admin.`);
  }
  if (!loopback && !url.hostname.includes('.')) {
    // A bare word is most likely a Cloud site name ("your-team"), not an intranet host: Worklog Desk talks to Jira Cloud.
    throw invalid(`"${typed}" is not a full site address: did you mean https://${url.hostname}.atlassian.net?`);
  }

  let path = url.pathname;
  let pastedPage = false;
  if (CLOUD_HOST.test(url.hostname)) {
    pastedPage = path !== '/' && path !== '';
    path = '';
  } else {
    const at = path.search(PASTED_PAGE);
    if (at >= 0) {
      path = path.slice(0, at);
      pastedPage = true;
    }
  }
  // A query belongs to the pasted page (…/browse/KEY-1?focusedCommentId=…) and goes with it;
  // on a bare site address it is a typing slip we should not guess about.
  if (url.search !== '' && !pastedPage && !CLOUD_HOST.test(url.hostname)) {
    throw invalid(`Remove the part from "?" on: enter only the Jira site address, ${EXAMPLE}.`);
  }
  path = path.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}
