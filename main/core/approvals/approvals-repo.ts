import type { ApprovalPeriod, ApprovalStatus } from '../../../shared/domain/approvals.js';
import type { Db } from '../store/open-database.js';
import type { TempoApproval, TempoPeriod } from '../tempo/tempo-approvals-client.js';

const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A stored approval of one person and period, with the reviewer's account id (named by the caller). */
export type StoredApproval = Omit<ApprovalPeriod, 'reviewer'> & { reviewerAccountId: string | null };

/** The tempo_approval_* tables (see migration tempo-approvals). */
export function approvalsRepo(db: Db) {
  return {
    /**
     * Whether stored periods of the team cover every day of [from, to] and were all read at or
     * after `sinceIso`: then a quiet re-sync need not ask Tempo again.
     */
    freshSince(teamId: number, from: string, to: string, sinceIso: string): boolean {
      const periods = db
        .prepare('SELECT period_from AS "from", period_to AS "to", synced_at AS at FROM tempo_approval_periods WHERE team_id = ? AND period_to >= ? AND period_from <= ? ORDER BY period_from')
        .all(teamId, from, to) as Array<{ from: string; to: string; at: string }>;
      let covered = from;
      for (const p of periods) {
        if (p.at < sinceIso || p.from > covered) return false;
        if (p.to >= covered) covered = nextDay(p.to);
        if (covered > to) return true;
      }
      return false;
    },

    /**
     * Replaces what is stored for the periods read, in one transaction: a period's rows (and any
     * older period overlapping it, should Tempo's period setting have changed) go, the new ones come.
     */
    replace(instanceId: string, teamId: number, read: ReadonlyArray<{ period: TempoPeriod; approvals: readonly TempoApproval[] }>, syncedAt: string): void {
      db.transaction(() => {
        for (const { period, approvals } of read) {
          db.prepare('DELETE FROM tempo_approvals WHERE team_id = ? AND period_from <= ? AND period_to >= ?').run(teamId, period.to, period.from);
          db.prepare('DELETE FROM tempo_approval_periods WHERE team_id = ? AND period_from <= ? AND period_to >= ?').run(teamId, period.to, period.from);
          db.prepare('INSERT INTO tempo_approval_periods (instance_id, team_id, period_from, period_to, synced_at) VALUES (?, ?, ?, ?, ?)').run(instanceId, teamId, period.from, period.to, syncedAt);
          const ins = db.prepare(
            `INSERT INTO tempo_approvals (instance_id, team_id, account_id, period_from, period_to, status, raw_status, required_seconds, spent_seconds, reviewer_account_id, synced_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, account_id, period_from) DO NOTHING`,
          );
          // Stored under the period asked for: Tempo answers with that period's approvals.
          for (const a of approvals) ins.run(instanceId, teamId, a.accountId, period.from, period.to, a.status, a.rawStatus, a.requiredSeconds, a.timeSpentSeconds, a.reviewerAccountId, syncedAt);
        }
      })();
    },

    /** The outcome of a read of the team's approvals (error in plain words, or null when it worked). */
    recordRead(instanceId: string, teamId: number, at: string, error: string | null): void {
      db.prepare(
        'INSERT INTO tempo_approval_reads (team_id, instance_id, read_at, error) VALUES (?, ?, ?, ?) ON CONFLICT (team_id) DO UPDATE SET instance_id = excluded.instance_id, read_at = excluded.read_at, error = excluded.error',
      ).run(teamId, instanceId, at, error);
    },

    lastRead(teamId: number): { readAt: string; error: string | null } | null {
      return (db.prepare('SELECT read_at AS readAt, error FROM tempo_approval_reads WHERE team_id = ?').get(teamId) as { readAt: string; error: string | null } | undefined) ?? null;
    },

    /** When the oldest stored period overlapping [from, to] was read; null when none is stored. */
    syncedAt(teamId: number, from: string, to: string): string | null {
      const row = db.prepare('SELECT min(synced_at) AS at FROM tempo_approval_periods WHERE team_id = ? AND period_to >= ? AND period_from <= ?').get(teamId, from, to) as { at: string | null };
      return row.at;
    },

    /** Each person's stored approvals of the periods overlapping [from, to], oldest period first. */
    byAccount(teamId: number, from: string, to: string): Map<string, StoredApproval[]> {
      const rows = db
        .prepare(
          `SELECT account_id AS accountId, period_from AS "from", period_to AS "to", status, required_seconds AS requiredSeconds, spent_seconds AS timeSpentSeconds, reviewer_account_id AS reviewerAccountId
             FROM tempo_approvals WHERE team_id = ? AND period_to >= ? AND period_from <= ? ORDER BY account_id, period_from`,
        )
        .all(teamId, from, to) as Array<StoredApproval & { accountId: string; status: ApprovalStatus }>;
      const out = new Map<string, StoredApproval[]>();
      for (const { accountId, ...a } of rows) out.set(accountId, [...(out.get(accountId) ?? []), a]);
      return out;
    },

    /**
     * Members of the linked Tempo team during [from, to] (the tempo-teams slice keeps them in
     * tempo_team_members): they get a "no status" mark when Tempo sent nothing for them.
     */
    teamMembersDuring(from: string, to: string): Set<string> {
      const rows = db
        .prepare("SELECT account_id AS id FROM tempo_team_members WHERE coalesce(member_from, '0000-01-01') <= ? AND coalesce(member_to, '9999-12-31') >= ?")
        .all(to, from) as Array<{ id: string }>;
      return new Set(rows.map((r) => r.id));
    },

    /** Display names of reviewers, from the Jira users the sync cached. */
    names(accountIds: readonly string[]): Map<string, string> {
      const q = db.prepare<[string], { n: string }>('SELECT display_name AS n FROM jira_users WHERE account_id = ? ORDER BY fetched_at DESC LIMIT 1');
      const out = new Map<string, string>();
      for (const id of accountIds) {
        const n = q.get(id)?.n;
        if (n) out.set(id, n);
      }
      return out;
    },
  };
}
