import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerFilter } from '../../../shared/domain/explorer.js';
import type { SeriesBucketSize, SeriesBy } from '../../../shared/domain/series.js';
import { SERIES_BY, explorerSeriesInputSchema } from '../../../shared/domain/series.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import { explorerSeries } from '../../../main/core/explorer/explorer-series.js';
import { runExplorerQuery } from '../../../main/core/explorer/explorer-query.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import { fillDbWorld } from '../../../scripts/bench/bench-db-world.js';
import { mulberry32 } from '../../fakes/faults.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { filterInJs } from './recompute.js';

const DAY_MS = 86_400_000;
const utc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** ISO 8601 week, computed by hand: Monday-based, and a week belongs to the year of its Thursday. */
function isoWeekOf(day: string): { monday: string; label: string } {
  const t = utc(day);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return { monday: iso(monday), label: `${year}-W${String(week).padStart(2, '0')}` };
}

/** Buckets walked day by day: each distinct week / month in the range, its first and last day in the range. */
function bucketsInJs(from: string, to: string, size: SeriesBucketSize): Array<{ start: string; end: string; label: string; id: string }> {
  const out: Array<{ start: string; end: string; label: string; id: string }> = [];
  for (let t = utc(from); t <= utc(to); t += DAY_MS) {
    const day = iso(t);
    const id = size === 'week' ? isoWeekOf(day).monday : day.slice(0, 7);
    const last = out[out.length - 1];
    if (last && last.id === id) last.end = day;
    else out.push({ start: day, end: day, label: size === 'week' ? isoWeekOf(day).label : day.slice(0, 7), id });
  }
  return out;
}

interface JsSeries {
  key: string | null;
  label: string;
  instanceId: string | null;
  seconds: number[];
  total: number;
}

/** The plain way: every filtered worklog added to its series' bucket; series ranked by total, then label, key, instance. */
function seriesInJs(rows: readonly WorklogView[], f: ExplorerFilter, by: SeriesBy, size: SeriesBucketSize, top: number) {
  const buckets = by === 'person' ? [{ start: f.from, end: f.to, label: `${f.from}..${f.to}`, id: '' }] : bucketsInJs(f.from, f.to, size);
  const bucketOf = (day: string): number => (by === 'person' ? 0 : buckets.findIndex((b) => b.id === (size === 'week' ? isoWeekOf(day).monday : day.slice(0, 7))));
  const identity = (w: WorklogView): { key: string | null; label: string; instanceId: string | null } => {
    if (by === 'person') return { key: w.authorAccountId, label: w.authorName ?? w.authorAccountId, instanceId: null };
    if (by === 'epic') return w.epicKey === null ? { key: null, label: 'No epic', instanceId: null } : { key: w.epicKey, label: w.epicName ?? w.epicKey, instanceId: w.instanceId };
    return w.projectKey === null ? { key: null, label: 'No project', instanceId: null } : { key: w.projectKey, label: w.projectName ?? w.projectKey, instanceId: w.instanceId };
  };
  const map = new Map<string, JsSeries>();
  for (const w of rows) {
    const s = identity(w);
    const id = `${s.instanceId ?? '-'}|${s.key ?? '-'}`;
    const entry = map.get(id) ?? { ...s, seconds: buckets.map(() => 0), total: 0 };
    const i = bucketOf(w.date);
    if (i < 0) throw new Error(`no bucket for ${w.date}`);
    entry.seconds[i] = (entry.seconds[i] as number) + w.seconds;
    entry.total += w.seconds;
    map.set(id, entry);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const all = [...map.values()].sort(
    (a, b) => b.total - a.total || collator.compare(a.label, b.label) || collator.compare(a.key ?? '', b.key ?? '') || collator.compare(a.instanceId ?? '', b.instanceId ?? ''),
  );
  const rest = all.slice(top);
  // A first bucket that starts after its own week's Monday / month's 1st and holds no hours is left out.
  const first = buckets[0];
  const calendarStart = first && (size === 'week' ? first.id : `${first.id}-01`);
  const cut = by !== 'person' && buckets.length > 1 && rows.length > 0 && first !== undefined && first.start !== calendarStart && !rows.some((w) => w.date >= first.start && w.date <= first.end) ? 1 : 0;
  const whole = {
    buckets: buckets.map(({ id: _id, ...b }) => b),
    series: all.slice(0, top),
    other: rest.length ? { seconds: buckets.map((_, i) => rest.reduce((s, x) => s + (x.seconds[i] as number), 0)), total: rest.reduce((s, x) => s + x.total, 0), series: rest.length } : null,
    bucketTotals: buckets.map((b) => rows.filter((w) => w.date >= b.start && w.date <= b.end).reduce((s, w) => s + w.seconds, 0)),
    total: rows.reduce((s, w) => s + w.seconds, 0),
  };
  return {
    ...whole,
    buckets: whole.buckets.slice(cut),
    series: whole.series.map((x) => ({ ...x, seconds: x.seconds.slice(cut) })),
    other: whole.other && { ...whole.other, seconds: whole.other.seconds.slice(cut) },
    bucketTotals: whole.bucketTotals.slice(cut),
  };
}

const run = (db: Db, input: unknown) => explorerSeries(db, explorerSeriesInputSchema.parse(input));

/**
 * Generated databases spanning two year ends (Dec 2024 – Jan 2026, where 2024-12-30 opens ISO week
 * 2025-W01 and 2025-12-29 opens 2026-W01), with extra worklogs an epic key shared by two sites and
 * worklogs without a project, so the per-instance series and the "No …" series are exercised.
 */
describe.each([1, 2])('explorer series on a generated database (seed %i)', (seed) => {
  const tmp = makeTempDir('wd-series-');
  let db: Db;
  let team: Set<string>;
  let instanceIds: string[];
  let all: WorklogView[];
  let sharedEpic: string;
  const range = { from: '2024-12-01', to: '2026-01-31' };

  beforeAll(() => {
    db = openDatabase(tmp.dir);
    const world = fillDbWorld(db, { seed, worklogs: 5000, teamPeople: 5, otherPeople: 9, projects: 6, epics: 14, issues: 300, ...range });
    team = new Set(world.teamAccountIds);
    instanceIds = world.instanceIds;
    // The same epic key on a second site (another Jira with a project of the same key): a separate series.
    sharedEpic = (db.prepare("SELECT epic_key FROM worklogs WHERE epic_key IS NOT NULL AND instance_id = ? GROUP BY epic_key ORDER BY count(*) DESC LIMIT 1").get(instanceIds[0]) as { epic_key: string }).epic_key;
    db.prepare(
      `INSERT INTO worklogs SELECT ?, source, 'copy-' || source_id, issue_id, issue_key, issue_summary, issue_type, project_key, project_name, parent_key, parent_summary,
              epic_key, 'Other site: ' || epic_summary, author_account_id, author_name, local_date, started, seconds, comment, source_updated, raw, synced_at, search,
              day_from_reader_zone
         FROM worklogs WHERE epic_key = ? AND instance_id = ? AND rowid % 2 = 0`,
    ).run(instanceIds[1], sharedEpic, instanceIds[0]);
    // Worklogs without a project (and so without an epic), on two sites.
    db.prepare(
      `INSERT INTO worklogs SELECT instance_id, source, 'noproj-' || source_id, issue_id, issue_key, issue_summary, issue_type, NULL, NULL, NULL, NULL,
              NULL, NULL, author_account_id, author_name, local_date, started, seconds, comment, source_updated, raw, synced_at, search,
              day_from_reader_zone
         FROM worklogs WHERE rowid % 17 = 0 AND source_id NOT LIKE 'copy-%'`,
    ).run();
    all = listWorklogs(db, range);
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  const randomFilter = (rnd: () => number): ExplorerFilter => {
    const pickSome = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);
    const span = (utc(range.to) - utc(range.from)) / DAY_MS;
    const a = Math.floor(rnd() * span);
    const b = Math.min(span, a + Math.floor(rnd() * 200));
    const f: ExplorerFilter = { from: iso(utc(range.from) + a * DAY_MS), to: iso(utc(range.from) + b * DAY_MS) };
    const projects = [...new Set(all.map((w) => w.projectKey).filter((k): k is string => k !== null))];
    const epics = [...new Set(all.map((w) => w.epicKey))];
    const authors = [...new Set(all.map((w) => w.authorAccountId))];
    if (rnd() < 0.25) f.instanceIds = pickSome(instanceIds, 0.5);
    if (rnd() < 0.25) f.projectKeys = pickSome(projects, 0.4);
    if (rnd() < 0.25) f.epicKeys = pickSome(epics, 0.4);
    if (rnd() < 0.25) f.authorAccountIds = pickSome(authors, 0.4);
    if (rnd() < 0.25) f.teamOnly = true;
    if (rnd() < 0.2) f.text = ['CAFE', 'zoe', 'Naïve', 'work 1', 'über'][Math.floor(rnd() * 5)] as string;
    return f;
  };

  it('series, Other and bucket totals equal a straightforward recomputation for 40 random filter sets', () => {
    const rnd = mulberry32(seed * 7919);
    let withOther = 0;
    let midWeek = 0;
    for (let i = 0; i < 40; i++) {
      const f = randomFilter(rnd);
      const expectedRows = filterInJs(all, f, team);
      if (new Date(utc(f.from)).getUTCDay() !== 1) midWeek++;
      for (const by of SERIES_BY) {
        for (const bucket of ['week', 'month'] as const) {
          const top = 1 + Math.floor(rnd() * 12);
          const got = run(db, { ...f, by, bucket, top });
          const want = seriesInJs(expectedRows, f, by, bucket, top);
          const what = `${by}/${bucket}/top ${top} ${JSON.stringify(f)}`;
          expect(got.buckets, what).toEqual(want.buckets);
          expect(got.series, what).toEqual(want.series);
          expect(got.other, what).toEqual(want.other);
          expect(got.bucketTotals, what).toEqual(want.bucketTotals);
          expect(got.total, what).toBe(want.total);
          // What the chart draws: each bucket's bars add up to that bucket's filtered total.
          got.buckets.forEach((_, b) => expect(got.series.reduce((s, x) => s + (x.seconds[b] as number), 0) + (got.other?.seconds[b] ?? 0)).toBe(got.bucketTotals[b]));
          if (got.other) withOther++;
        }
      }
    }
    // The random sets did exercise Other and ranges starting mid-week.
    expect(withOther).toBeGreaterThan(20);
    expect(midWeek).toBeGreaterThan(20);
  });

  it('labels are the Worklogs groups’ labels, and the totals the Worklogs totals', () => {
    const f = { from: '2025-03-12', to: '2025-06-20' };
    for (const by of SERIES_BY) {
      const got = run(db, { ...f, by, top: 20 });
      const groups = runExplorerQuery(db, { ...f, groupBy: by });
      expect(got.total).toBe(groups.totals.seconds);
      for (const s of got.series) {
        const g = groups.groups.find((x) => x.key === s.key && x.instanceId === s.instanceId);
        expect(g, `${by} ${s.key}`).toMatchObject({ label: s.label, seconds: s.total });
      }
    }
  });

  it('weeks cross month and year edges as ISO weeks; months are calendar months; both clipped to the range', () => {
    const got = run(db, { from: '2025-12-24', to: '2026-01-14', by: 'project', bucket: 'week' });
    expect(got.buckets).toEqual([
      { start: '2025-12-24', end: '2025-12-28', label: '2025-W52' },
      { start: '2025-12-29', end: '2026-01-04', label: '2026-W01' },
      { start: '2026-01-05', end: '2026-01-11', label: '2026-W02' },
      { start: '2026-01-12', end: '2026-01-14', label: '2026-W03' },
    ]);
    // 30 Dec 2024 is a Monday in ISO week 1 of 2025.
    expect(run(db, { from: '2024-12-28', to: '2025-01-01', by: 'epic', bucket: 'week' }).buckets.map((b) => b.label)).toEqual(['2024-W52', '2025-W01']);
    expect(run(db, { from: '2024-12-15', to: '2025-02-03', by: 'epic', bucket: 'month' }).buckets).toEqual([
      { start: '2024-12-15', end: '2024-12-31', label: '2024-12' },
      { start: '2025-01-01', end: '2025-01-31', label: '2025-01' },
      { start: '2025-02-01', end: '2025-02-03', label: '2025-02' },
    ]);
    // Empty buckets stay, with zeros: a range with no worklogs at all still has its weeks (even its
    // first, a Tuesday-to-Sunday sliver).
    const empty = run(db, { from: '2030-01-01', to: '2030-01-31', by: 'epic', bucket: 'week' });
    expect(empty.buckets).toHaveLength(5);
    expect(empty).toMatchObject({ series: [], other: null, bucketTotals: [0, 0, 0, 0, 0], total: 0 });
  });

  it('an empty first sliver of a week or month (the range starts after its Monday / 1st) is not drawn; a sliver with hours is', () => {
    // One person's worklogs: sparse enough to have empty days.
    const counts = new Map<string, number>();
    for (const w of all) counts.set(w.authorAccountId, (counts.get(w.authorAccountId) ?? 0) + 1);
    const who = [...counts].sort((a, b) => a[1] - b[1])[0]![0];
    const one = { authorAccountIds: [who] };
    const days = [...new Set(all.filter((w) => w.authorAccountId === who).map((w) => w.date))].sort();
    const busy = new Set(days);
    const next = (d: string, n: number): string => iso(utc(d) + n * DAY_MS);
    // A Sunday without worklogs followed by a week with some: the range starts on that Sunday.
    const sunday = days.map((d) => next(d, -1)).find((d) => new Date(utc(d)).getUTCDay() === 0 && !busy.has(d) && [1, 2, 3].some((n) => busy.has(next(d, n))));
    if (!sunday) throw new Error('the seeded data has no empty Sunday before a busy week');
    const weekly = run(db, { ...one, from: sunday, to: next(sunday, 14), by: 'epic', bucket: 'week' });
    expect(weekly.buckets[0]?.start).toBe(next(sunday, 1));
    expect(weekly.buckets).toHaveLength(2);
    expect(weekly.bucketTotals[0]).toBeGreaterThan(0);
    expect(weekly.series.every((x) => x.seconds.length === 2)).toBe(true);
    // A Sunday with hours: its one-day sliver stays.
    const busySunday = days.find((d) => new Date(utc(d)).getUTCDay() === 0);
    if (!busySunday) throw new Error('the seeded data has no Sunday with worklogs');
    const kept = run(db, { ...one, from: busySunday, to: next(busySunday, 7), by: 'epic', bucket: 'week' });
    expect(kept.buckets[0]).toMatchObject({ start: busySunday, end: busySunday });
    expect(kept.bucketTotals[0]).toBeGreaterThan(0);
    // Months: a range starting on the last, empty day of a month.
    const monthEnd = days.map((d) => next(`${d.slice(0, 7)}-01`, -1)).find((d) => !busy.has(d) && days.some((x) => x.startsWith(next(d, 1).slice(0, 7))));
    if (!monthEnd) throw new Error('the seeded data has no empty last day of a month');
    const monthly = run(db, { ...one, from: monthEnd, to: next(monthEnd, 20), by: 'project', bucket: 'month' });
    expect(monthly.buckets[0]?.start).toBe(next(monthEnd, 1));
  });

  it('"No epic" and "No project" are one series each across sites, with key null; a shared epic key is one series per site', () => {
    const f = { from: '2025-01-01', to: '2025-12-31' };
    const rows = filterInJs(all, f, team);
    const byEpic = run(db, { ...f, by: 'epic', top: 20 });
    const noEpicSeries = [...byEpic.series].filter((s) => s.key === null);
    const noEpicRows = rows.filter((w) => w.epicKey === null);
    expect(new Set(noEpicRows.map((w) => w.instanceId)).size).toBeGreaterThan(1);
    expect(noEpicSeries).toHaveLength(1);
    expect(noEpicSeries[0]).toMatchObject({ label: 'No epic', instanceId: null, total: noEpicRows.reduce((s, w) => s + w.seconds, 0) });

    const byProject = run(db, { ...f, by: 'project', top: 20 });
    const noProject = byProject.series.filter((s) => s.key === null);
    expect(noProject).toHaveLength(1);
    expect(noProject[0]).toMatchObject({ label: 'No project', instanceId: null, total: rows.filter((w) => w.projectKey === null).reduce((s, w) => s + w.seconds, 0) });

    const shared = byEpic.series.filter((s) => s.key === sharedEpic);
    expect(shared.map((s) => s.instanceId).sort()).toEqual([instanceIds[0], instanceIds[1]].sort());
    expect(shared.find((s) => s.instanceId === instanceIds[1])?.label).toMatch(/^Other site: /);

    // The filter a click on the "No epic" bar sets selects exactly that series.
    const only = run(db, { ...f, by: 'epic', epicKeys: [null] });
    expect(only.series).toEqual(noEpicSeries);
    expect(only.other).toBeNull();
  });

  it('people: one total each over the whole range, whatever the bucket; Other sums the rest', () => {
    const f = { from: '2025-02-10', to: '2025-05-04', teamOnly: true };
    const week = run(db, { ...f, by: 'person', bucket: 'week', top: 3 });
    const month = run(db, { ...f, by: 'person', bucket: 'month', top: 3 });
    expect(week).toEqual(month);
    expect(week.bucket).toBe('range');
    expect(week.buckets).toEqual([{ start: f.from, end: f.to, label: `${f.from}..${f.to}` }]);
    const rows = filterInJs(all, f, team);
    const people = new Set(rows.map((w) => w.authorAccountId));
    expect(people.size).toBe(team.size);
    expect(week.series).toHaveLength(3);
    expect(week.other?.series).toBe(team.size - 3);
    expect(week.series.reduce((s, x) => s + x.total, 0) + (week.other?.total ?? 0)).toBe(rows.reduce((s, w) => s + w.seconds, 0));
  });
});

describe('explorer.series input', () => {
  it('refuses ranges with more bars than a chart can show, saying what to do', () => {
    const weeks = explorerSeriesInputSchema.safeParse({ from: '2020-01-01', to: '2025-12-31', by: 'epic', bucket: 'week' });
    expect(weeks.success).toBe(false);
    expect(weeks.error?.issues[0]?.message).toMatch(/^That range has 314 weeks, too many bars to read: show it by month/);
    expect(explorerSeriesInputSchema.safeParse({ from: '2020-01-01', to: '2025-12-31', by: 'epic', bucket: 'month' }).success).toBe(true);
    // People have one bar each, whatever the range.
    expect(explorerSeriesInputSchema.safeParse({ from: '2000-01-01', to: '2025-12-31', by: 'person', bucket: 'week' }).success).toBe(true);
  });

  it('defaults to weeks and the top 8, and bounds top to 1–20', () => {
    expect(explorerSeriesInputSchema.parse({ from: '2025-01-01', to: '2025-01-31', by: 'project' })).toMatchObject({ bucket: 'week', top: 8 });
    for (const top of [0, 21, 2.5, '8']) expect(explorerSeriesInputSchema.safeParse({ from: '2025-01-01', to: '2025-01-31', by: 'project', top }).success).toBe(false);
    expect(explorerSeriesInputSchema.safeParse({ from: '2025-02-01', to: '2025-01-31', by: 'project' }).success).toBe(false);
    expect(explorerSeriesInputSchema.safeParse({ from: '2025-01-01', to: '2025-01-31', by: 'issue' }).success).toBe(false);
  });
});
