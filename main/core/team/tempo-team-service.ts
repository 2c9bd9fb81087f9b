import type { TempoTeamLinkState, TempoTeamLinkView, TempoTeamView } from '../../../shared/domain/team.js';
import { DEFAULT_DAILY_SECONDS, DEFAULT_WORKING_WEEKDAYS } from '../../../shared/domain/team.js';
import { AppError } from '../errors.js';
import type { Clock, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import type { TempoTeamMember, TempoTeamsClient } from '../tempo/tempo-teams-client.js';

export interface TempoTeamServiceDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** A teams client for an instance with a Tempo token (throws a plain-words error otherwise). */
  client(instanceId: string): Promise<TempoTeamsClient>;
}

interface LinkRow {
  instanceId: string;
  teamId: number;
  teamName: string;
}

/**
 * "My team" from a Tempo team: lists an instance's Tempo teams, links "my team" to one, and keeps
 * it in step (at link time and after each sync of that instance). Members the Tempo team brings
 * join "my team" with the default schedule (Tempo's own schedule sets their hours anyway); those
 * who leave it leave "my team" — unless they were hand-picked before, who always stay.
 */
export function createTempoTeamService(deps: TempoTeamServiceDeps) {
  const { db } = deps;
  const linkRow = (): LinkRow | null =>
    (db.prepare('SELECT instance_id AS instanceId, team_id AS teamId, team_name AS teamName FROM tempo_team_link WHERE id = 1').get() as LinkRow | undefined) ?? null;

  const apply = (link: LinkRow, members: readonly TempoTeamMember[]): TempoTeamLinkView => {
    const now = deps.clock.now().toISOString();
    let added = 0;
    let removed = 0;
    db.transaction(() => {
      const before = new Map((db.prepare('SELECT account_id AS a, added_from_tempo AS t FROM tempo_team_members').all() as Array<{ a: string; t: number }>).map((r) => [r.a, r.t === 1]));
      const inTeam = db.prepare('SELECT 1 FROM team_members WHERE account_id = ?');
      const name = db.prepare<[string, string], { n: string }>(
        'SELECT coalesce((SELECT display_name FROM jira_users WHERE account_id = ? ORDER BY fetched_at DESC LIMIT 1), (SELECT max(author_name) FROM worklogs WHERE author_account_id = ?)) AS n',
      );
      const now = new Set(members.map((m) => m.accountId));
      for (const m of members) {
        let fromTempo = before.get(m.accountId);
        if (fromTempo === undefined) {
          fromTempo = !inTeam.get(m.accountId);
          if (fromTempo) {
            db.prepare('INSERT INTO team_members (account_id, display_name, daily_seconds, working_weekdays, added_at) VALUES (?, ?, ?, ?, ?)').run(
              m.accountId,
              name.get(m.accountId, m.accountId)?.n ?? m.accountId,
              DEFAULT_DAILY_SECONDS,
              DEFAULT_WORKING_WEEKDAYS.join(','),
              deps.clock.now().toISOString(),
            );
            added++;
          }
        }
        db.prepare(
          `INSERT INTO tempo_team_members (account_id, commitment_percent, member_from, member_to, added_from_tempo, synced_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (account_id) DO UPDATE SET commitment_percent = excluded.commitment_percent, member_from = excluded.member_from, member_to = excluded.member_to, synced_at = excluded.synced_at`,
        ).run(m.accountId, m.commitmentPercent, m.from, m.to, fromTempo ? 1 : 0, deps.clock.now().toISOString());
      }
      for (const [accountId, fromTempo] of before) {
        if (now.has(accountId)) continue;
        db.prepare('DELETE FROM tempo_team_members WHERE account_id = ?').run(accountId);
        if (fromTempo && db.prepare('DELETE FROM team_members WHERE account_id = ?').run(accountId).changes === 1) removed++;
      }
    })();
    deps.log.info('tempo team imported', { teamId: link.teamId, members: members.length, added, removed, at: now });
    return { ...link, members: members.length, added, removed };
  };

  return {
    /** The `team.tempoTeams` channel: the instance's Tempo teams, by name. */
    async teams(instanceId: string): Promise<TempoTeamView[]> {
      return (await deps.client(instanceId)).teams();
    },
    /** The `team.linkTempoTeam` channel: follow this Tempo team from now on, importing its members at once. */
    async link(instanceId: string, teamId: number): Promise<TempoTeamLinkView> {
      const client = await deps.client(instanceId);
      const team = (await client.teams()).find((t) => t.id === teamId);
      if (!team) throw new AppError('not_found', 'That Tempo team no longer exists. Refresh the list of teams and choose again.');
      const members = await client.members(teamId);
      const link = { instanceId, teamId, teamName: team.name };
      db.prepare('INSERT INTO tempo_team_link (id, instance_id, team_id, team_name, linked_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, team_id = excluded.team_id, team_name = excluded.team_name, linked_at = excluded.linked_at').run(
        instanceId,
        teamId,
        team.name,
        deps.clock.now().toISOString(),
      );
      return apply(link, members);
    },
    /** Stops following the Tempo team; "my team" keeps its members (remove them by hand if wanted). */
    unlink(): { unlinked: boolean } {
      return db.transaction(() => {
        const n = db.prepare('DELETE FROM tempo_team_link').run().changes;
        db.prepare('DELETE FROM tempo_team_members').run();
        return { unlinked: n > 0 };
      })();
    },
    linked: (): LinkRow | null => linkRow(),
    /** The `team.tempoLink` channel: the link with each member's commitment at the last import. */
    state(): TempoTeamLinkState | null {
      const link = linkRow();
      if (!link) return null;
      const commitments = db
        .prepare('SELECT account_id AS accountId, commitment_percent AS commitmentPercent FROM tempo_team_members ORDER BY account_id')
        .all() as TempoTeamLinkState['commitments'];
      return { ...link, commitments };
    },
    /** After a sync of `instanceId`: re-reads the linked team's members when it lives there. */
    async refresh(instanceId: string, signal?: AbortSignal): Promise<TempoTeamLinkView | null> {
      const link = linkRow();
      if (!link || link.instanceId !== instanceId) return null;
      const members = await (await deps.client(instanceId)).members(link.teamId, signal);
      return apply(link, members);
    },
  };
}

export type TempoTeamService = ReturnType<typeof createTempoTeamService>;
