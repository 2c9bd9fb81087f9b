import type { ErrorCode } from '../../../shared/errors.js';
import { AppError, toWireError } from '../errors.js';
import { isHttpError } from '../http/http-error.js';
import type { HttpError } from '../http/http-error.js';
import type { HttpClient } from '../http/http-types.js';
import { createJiraClient } from '../jira/jira-client.js';
import { normalizeJiraSiteUrl } from '../jira/jira-site-url.js';
import { createTempoClient, normalizeTempoBaseUrl } from '../tempo/tempo-client.js';

export interface CredentialsInput {
  name: string;
  url: string;
  email: string;
  jiraToken: string;
  /** Null, undefined or empty: the instance has no Tempo, and Tempo is not checked. */
  tempoToken?: string | null;
  tempoBaseUrl?: string | null;
}

export interface VerifiedCredentials {
  jira: { accountId: string; displayName: string; emailAddress?: string };
  tempo: { ok: true } | null;
}

export type CheckFailure = { ok: false; code: ErrorCode; message: string };

/** For a "Test" button: both parts, each on its own, never thrown. */
export interface CredentialsCheckReport {
  jira: { ok: true; accountId: string; displayName: string; emailAddress?: string } | CheckFailure;
  tempo: null | { ok: true } | CheckFailure;
}

function rethrow(original: AppError, code: ErrorCode, message: string): AppError {
  return new AppError(code, message, {
    cause: original,
    ...(original.detail === undefined ? {} : { detail: original.detail }),
    ...(original.status === undefined ? {} : { status: original.status }),
  });
}

function unreachableWhy(e: HttpError): string {
  if (e.code === 'timeout') return 'it did not answer in time';
  switch (e.reason) {
    case 'refused':
      return 'nothing answered there (connection refused)';
    case 'reset':
      return 'the connection was cut off';
    case 'tls':
      return 'its certificate was not accepted (a company proxy may be intercepting traffic — ask your IT team)';
    default:
      return 'the network did not get through';
  }
}

/** Rewords a pipeline error for the moment a lead adds or tests a Jira site. */
function explainJira(e: unknown, input: CredentialsInput, site: string): unknown {
  if (!isHttpError(e)) return e;
  const who = `'${input.name}'`;
  const host = new URL(site).host;
  switch (e.code) {
    case 'auth':
      if (e.status === 403) {
        return rethrow(
          e,
          'auth',
          `Jira at ${site} knows the account for ${who} but refused access (403): the account may have no access to this Jira site, or Jira wants a CAPTCHA after failed sign-ins — sign in once at ${site} in your browser, then try again.`,
        );
      }
      return rethrow(
        e,
        'auth',
        `Jira at ${site} did not accept the email and API token for ${who} (401): the token may be wrong, expired or revoked, or ${input.email.trim()} may not be the email of the Atlassian account that created it. Create a new API token (id.atlassian.com → Security → API tokens) and enter it with that account's email.`,
      );
    case 'not_found':
      return rethrow(e, 'not_found', `No such site: there is no Jira at ${site} for ${who} (its Jira API answered 404). Check the address — e.g. https://your-team.atlassian.net, or the full path where your Jira lives.`);
    case 'network':
      if (e.reason === 'dns') {
        return rethrow(e, 'network', `No such site: ${host} could not be found for ${who}. Check the address for typos (e.g. https://your-team.atlassian.net) and your internet connection.`);
      }
      return rethrow(e, 'network', `Could not reach ${site} for ${who}: ${unreachableWhy(e)}. Check the address, your internet connection, and whether you need a VPN.`);
    case 'timeout':
      return rethrow(e, 'timeout', `Could not reach ${site} for ${who}: ${unreachableWhy(e)}. Check the address, your internet connection, and whether you need a VPN.`);
    case 'bad_response': {
      const what = e.reason === 'html' ? 'a web page' : e.reason === 'schema' ? 'data that is not a Jira user' : 'something other than Jira data';
      return rethrow(
        e,
        'bad_response',
        `${site} answered for ${who}, but it is not a Jira site: it sent ${what}. Check the address — e.g. https://your-team.atlassian.net; if it is right, a sign-in page or proxy may be in the way.`,
      );
    }
    default:
      // 5xx, rate limits, cancellation: the pipeline's words already fit.
      return e;
  }
}

function explainTempo(e: unknown, input: CredentialsInput, base: string): unknown {
  if (!isHttpError(e)) return e;
  const who = `'${input.name}'`;
  if (e.code === 'auth') {
    return rethrow(
      e,
      'auth',
      `Tempo rejected the TEMPO API token for ${who} (${e.status ?? 401}) — this is the Tempo token, not the Jira one: it may be wrong, expired or revoked, or belong to another Tempo region than ${base}. Create a new token in Tempo → Settings → API integration and paste it here.`,
    );
  }
  if (e.code === 'not_found') {
    // Tempo documents 404 on /4/worklogs as "authenticated user is missing permission".
    return rethrow(
      e,
      'auth',
      `Tempo accepted the TEMPO API token for ${who} but it may not read worklogs (404): create a token with access to worklogs (Tempo → Settings → API integration), or ask a Tempo admin for permission to view them.`,
    );
  }
  return e;
}

function requireFields(input: CredentialsInput): void {
  if (input.email.trim() === '') throw new AppError('validation', 'Enter the email of your Atlassian account (the one that created the API token).');
  if (!input.email.includes('@')) throw new AppError('validation', `"${input.email.trim()}" is not an email address: enter the email of your Atlassian account.`);
  if (input.jiraToken.trim() === '') throw new AppError('validation', 'Paste your Jira API token.');
}

function hasTempo(input: CredentialsInput): input is CredentialsInput & { tempoToken: string } {
  return typeof input.tempoToken === 'string' && input.tempoToken.trim() !== '';
}

async function checkJira(http: HttpClient, input: CredentialsInput, signal?: AbortSignal): Promise<VerifiedCredentials['jira']> {
  const site = normalizeJiraSiteUrl(input.url);
  requireFields(input);
  const client = createJiraClient(http, { name: input.name, baseUrl: site, email: input.email.trim(), token: input.jiraToken.trim() });
  try {
    const me = await client.myself(signal);
    return { accountId: me.accountId, displayName: me.displayName, ...(me.emailAddress === undefined ? {} : { emailAddress: me.emailAddress }) };
  } catch (e) {
    throw explainJira(e, input, site);
  }
}

async function checkTempo(http: HttpClient, input: CredentialsInput, signal?: AbortSignal): Promise<{ ok: true } | null> {
  if (!hasTempo(input)) return null;
  const base = normalizeTempoBaseUrl(input.tempoBaseUrl);
  const client = createTempoClient(http, { name: input.name, baseUrl: base, token: input.tempoToken.trim() });
  try {
    return await client.check(signal);
  } catch (e) {
    throw explainTempo(e, input, base);
  }
}

/**
 * Checks that the Jira site answers as Jira and accepts the email + API token (`/myself`), and,
 * when a Tempo token is given, that Tempo accepts it. Both run at once. Throws AppError in plain
 * words — the Jira problem first when both fail.
 */
export async function verifyCredentials(http: HttpClient, input: CredentialsInput, signal?: AbortSignal): Promise<VerifiedCredentials> {
  const [jira, tempo] = await Promise.allSettled([checkJira(http, input, signal), checkTempo(http, input, signal)]);
  if (jira.status === 'rejected') throw jira.reason;
  if (tempo.status === 'rejected') throw tempo.reason;
  return { jira: jira.value, tempo: tempo.value };
}

function failure(e: unknown): CheckFailure {
  // toWireError keeps an AppError's words and hides anything else (a bug) behind a generic message.
  const wire = toWireError(e);
  return { ok: false, code: wire.code, message: wire.message };
}

/** Like verifyCredentials, but reports Jira and Tempo separately and never throws. */
export async function checkCredentials(http: HttpClient, input: CredentialsInput, signal?: AbortSignal): Promise<CredentialsCheckReport> {
  const [jira, tempo] = await Promise.allSettled([checkJira(http, input, signal), checkTempo(http, input, signal)]);
  return {
    jira: jira.status === 'fulfilled' ? { ok: true, ...jira.value } : failure(jira.reason),
    tempo: tempo.status === 'fulfilled' ? (tempo.value === null ? null : { ok: true }) : failure(tempo.reason),
  };
}
