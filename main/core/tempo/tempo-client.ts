import { z } from 'zod';
import { AppError } from '../errors.js';
import { bearer } from '../http/auth-headers.js';
import type { HttpClient } from '../http/http-types.js';
import { isLoopbackHost } from '../http/loopback.js';
import { tempoPageSchema } from './tempo-schemas.js';

export const DEFAULT_TEMPO_BASE_URL = 'https://api.tempo.io';

/** api.tempo.io and its regional clusters (api.eu.tempo.io, api.us.tempo.io, ...). */
const TEMPO_HOST = /^api(\.[a-z0-9-]+)?\.tempo\.io$/i;

function invalid(message: string): AppError {
  return new AppError('validation', message);
}

/**
 * The Tempo API base without the version: `https://api.tempo.io`, `https://api.eu.tempo.io`...
 * Users paste it with or without `/4` and a trailing slash. Only Tempo's own hosts are accepted
 * (plus this computer, for test servers): the Tempo token is sent to whatever is typed here.
 * Empty means the global default.
 */
export function normalizeTempoBaseUrl(input: string | null | undefined): string {
  const typed = (input ?? '').trim();
  if (typed === '') return DEFAULT_TEMPO_BASE_URL;
  const hint = 'Use https://api.tempo.io, or your region’s address (https://api.eu.tempo.io, https://api.us.tempo.io).';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    throw invalid(`"${typed}" is not a Tempo API address. ${hint}`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.username !== '' || url.password !== '') throw invalid(`Remove the user name or password from the Tempo address. ${hint}`);
  if (url.search !== '') throw invalid(`Remove the part from "?" on from the Tempo address. ${hint}`);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) throw invalid(`The Tempo address must start with https://. ${hint}`);
  if (!loopback && !TEMPO_HOST.test(url.hostname)) throw invalid(`"${typed}" is not a Tempo API address. ${hint}`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/4$/, '');
  if (path !== '' && !loopback) throw invalid(`The Tempo address should have no path after the host. ${hint}`);
  return `${url.protocol}//${url.host}${path}`;
}

export interface TempoInstanceConfig {
  /** The user's name for the instance, used in error messages. */
  name: string;
  /** Defaults to https://api.tempo.io; normalised with normalizeTempoBaseUrl. */
  baseUrl?: string | null;
  token: string;
}

export interface TempoClient {
  readonly name: string;
  readonly baseUrl: string;
  /** Resolves when Tempo accepts the token (and it may read worklogs); throws the pipeline's HttpError otherwise. */
  check(signal?: AbortSignal): Promise<{ ok: true }>;
}

/**
 * The check asks `GET /4/worklogs?from=2000-01-01&to=2000-01-01&limit=1`:
 * - it is the endpoint sync depends on, so a token whose scopes leave out worklogs fails here and
 *   not in the middle of the first sync (a "custom access" token may lack other areas, e.g.
 *   /4/globalconfiguration, while still being fine for us — or the reverse);
 * - a single day long before Tempo existed is an empty page by construction: the cheapest
 *   answer the server can give, independent of today's date (no clock needed);
 * - it needs the right region: Tempo answers a token of another cluster with an auth error.
 */
const CHECK_DAY = '2000-01-01';

export function createTempoClient(http: HttpClient, config: TempoInstanceConfig): TempoClient {
  const baseUrl = normalizeTempoBaseUrl(config.baseUrl);
  const authorization = bearer(config.token);

  return {
    name: config.name,
    baseUrl,
    async check(signal) {
      await http.request({
        service: 'tempo',
        instanceName: config.name,
        url: `${baseUrl}/4/worklogs`,
        query: { from: CHECK_DAY, to: CHECK_DAY, limit: 1 },
        headers: { Authorization: authorization },
        schema: tempoPageSchema(z.unknown()),
        signal,
      });
      return { ok: true };
    },
  };
}
