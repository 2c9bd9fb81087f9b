import type { ErrorCode } from '../../../shared/errors.js';
import { HttpError } from './http-error.js';
import type { Failure, RequestFacts } from './http-failure.js';
import type { Redactor } from './redact.js';
import { MAX_REDIRECTS } from './redirects.js';
import { joinServerMessages } from './server-messages.js';
import type { ServiceKind } from './http-types.js';

const LABEL: Record<ServiceKind, string> = { jira: 'Jira', tempo: 'Tempo', factorial: 'Factorial' };

const CREDENTIAL: Record<ServiceKind, string> = {
  jira: 'the API token',
  tempo: 'the Tempo API token',
  factorial: 'the Factorial API key',
};

const RENEW_CREDENTIAL: Record<ServiceKind, string> = {
  jira: 'it may have expired or been revoked, or the email does not belong to the account that created it — create a new API token (id.atlassian.com → Security → API tokens) and replace it in Settings',
  tempo:
    'it may have expired or been revoked, or it belongs to another Tempo region (api.eu.tempo.io / api.us.tempo.io) — create a new token in Tempo → Settings → API integration and replace it in Settings',
  // The Factorial key is managed on the Leaves page (there is no Factorial section in Settings).
  factorial: 'it may have been revoked — ask a Factorial admin for a new API key and replace it on the Leaves page',
};

function statusCode(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_response';
}

function tries(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} tries` : '';
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? 'about a minute' : `about ${m} minutes`;
}

function messageFor(f: Failure, r: RequestFacts): { code: ErrorCode; text: string } {
  const svc = LABEL[r.service];
  const inst = `'${r.instanceName}'`;
  switch (f.kind) {
    case 'status': {
      const code = statusCode(f.status);
      const s = f.status;
      if (s === 401) return { code, text: `${svc} rejected ${CREDENTIAL[r.service]} for ${inst} (401): ${RENEW_CREDENTIAL[r.service]}.` };
      if (s === 403) {
        return {
          code,
          text: `${svc} refused access for ${inst} (403): the account behind ${CREDENTIAL[r.service]} lacks permission for this — ask a ${svc} admin for access, or use the token of an account that has it.`,
        };
      }
      if (code === 'not_found') {
        return { code, text: `${svc} for ${inst} found nothing at ${r.path} (${s}): check the address in Settings; the item may also have been deleted or be hidden from this account.` };
      }
      if (code === 'rate_limited') {
        return { code, text: `${svc} is limiting requests for ${inst} (429) and still refused${tries(r.attempts)}: wait a few minutes, then try again.` };
      }
      if (code === 'server') {
        const page = f.html ? ' (a gateway or proxy answered with an error page)' : '';
        return { code, text: `${svc} had a server problem for ${inst} (${s}${tries(r.attempts)})${page}: it may be down or under maintenance — try again later.` };
      }
      if (code === 'conflict') return { code, text: `${svc} refused the change for ${inst} (409): it conflicts with the current data — refresh and try again.` };
      if (code === 'validation') return { code, text: `${svc} refused the request for ${inst} as invalid (${s}).` };
      return { code, text: `${svc} refused the request for ${inst} (${s}): Worklog Desk may not support this ${svc} version — send the log file (Help → Open log folder) to the developers.` };
    }
    case 'redirect':
      switch (f.reason) {
        case 'other_origin':
          return {
            code: 'bad_response',
            text: `${svc} at ${r.host} for ${inst} tried to send the request on to ${f.target ?? 'another address'} (redirect ${f.status}). Worklog Desk only sends ${CREDENTIAL[r.service]} to the address saved in Settings, so it stopped there — if the site moved, change the address in Settings and give the token again.`,
          };
        case 'too_many':
          return { code: 'bad_response', text: `${svc} at ${r.host} for ${inst} kept redirecting the request (more than ${MAX_REDIRECTS} times): check the address in Settings.` };
        case 'no_location':
          return { code: 'bad_response', text: `${svc} at ${r.host} for ${inst} answered with a redirect (${f.status}) without saying where to: check the address in Settings.` };
      }
      break;
    case 'cancelled':
      return { code: 'cancelled', text: `Stopped: the request to ${svc} for ${inst} was cancelled.` };
    case 'paused':
      return { code: 'rate_limited', text: `${svc} asked Worklog Desk to pause requests for ${inst} for ${minutes(f.waitMs)} (rate limit): try again after that.` };
    case 'timeout':
      return {
        code: 'timeout',
        text: `${svc} at ${r.host} did not answer within ${Math.round(f.timeoutMs / 100) / 10} s for ${inst}${tries(r.attempts)}: it may be slow or unreachable — try again later, and check your VPN or proxy if it keeps happening.`,
      };
    case 'network':
      switch (f.reason) {
        case 'dns':
          return { code: 'network', text: `Cannot find the host ${r.host} for ${inst} (${svc}): check the address in Settings for typos, and your internet connection.` };
        case 'refused':
          return { code: 'network', text: `${r.host} refused the connection for ${inst} (${svc})${tries(r.attempts)}: nothing is answering at that address — check the address and port in Settings, and whether you need a VPN.` };
        case 'reset':
          return { code: 'network', text: `The connection to ${svc} at ${r.host} for ${inst} was cut off${tries(r.attempts)}: a network, VPN or proxy problem — try again; check your connection if it keeps happening.` };
        case 'tls':
          return { code: 'network', text: `Could not open a secure connection to ${r.host} for ${inst} (${svc}): its certificate was not accepted — a company proxy may be intercepting traffic; ask your IT team.` };
        case 'other':
          return { code: 'network', text: `Could not reach ${svc} at ${r.host} for ${inst}${tries(r.attempts)}: check your internet connection, VPN or proxy.` };
      }
      break;
    case 'bad_response':
      switch (f.reason) {
        case 'html':
          return {
            code: 'bad_response',
            text: `${svc} for ${inst} answered with a web page instead of data (${f.status}): the address may be wrong, or a sign-in page or proxy is in the way — check the address in Settings and that it opens in your browser.`,
          };
        case 'not_json':
          return { code: 'bad_response', text: `${svc} for ${inst} answered with ${f.contentType || 'an unknown content type'} instead of JSON data (${f.status}): check the address in Settings.` };
        case 'invalid_json':
          return { code: 'bad_response', text: `${svc} for ${inst} sent broken data (not valid JSON): usually a passing glitch or a proxy cutting the answer — try again.` };
        case 'empty':
          return { code: 'bad_response', text: `${svc} for ${inst} sent an empty answer where data was expected (${f.status}): try again; check the address in Settings if it keeps happening.` };
        case 'schema':
          return {
            code: 'bad_response',
            text: `${svc} for ${inst} sent data in a shape Worklog Desk does not expect: the API may have changed — try again later, and send the log file (Help → Open log folder) to the developers if it keeps happening.`,
          };
      }
      break;
  }
  return { code: 'internal', text: `${svc} request for ${inst} failed.` };
}

function detailFor(f: Failure, r: RequestFacts): string {
  const base = `${r.method} ${r.host}${r.path} try ${r.attempts}`;
  switch (f.kind) {
    case 'status':
      return `${base}: HTTP ${f.status}${f.html ? ' (html)' : ''}${f.retryAfterMs === null ? '' : ` retry-after ${f.retryAfterMs} ms`}${f.serverMessages.length ? ` — ${joinServerMessages(f.serverMessages)}` : ''}`;
    case 'network':
      return `${base}: network ${f.reason}${f.code === undefined ? '' : ` (${f.code})`}`;
    case 'timeout':
      return `${base}: no answer within ${f.timeoutMs} ms`;
    case 'bad_response':
      return `${base}: HTTP ${f.status} ${f.reason} content-type '${f.contentType}'${f.issues === undefined ? '' : ` — ${f.issues}`}`;
    case 'paused':
      return `${base}: host paused for ${f.waitMs} ms`;
    case 'redirect':
      return `${base}: redirect ${f.status} ${f.reason}${f.target === null ? '' : ` to ${f.target}`}`;
    case 'cancelled':
      return `${base}: cancelled`;
  }
}

/** Words for the user, facts for the log; both redacted with the request's own secrets. */
export function failureToError(f: Failure, r: RequestFacts, redact: Redactor): HttpError {
  const { code, text } = messageFor(f, r);
  const serverMessages = f.kind === 'status' ? f.serverMessages.map(redact) : [];
  const said = joinServerMessages(serverMessages);
  const message = said === '' ? text : `${text} ${LABEL[r.service]} said: "${said}"`;
  return new HttpError(code, redact(message), {
    service: r.service,
    instanceName: r.instanceName,
    ...(f.kind === 'status' || f.kind === 'bad_response' || f.kind === 'redirect' ? { status: f.status } : {}),
    ...(f.kind === 'network' || f.kind === 'bad_response' || f.kind === 'redirect' ? { reason: f.reason } : {}),
    ...(f.kind === 'redirect' && f.target !== null ? { redirectTarget: f.target } : {}),
    serverMessages,
    attempts: r.attempts,
    detail: redact(detailFor(f, r)),
    ...(f.kind === 'network' ? { cause: f.cause } : {}),
  });
}
