import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import type { Clock } from '../../../main/core/ports.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import type { PersonHours } from '../../../shared/domain/leaves.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo, FakeUserSchedule } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, jiraPathDay, localDate } from '../../fakes/world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { createCliRunner } from '../cli/cli-process.js';
import { readXlsx } from '../export/export-kit.js';

/**
 * The done-when world of "the team lead's week": one site with Tempo (people on Tempo's default
 * schedule, a part-time person, a Mon–Thu person with a Tempo holiday that is also a Factorial
 * leave), one Jira-only site whose people keep the team schedule (and the workspace holidays), and
 * approved leaves. Timesheet, hours report and `hours --json` must agree with a plain day-by-day
 * recomputation written here from the world's definitions, for a past month (whole) and for the
 * current one (elapsed days only).
 */
const H = 3600;
const LEAD = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Team Lead', email: 'lead@example.com' };
const RANGE = { from: '2026-11-01', to: '2026-11-30' };
const DAYS = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const weekday = (d: string): number => ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

describe('expected hours from Tempo schedules, team schedules, leaves and holidays', () => {
  let worldA: FakeWorld;
  let worldB: FakeWorld;
  let jiraA: FakeJira;
  let jiraB: FakeJira;
  let tempo: FakeTempo;
  let tmp: ReturnType<typeof makeTempDir>;
  let core: AppCore;
  let nowMs = new Date(2026, 11, 10, 9).getTime();
  const clock: Clock = { now: () => new Date(nowMs), sleep: systemClock.sleep };
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  };

  // People: site A (Tempo) has users 0–5, site B (Jira only) users 0–8, so 6–8 live on B alone.
  let id: (i: number) => string;
  let schedules: Record<string, FakeUserSchedule>;
  /** Team schedules (daily seconds, weekdays) of the team members; everyone else: Mon–Fri 8 h. */
  let team: Map<string, { daily: number; days: number[] }>;
  const workspaceHolidays = new Map([['2026-11-25', 'Founders’ day']]);
  /** Approved leaves per person: [from, to, half]. */
  let leaves: Map<string, Array<[string, string, 'morning' | 'afternoon' | null]>>;

  beforeAll(async () => {
    worldA = generateWorld({ seed: 11, users: 6, issues: 40, worklogs: 260, from: '2026-10-29', to: '2026-12-02' });
    worldB = generateWorld({ seed: 12, users: 9, issues: 40, worklogs: 260, from: '2026-10-29', to: '2026-12-02' });
    id = (i) => (worldB.users[i] as { accountId: string }).accountId;
    schedules = {
      // Part time: 4 h on weekdays.
      [id(1)]: { weekdaySeconds: { 1: 4 * H, 2: 4 * H, 3: 4 * H, 4: 4 * H, 5: 4 * H } },
      // Mon–Thu 8 h, with a holiday on Wednesday 11th that is also a Factorial leave (counts once).
      [id(2)]: { weekdaySeconds: { 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H }, holidays: { '2026-11-11': 'Armistice 🕊️' } },
    };
    team = new Map([
      [id(0), { daily: 8 * H, days: [1, 2, 3, 4, 5] }],
      [id(1), { daily: 8 * H, days: [1, 2, 3, 4, 5] }], // Tempo's 4 h wins over the team's 8 h
      [id(7), { daily: 6 * H, days: [1, 2, 3] }], // only on the Jira-only site: team schedule
    ]);
    leaves = new Map([
      [id(2), [['2026-11-11', '2026-11-12', null]]],
      [id(1), [['2026-11-16', '2026-11-16', 'morning']]],
      [id(7), [['2026-11-03', '2026-11-03', null], ['2026-11-25', '2026-11-25', null]]], // the second is on a workspace holiday
    ]);

    const jiraTokenA = `ATATT-a-${randomUUID()}`;
    const jiraTokenB = `ATATT-b-${randomUUID()}`;
    const tempoToken = `tempo-${randomUUID()}`;
    jiraA = await startFakeJira({ users: [{ ...LEAD, token: jiraTokenA }], world: worldA, changeFeedDelayMs: 0 });
    jiraB = await startFakeJira({ users: [{ ...LEAD, token: jiraTokenB }], world: worldB, changeFeedDelayMs: 0 });
    tempo = await startFakeTempo({ tokens: [tempoToken], world: worldA, jiraUrl: jiraA.url, schedules });
    tmp = makeTempDir('wd-expect-');
    core = createAppCore({ host: 'cli', dataDir: tmp.dir, clock, httpLimits: { jira: { requestsPerSecond: 200, maxConcurrent: 6 }, tempo: { requestsPerSecond: 200, maxConcurrent: 4 } } });
    await call<InstanceView>('instances.add', { name: 'with-tempo', url: jiraA.url, email: LEAD.email, jiraToken: jiraTokenA, tempoToken, tempoBaseUrl: tempo.url });
    await call<InstanceView>('instances.add', { name: 'jira-only', url: jiraB.url, email: LEAD.email, jiraToken: jiraTokenB });
    for (const [account, s] of team) await call('team.add', { accountId: account, dailySeconds: s.daily, workingWeekdays: s.days });
    for (const [date, name] of workspaceHolidays) await call('holidays.add', { date, name });
    let leaveId = 1;
    let employee = 100;
    for (const [account, spans] of leaves) {
      core.db.prepare("INSERT INTO people_map VALUES (?, ?, 'manual', 'now')").run(account, ++employee);
      for (const [from, to, half] of spans) {
        core.db
          .prepare("INSERT INTO leaves (id, employee_id, start_on, finish_on, half_day, leave_type_id, leave_type_name, approved, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, 1, 'Vacation', 1, NULL, 'now')")
          .run(leaveId++, employee, from, to, half);
      }
    }
    const summary = await core.services.sync.run(RANGE);
    expect(summary.runs.map((r) => [r.instanceName, r.status])).toEqual(expect.arrayContaining([['with-tempo', 'ok'], ['jira-only', 'ok']]));
  }, 120_000);

  afterAll(async () => {
    core.close();
    await Promise.all([jiraA.close(), jiraB.close(), tempo.close()]);
    tmp.cleanup();
  });

  /** The independent recomputation: one day of one person, from the definitions above. */
  function expectedOn(account: string, date: string): { expected: number; leave: number; source: string } {
    // Tempo's schedule is read for the people the Tempo site knows: its authors of the range.
    const onTempo = worldA.worklogs.some((w) => w.authorAccountId === account && localDate(w) >= RANGE.from && localDate(w) <= RANGE.to);
    let base: number;
    let holiday: boolean;
    let source: string;
    if (onTempo) {
      const s = schedules[account] ?? { weekdaySeconds: { 1: 8 * H, 2: 8 * H, 3: 8 * H, 4: 8 * H, 5: 8 * H } };
      holiday = s.holidays?.[date] !== undefined;
      base = holiday ? 0 : (s.weekdaySeconds[weekday(date) as 1] ?? 0);
      source = 'tempo';
    } else {
      const s = team.get(account) ?? { daily: 8 * H, days: [1, 2, 3, 4, 5] };
      holiday = workspaceHolidays.has(date);
      base = !holiday && s.days.includes(weekday(date)) ? s.daily : 0;
      source = 'team';
    }
    const mine = (leaves.get(account) ?? []).filter(([f, t]) => date >= f && date <= t);
    const whole = mine.some(([, , h]) => h === null) || (mine.some(([, , h]) => h === 'morning') && mine.some(([, , h]) => h === 'afternoon'));
    const taken = whole ? base : mine.length > 0 ? Math.ceil(base / 2) : 0;
    if (holiday) source = 'holiday';
    else if (taken > 0) source = 'leave';
    return { expected: base - taken, leave: taken, source };
  }
  // The day each worklog is stored on: the author's day (Tempo's startDate on site A); on the
  // Jira-only site B, the reader's day for an author who hides their zone from Jira.
  const dayed = (): Array<{ authorAccountId: string; timeSpentSeconds: number; day: string }> => [
    ...worldA.worklogs.map((w) => ({ ...w, day: localDate(w) })),
    ...worldB.worklogs.map((w) => ({ ...w, day: jiraPathDay(worldB, w) })),
  ];
  const loggedOn = (account: string, date: string): number => dayed().filter((w) => w.authorAccountId === account && w.day === date).reduce((s, w) => s + w.timeSpentSeconds, 0);
  const everyone = (): string[] => [...new Set([...team.keys(), ...dayed().filter((w) => w.day >= RANGE.from && w.day <= RANGE.to).map((w) => w.authorAccountId)])].sort();

  /** The person-grouped export of the month: its Summary rows by account id (Key column). */
  async function exportedSummary(name: string): Promise<Map<string, { hours: number; expected: number; difference: number }>> {
    const file = `${tmp.dir}/${name}.xlsx`;
    await core.services.exports.writeExport({ query: RANGE, groupBy: 'person', sort: { by: 'date', dir: 'asc' }, columns: ['date', 'author', 'hours'], format: 'xlsx' }, { path: file, replace: false });
    const summary = (await readXlsx(file)).sheet('Summary');
    expect(summary.rows[0]).toEqual(['Person', 'Key', 'Instance', 'Hours', 'Worklogs', 'People', 'Expected', 'Difference']);
    return new Map(summary.rows.slice(1, -1).map((r) => [String(r[1]), { hours: r[3] as number, expected: r[6] as number, difference: r[7] as number }]));
  }
  const closeTo = (a: number | undefined, b: number): boolean => a !== undefined && Math.abs(a - b) < 1e-9;

  function recompute(account: string, through: string) {
    let expected = 0;
    let leave = 0;
    let logged = 0;
    for (const d of DAYS) {
      logged += loggedOn(account, d);
      if (d > through) continue;
      const e = expectedOn(account, d);
      expected += e.expected;
      leave += e.leave;
    }
    return { loggedSeconds: logged, expectedSeconds: expected, leaveSeconds: leave };
  }

  it('a past month: timesheet, hours report and `hours --json` all equal the day-by-day recomputation', async () => {
    nowMs = new Date(2026, 11, 10, 9).getTime();
    const ids = everyone();
    const sheet = await call<Timesheet>('timesheet.get', { ...RANGE, accountIds: ids });
    expect(sheet.countedThrough).toBeNull();
    const report = await call<PersonHours[]>('hours.report', { ...RANGE, accountIds: ids });
    const cli = await createCliRunner(tmp.dir).run(['hours', '--from', RANGE.from, '--to', RANGE.to, '--json'], { timeoutMs: 60_000 });
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = new Map((JSON.parse(cli.stdout) as PersonHours[]).map((p) => [p.accountId, p]));
    for (const account of ids) {
      const want = recompute(account, RANGE.to);
      const person = sheet.people.find((p) => p.accountId === account);
      expect(person?.totals, account).toEqual(want);
      for (const cell of person?.cells ?? []) {
        const e = expectedOn(account, cell.date);
        expect({ date: cell.date, expected: cell.expectedSeconds, source: cell.source }, account).toEqual({ date: cell.date, expected: e.expected, source: e.source });
      }
      const r = report.find((p) => p.accountId === account);
      expect({ expectedSeconds: r?.expectedSeconds, loggedSeconds: r?.loggedSeconds, leaveSeconds: r?.leaveSeconds }, account).toEqual(want);
      const c = fromCli.get(account);
      expect({ expectedSeconds: c?.expectedSeconds, loggedSeconds: c?.loggedSeconds, leaveSeconds: c?.leaveSeconds }, account).toEqual(want);
    }
    // The export (Worklogs grouped by person) agrees, for everyone who logged time.
    const exported = await exportedSummary('past');
    for (const [account, row] of exported) {
      const want = recompute(account, RANGE.to);
      expect(closeTo(row.expected, want.expectedSeconds / H) && closeTo(row.difference, (want.loggedSeconds - want.expectedSeconds) / H) && closeTo(row.hours, want.loggedSeconds / H), `${account} ${JSON.stringify(row)} ${JSON.stringify(want)}`).toBe(true);
    }
    expect(exported.size).toBeGreaterThan(5);
    // The world really mixes the sources.
    const sourcesOf = (i: number) => sheet.people.find((p) => p.accountId === id(i))?.sources;
    expect(sourcesOf(1)).toEqual(['tempo', 'leave']);
    expect(sourcesOf(2)).toEqual(['tempo', 'leave', 'holiday']);
    expect(sourcesOf(7)).toEqual(['team', 'leave', 'holiday']);
    // A Tempo holiday that is also a leave: nothing expected, no leave time counted on it.
    expect(sheet.people.find((p) => p.accountId === id(2))?.cells.find((c) => c.date === '2026-11-11')).toMatchObject({ expectedSeconds: 0, source: 'holiday', holiday: 'Armistice 🕊️' });
  }, 90_000);

  it('the current month counts elapsed days only (up to yesterday), the same in timesheet and report', async () => {
    nowMs = new Date(2026, 10, 18, 15).getTime();
    const ids = everyone();
    const sheet = await call<Timesheet>('timesheet.get', { ...RANGE, accountIds: ids });
    expect(sheet.countedThrough).toBe('2026-11-17');
    const report = await call<PersonHours[]>('hours.report', { ...RANGE, accountIds: ids });
    for (const account of ids) {
      const want = recompute(account, '2026-11-17');
      expect(sheet.people.find((p) => p.accountId === account)?.totals, account).toEqual(want);
      const r = report.find((p) => p.accountId === account);
      expect({ expectedSeconds: r?.expectedSeconds, loggedSeconds: r?.loggedSeconds, leaveSeconds: r?.leaveSeconds }, account).toEqual(want);
    }
    const exported = await exportedSummary('current');
    for (const [account, row] of exported) {
      const want = recompute(account, '2026-11-17');
      expect(closeTo(row.expected, want.expectedSeconds / H) && closeTo(row.difference, (want.loggedSeconds - want.expectedSeconds) / H), account).toBe(true);
    }
  });

  it('reads each schedule with one spec-shaped request per person of the Tempo site', () => {
    const scheduleRequests = tempo.requests.filter((r) => r.path.startsWith('/4/user-schedule/'));
    const people = new Set(scheduleRequests.map((r) => decodeURIComponent(r.path.slice('/4/user-schedule/'.length))));
    expect(people.has(id(7))).toBe(false);
    expect(people.has(id(1))).toBe(true);
    for (const r of scheduleRequests) expect(r.query).toEqual({ from: RANGE.from, to: RANGE.to });
  });

  it('a normal sync within the freshness window reads no schedule again; Full refresh, or the window running out, reads every one', async () => {
    const scheduleReads = (): string[] => tempo.requests.filter((r) => r.path.startsWith('/4/user-schedule/')).map((r) => decodeURIComponent(r.path.slice('/4/user-schedule/'.length)));
    const syncOk = async (req: { from: string; to: string; full?: boolean }): Promise<void> => {
      const summary = await core.services.sync.run(req);
      expect(summary.runs.map((r) => [r.instanceName, r.status])).toEqual(expect.arrayContaining([['with-tempo', 'ok'], ['jira-only', 'ok']]));
    };
    const firstRead = scheduleReads();
    const tempoPeople = [...new Set(firstRead)].sort();
    expect(firstRead).toHaveLength(tempoPeople.length);
    expect(tempoPeople.length).toBeGreaterThan(2);

    // One hour after the first sync (09:00): every schedule is still fresh, none is asked for.
    nowMs = new Date(2026, 11, 10, 10).getTime();
    await syncOk(RANGE);
    expect(scheduleReads()).toEqual(firstRead);

    // Full refresh: every person of the Tempo site once more, however fresh.
    await syncOk({ ...RANGE, full: true });
    const afterFull = scheduleReads();
    expect(afterFull.slice(firstRead.length).sort()).toEqual(tempoPeople);

    // Seven hours after that refresh the six-hour window has run out: a normal sync reads them all.
    nowMs = new Date(2026, 11, 10, 17).getTime();
    await syncOk(RANGE);
    expect(scheduleReads().slice(afterFull.length).sort()).toEqual(tempoPeople);
  }, 120_000);

  it('a sync after the clock was set back finishes (the host gate does not wait out the jump)', async () => {
    // The requests above reserved their spacing on 10 December; the clock now says 18 November
    // (a user correcting their clock does the same). Before the fix each request slept ~22 days.
    nowMs = new Date(2026, 10, 18, 15).getTime();
    const summary = await core.services.sync.run(RANGE);
    expect(summary.runs.map((r) => r.status)).toEqual(['ok', 'ok']);
  }, 60_000);
});
