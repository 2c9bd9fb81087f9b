import { AppError } from '../errors.js';
import { bearer } from '../http/auth-headers.js';
import type { HttpClient } from '../http/http-types.js';
import type { Credentials } from '../ports.js';
import { normalizeTempoBaseUrl } from './tempo-client.js';
import { tempoMemberMembershipsSchema, tempoPageSchema, tempoTeamSchema } from './tempo-schemas.js';

export interface TempoTeam {
  id: number;
  name: string;
}

/** A person's active membership of a Tempo team. Dates are inclusive; null = open-ended. */
export interface TempoTeamMember {
  accountId: string;
  commitmentPercent: number;
  from: string | null;
  to: string | null;
}

/** Tempo's pages hold at most this many teams or members per request. */
const LIMIT = 50;
/** Defensive: a server that never ends its pages stops here (5,000 teams). */
const MAX_PAGES = 100;

const dayBefore = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Reads Tempo teams and their members (`/4/teams`, `/4/teams/{id}/members`), for "My team from
 * Tempo". Pages by offset (the spec's own parameters), never following a link off the Tempo host.
 */
export function createTempoTeamsClient(http: HttpClient, c: Credentials) {
  const connect = () => {
    const token = c.tempoToken?.trim() ?? '';
    if (token === '') throw new AppError('auth', `No Tempo token is saved for '${c.name}': add one in Settings to use its Tempo teams.`);
    return { baseUrl: normalizeTempoBaseUrl(c.tempoBaseUrl), headers: { Authorization: bearer(token) } };
  };
  return {
    async teams(signal?: AbortSignal): Promise<TempoTeam[]> {
      const conn = connect();
      const out: TempoTeam[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await http.request({
          service: 'tempo',
          instanceName: c.name,
          url: `${conn.baseUrl}/4/teams`,
          query: { offset: page * LIMIT, limit: LIMIT },
          headers: conn.headers,
          schema: tempoPageSchema(tempoTeamSchema),
          signal,
        });
        out.push(...answer.results.map((t) => ({ id: t.id, name: t.name })));
        if (!answer.metadata.next || answer.results.length === 0) break;
      }
      return out.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    },

    async members(teamId: number, signal?: AbortSignal): Promise<TempoTeamMember[]> {
      const conn = connect();
      const answer = await http.request({
        service: 'tempo',
        instanceName: c.name,
        url: `${conn.baseUrl}/4/teams/${encodeURIComponent(String(teamId))}/members`,
        headers: conn.headers,
        schema: tempoPageSchema(tempoMemberMembershipsSchema),
        signal,
      });
      return answer.results.map((m) => {
        const a = m.memberships.active;
        // `to` is exclusive in Tempo's API (the day after the last); prefer `inclusiveTo` when sent.
        const to = a?.inclusiveTo ?? (a?.to ? dayBefore(a.to) : null);
        return { accountId: m.member.accountId, commitmentPercent: a?.commitmentPercent ?? 100, from: a?.from ?? null, to };
      });
    },
  };
}

export type TempoTeamsClient = ReturnType<typeof createTempoTeamsClient>;
