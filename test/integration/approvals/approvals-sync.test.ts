import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVALS_FRESH_MS } from '../../../main/core/approvals/tempo-approvals-sync.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { SyncSummary } from '../../../shared/domain/sync.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import { approvalKey } from '../../fakes/tempo/approvals-state.js';
import type { TempoSite } from '../../helpers/tempo-site.js';
import { LEAD, odegardTeam, startTempoSite } from '../../helpers/tempo-site.js';
import { createCliRunner } from '../cli/cli-process.js';

const RANGE = { from: '2026-11-01', to: '2026-11-30' };
const isApprovalRequest = (path: string): boolean => path === '/4/periods' || path.startsWith('/4/timesheet-approvals/');

describe('Tempo timesheet approvals: synced, stored, shown on the Timesheet offline', () => {
  let site: TempoSite;
  let nowMs = Date.UTC(2026, 11, 10, 9);
  const clock = { now: () => new Date(nowMs), sleep: systemClock.sleep };
  const user = (i: number): string => site.user(i);
  const call = <T,>(channel: string, input: unknown): Promise<T> => site.call<T>(channel, input);
  const approvalRequests = () => site.tempo.requests.filter((r) => isApprovalRequest(r.path)).map((r) => `${r.path} ${r.query.from ?? ''}..${r.query.to ?? ''}`);
  const sync = async (full = false): Promise<SyncSummary> => {
    site.tempo.requests.length = 0;
    const s = await site.core.services.sync.run({ ...RANGE, full });
    expect(s.ok, JSON.stringify(s.runs.map((r) => r.error))).toBe(true);
    return s;
  };
  const sheet = () => call<Timesheet>('timesheet.get', { ...RANGE, accountIds: [user(0), user(1), user(2), user(3)] });
  const statusOf = (t: Timesheet, i: number) => t.people.find((p) => p.accountId === user(i))?.approval;

  beforeAll(async () => {
    site = await startTempoSite({ seed: 31, clock, teams: (u) => [odegardTeam(u)], tmpPrefix: 'wd-approvals-' });
    // A reviewer who logs time too, so the app knows their name from the sync.
    site.tempo.state.approvals.reviewer = user(4);
  }, 60_000);
  afterAll(() => site.close());

  it('without a linked Tempo team a sync asks nothing about approvals and nobody has a status', async () => {
    await sync();
    expect(approvalRequests()).toEqual([]);
    const t = await sheet();
    expect(t.approvals).toBeUndefined();
    expect(t.people.every((p) => p.approval === undefined)).toBe(true);
  });

  it('once linked, a sync reads the periods and the team approvals; each member shows their status, others none', async () => {
    site.tempo.state.approvals.statuses.set(approvalKey(user(0), '2026-11-01'), { key: 'IN_REVIEW' });
    site.tempo.state.approvals.statuses.set(approvalKey(user(1), '2026-11-01'), { key: 'OPEN', actor: LEAD.accountId, comment: 'Friday is missing' });
    site.tempo.state.approvals.statuses.set(approvalKey(user(2), '2026-11-01'), { key: 'APPROVED', actor: LEAD.accountId });
    await call('team.linkTempoTeam', { instanceId: site.instance.id, teamId: 7 });
    nowMs += 60_000;
    await sync();
    expect(approvalRequests()).toEqual(['/4/periods 2026-11-01..2026-11-30', '/4/timesheet-approvals/team/7 2026-11-01..2026-11-30']);
    const t = await sheet();
    expect(t.approvals).toEqual({ teamName: 'Équipe Ødegård 🚀', syncedAt: new Date(nowMs).toISOString(), problem: null });
    const logged = (i: number) => site.world.worklogs.filter((w) => w.authorAccountId === user(i) && w.started.slice(0, 10) >= RANGE.from && w.started.slice(0, 10) <= RANGE.to).reduce((n, w) => n + w.timeSpentSeconds, 0);
    expect(statusOf(t, 0)).toEqual({
      status: 'submitted',
      periods: [{ from: '2026-11-01', to: '2026-11-30', status: 'submitted', requiredSeconds: 21 * 8 * 3600, timeSpentSeconds: logged(0), reviewer: site.world.users[4]?.displayName ?? '' }],
    });
    expect(statusOf(t, 1)?.status).toBe('rejected');
    expect(statusOf(t, 1)?.periods[0]?.requiredSeconds).toBe((21 * 8 * 3600) / 2);
    expect(statusOf(t, 2)?.status).toBe('approved');
    // Not in the Tempo team: no status at all (not "open").
    expect(t.people.find((p) => p.accountId === user(3))).toBeDefined();
    expect(statusOf(t, 3)).toBeUndefined();
  });

  it('a quiet re-sync within the freshness window asks nothing more; after it, or on Full refresh, it reads again', async () => {
    site.tempo.state.approvals.statuses.set(approvalKey(user(0), '2026-11-01'), { key: 'APPROVED', actor: LEAD.accountId });
    nowMs += 60_000;
    await sync();
    expect(approvalRequests()).toEqual([]);
    expect(statusOf(await sheet(), 0)?.status).toBe('submitted');

    nowMs += APPROVALS_FRESH_MS;
    await sync();
    expect(approvalRequests()).toHaveLength(2);
    expect(statusOf(await sheet(), 0)?.status).toBe('approved');

    site.tempo.state.approvals.statuses.set(approvalKey(user(0), '2026-11-01'), { key: 'IN_REVIEW' });
    nowMs += 60_000;
    await sync(true);
    expect(approvalRequests()).toHaveLength(2);
    expect(statusOf(await sheet(), 0)?.status).toBe('submitted');
  });

  it('weekly periods: a month shows the least advanced status of the weeks it spans, each week kept for the tooltip', async () => {
    site.tempo.state.approvals.period = 'week';
    for (const week of ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']) {
      site.tempo.state.approvals.statuses.set(approvalKey(user(0), week), { key: week === '2026-11-30' ? 'OPEN' : 'APPROVED', actor: week === '2026-11-30' ? user(0) : LEAD.accountId });
    }
    nowMs += 60_000;
    await sync(true);
    expect(approvalRequests()).toHaveLength(7);
    const a = statusOf(await sheet(), 0);
    expect(a?.status).toBe('open');
    expect(a?.periods.map((p) => [p.from, p.status])).toEqual([
      ['2026-10-26', 'approved'],
      ['2026-11-02', 'approved'],
      ['2026-11-09', 'approved'],
      ['2026-11-16', 'approved'],
      ['2026-11-23', 'approved'],
      ['2026-11-30', 'open'],
    ]);
    // The monthly period read before overlapped these weeks: it is gone, not mixed in.
    expect(site.core.db.prepare("SELECT count(*) AS n FROM tempo_approval_periods WHERE period_from = '2026-11-01'").get()).toEqual({ n: 0 });
    // Ola joined on the 16th: Tempo lists them only for weeks from then on.
    expect(statusOf(await sheet(), 2)?.periods.map((p) => p.from)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });

  it('a token without the approval permission: the worklog sync still succeeds, the Timesheet says why, statuses stay, a warning is logged', async () => {
    site.tempo.state.approvals.forbiddenTeams.add(7);
    nowMs += 60_000;
    const s = await sync(true);
    expect(s.runs.map((r) => r.status)).toEqual(['ok']);
    const t = await sheet();
    expect(t.approvals?.problem).toMatch(/refused to show this team's timesheet approvals \(403\).*permission.*Worklogs still synced/);
    expect(statusOf(t, 0)?.status).toBe('open');
    expect(fs.readFileSync(site.core.log.file, 'utf8')).toContain('tempo approvals not read');
    // Once the permission is granted, the next read clears the problem.
    site.tempo.state.approvals.forbiddenTeams.clear();
    nowMs += 60_000;
    await sync(true);
    expect((await sheet()).approvals?.problem).toBeNull();
  });

  it('offline: a fresh start on the same data folder shows the stored statuses without asking Tempo', async () => {
    site.reopen();
    site.tempo.requests.length = 0;
    const t = await sheet();
    expect(statusOf(t, 0)?.status).toBe('open');
    expect(statusOf(t, 3)).toBeUndefined();
    // A period never read: members show "none" (nothing known), the bar says it was not read; outsiders still nothing.
    const dec = await call<Timesheet>('timesheet.get', { from: '2027-01-01', to: '2027-01-31', accountIds: [user(0), user(3)] });
    expect(dec.approvals).toEqual({ teamName: 'Équipe Ødegård 🚀', syncedAt: null, problem: null });
    expect(statusOf(dec, 0)).toEqual({ status: 'none', periods: [] });
    expect(statusOf(dec, 3)).toBeUndefined();
    expect(site.tempo.requests).toEqual([]);
  });

  it('`hours --json` carries the same status per person, and no status for people outside the Tempo team', async () => {
    const cli = createCliRunner(site.dataDir);
    const r = await cli.run(['hours', '--from', RANGE.from, '--to', RANGE.to, '--json'], { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ accountId: string; approval?: string }>;
    const t = await sheet();
    for (const i of [0, 1, 2]) expect(rows.find((x) => x.accountId === user(i))?.approval, `user ${i}`).toBe(statusOf(t, i)?.status);
    expect(rows.find((x) => x.accountId === user(0))?.approval).toBe('open');
    const outsider = rows.find((x) => x.accountId === user(3));
    expect(outsider).toBeDefined();
    expect(outsider && 'approval' in outsider).toBe(false);
  }, 90_000);
});
