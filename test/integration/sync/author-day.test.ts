import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../main/core/app-core.js';
import { createAppCore } from '../../../main/core/app-core.js';
import { listWorklogs } from '../../../main/core/worklogs/worklog-query.js';
import type { InstanceView } from '../../../shared/domain/instance.js';
import type { SyncSummary } from '../../../shared/domain/sync.js';
import type { WorklogView } from '../../../shared/domain/worklog.js';
import type { FakeJira } from '../../fakes/fake-jira.js';
import { startFakeJira } from '../../fakes/fake-jira.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { FakeWorld, FakeWorklog } from '../../fakes/world.js';
import { WORLD_ZONES, authorHidesZone, generateWorld, jiraStarted, localDate, worldOps } from '../../fakes/world.js';
import { dateInZone, offsetMinutesAt } from '../../fakes/zones.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { dispatchValue } from '../../helpers/dispatch-value.js';

/**
 * The proof of "a worklog's day is its author's day, on every path": one world, one instance,
 * synced through Jira (no Tempo token), then through Tempo (token added), then through Jira again
 * (token removed). Every worklog keeps its day across the switches. The world has authors in all
 * eleven WORLD_ZONES (both hemispheres, half- and quarter-hour offsets), a reader in Berlin, a
 * quarter of the worklogs within two hours of midnight, and the range spans the US (8 March),
 * EU (29 March) and Australia / New Zealand (5 April) daylight-saving changes.
 */
const RANGE = { from: '2026-03-01', to: '2026-04-10' };
const READER = 'Europe/Berlin';
const LEAD = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Team Lead', email: 'lead@example.com' };

describe('the same worklog gets the same day from Jira and from Tempo', () => {
  let world: FakeWorld;
  let jira: FakeJira;
  let tempo: FakeTempo;
  let core: AppCore;
  let instance: InstanceView;
  let cleanup: () => void;
  const tempoToken = `tempo-${randomUUID()}`;
  /** Named near-midnight cases, by name → Jira worklog id. */
  const named = new Map<string, FakeWorklog>();

  const call = <T,>(channel: string, input: unknown): Promise<T> => dispatchValue<T>((c, i) => core.dispatch(c, i), channel, input);
  const sync = async (): Promise<SyncSummary> => {
    const s = await core.services.sync.run({ ...RANGE });
    expect(s.ok, JSON.stringify(s.runs.map((x) => x.error))).toBe(true);
    return s;
  };
  const stored = (): WorklogView[] => listWorklogs(core.db, { ...RANGE, instanceIds: [instance.id] });
  /** Stored rows keyed by the world's Jira worklog id, whichever path stored them. */
  const byWorldId = (rows: WorklogView[]): Map<string, WorklogView> => {
    const ofTempoId = new Map(world.worklogs.map((w) => [String(w.tempoId), w.id]));
    return new Map(rows.map((r) => [r.source === 'tempo' ? (ofTempoId.get(r.sourceId) ?? `?${r.sourceId}`) : r.sourceId, r]));
  };
  const userOf = (zone: string, hidden = false) => {
    const u = world.users.find((x) => x.timeZone === zone && x.zoneHidden === hidden);
    if (!u) throw new Error(`the world has no ${hidden ? 'hidden ' : ''}${zone} author`);
    return u;
  };

  beforeAll(async () => {
    world = generateWorld({ seed: 2026, users: 22, issues: 80, worklogs: 1500, from: '2026-02-26', to: '2026-04-14' });
    const ops = worldOps(world);
    const template = world.issues.find((i) => i.type.hierarchyLevel === 0);
    if (!template) throw new Error('the world has no standard issue');
    const add = (name: string, zone: string, date: string, minutes: number, hidden = false): void => {
      const author = userOf(zone, hidden);
      // Each case on an issue of its own: JQL must find it by this worklog alone (the widened range).
      const issueId = String(90000 + named.size);
      world.issues.push({ ...template, id: issueId, key: `EDGE-${named.size + 1}`, summary: name });
      named.set(name, ops.add({ issueId, authorAccountId: author.accountId, started: jiraStarted(date, minutes, zone), timeSpentSeconds: 900 + named.size * 60, comment: name }));
    };
    // The issue's own example: logged in Sydney at 07:00 — Berlin reads 23:00 the day before.
    add('sydney 07:00 on 2 March (Berlin: 1 March 21:00)', 'Australia/Sydney', '2026-03-02', 7 * 60);
    add('sydney 22:45 on 12 March', 'Australia/Sydney', '2026-03-12', 22 * 60 + 45);
    // Adelaide (+10:30 → +09:30) on the morning its clocks go back.
    add('adelaide 00:30 on 5 April, DST ends', 'Australia/Adelaide', '2026-04-05', 30);
    add('kolkata 00:15 on 20 March', 'Asia/Kolkata', '2026-03-20', 15);
    add('los angeles 23:30 on 8 March, DST starts', 'America/Los_Angeles', '2026-03-08', 23 * 60 + 30);
    add('chatham 00:10 on 29 March', 'Pacific/Chatham', '2026-03-29', 10);
    add('berlin 23:59 on 28 March, before EU DST', 'Europe/Berlin', '2026-03-28', 23 * 60 + 59);
    // Range edges: author's day inside, reader's day outside — must be stored...
    add('auckland 00:30 on the first day (Berlin: day before)', 'Pacific/Auckland', RANGE.from, 30);
    add('los angeles 23:30 on the last day (Berlin: day after)', 'America/Los_Angeles', RANGE.to, 23 * 60 + 30);
    // ...and reader's day inside, author's day outside — must not be.
    add('los angeles 23:30 the day before the range (Berlin: first day)', 'America/Los_Angeles', '2026-02-28', 23 * 60 + 30);
    add('sydney 07:00 the day after the range (Berlin: last day)', 'Australia/Sydney', '2026-04-11', 7 * 60);
    // Hidden zone near midnight: Jira can only give the reader's day, and says so.
    add('new york (zone hidden) 22:30 on 15 March', 'America/New_York', '2026-03-15', 22 * 60 + 30, true);

    jira = await startFakeJira({ users: [{ ...LEAD, token: 'ATATT-author-day' }], world, changeFeedDelayMs: 0, readerZone: READER });
    tempo = await startFakeTempo({ tokens: [tempoToken], world, jiraUrl: jira.url, pageLimit: 200 });
    const tmp = makeTempDir('wd-author-day-');
    cleanup = tmp.cleanup;
    core = createAppCore({ host: 'cli', dataDir: tmp.dir, httpLimits: { jira: { requestsPerSecond: 200, maxConcurrent: 6 }, tempo: { requestsPerSecond: 200, maxConcurrent: 4 } } });
    instance = await call<InstanceView>('instances.add', { name: 'team', url: jira.url, email: LEAD.email, jiraToken: 'ATATT-author-day' });
  }, 60_000);
  afterAll(async () => {
    core?.close();
    await Promise.all([jira?.close(), tempo?.close()]);
    cleanup?.();
  });

  it('the world is the hard one: ≥ 5 zones on both hemispheres, a half-hour offset, a reader outside UTC, near-midnight worklogs, DST inside the range', () => {
    const inRange = world.worklogs.filter((w) => localDate(w) >= RANGE.from && localDate(w) <= RANGE.to);
    const zones = new Set(inRange.map((w) => world.users.find((u) => u.accountId === w.authorAccountId)?.timeZone));
    expect(zones.size).toBeGreaterThanOrEqual(5);
    expect([...zones]).toEqual(expect.arrayContaining(['Australia/Sydney', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Adelaide']));
    expect(zones.size).toBe(WORLD_ZONES.length);
    const at = (date: string, zone: string): number => offsetMinutesAt(Date.parse(`${date}T12:00:00Z`), zone);
    expect(at(RANGE.from, READER)).not.toBe(0);
    // Daylight saving changes inside the range, north and south.
    for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Adelaide', 'Pacific/Auckland']) expect(at(RANGE.from, zone), zone).not.toBe(at(RANGE.to, zone));
    expect(at(RANGE.from, 'Asia/Kolkata')).toBe(330);
    const nearMidnight = inRange.filter((w) => {
      const hh = Number(w.started.slice(11, 13));
      return hh >= 22 || hh < 2;
    });
    expect(nearMidnight.length).toBeGreaterThan(inRange.length / 5);
    // The reader's day differs from the author's for many worklogs: the test can fail.
    expect(inRange.filter((w) => dateInZone(w.started, READER) !== localDate(w)).length).toBeGreaterThan(100);
  });

  it('Jira path, then Tempo path (token added), then Jira path (token removed): every worklog keeps its day', async () => {
    await sync();
    const viaJira = byWorldId(stored());
    expect(stored().every((r) => r.source === 'jira')).toBe(true);

    await call('instances.update', { id: instance.id, tempoToken, tempoBaseUrl: tempo.url });
    await sync();
    const viaTempo = byWorldId(stored());
    expect(stored().every((r) => r.source === 'tempo')).toBe(true);

    await call('instances.update', { id: instance.id, tempoToken: null });
    await sync();
    const viaJiraAgain = byWorldId(stored());

    const inRange = world.worklogs.filter((w) => localDate(w) >= RANGE.from && localDate(w) <= RANGE.to);
    const visible = inRange.filter((w) => !authorHidesZone(world, w));
    expect(visible.length).toBeGreaterThan(1000);
    // Every worklog of an author who shows their zone: the author's day on all three passes, unflagged.
    const days = (m: Map<string, WorklogView>, ws: FakeWorklog[]) => ws.map((w) => [w.id, m.get(w.id)?.date ?? null, m.get(w.id)?.dayFromReaderZone ?? null]);
    const want = visible.map((w) => [w.id, localDate(w), false]);
    expect(days(viaJira, visible)).toEqual(want);
    expect(days(viaTempo, visible)).toEqual(want);
    expect(days(viaJiraAgain, visible)).toEqual(want);

    // Authors hiding their zone: Tempo knows their day; Jira can only give the reader's, and flags it.
    const hidden = world.worklogs.filter((w) => authorHidesZone(world, w));
    // Nothing else is stored, on any pass: no visible-zone worklog whose author's day is outside the range.
    const checked = new Set([...visible, ...hidden].map((w) => w.id));
    for (const m of [viaJira, viaTempo, viaJiraAgain]) expect([...m.keys()].filter((id) => !checked.has(id))).toEqual([]);
    expect(hidden.length).toBeGreaterThan(50);
    for (const w of hidden) {
      const readerDay = dateInZone(w.started, READER);
      const inJira = readerDay >= RANGE.from && readerDay <= RANGE.to;
      expect([viaJira.get(w.id)?.date, viaJira.get(w.id)?.dayFromReaderZone], w.id).toEqual(inJira ? [readerDay, true] : [undefined, undefined]);
      expect(viaJiraAgain.get(w.id)?.date).toBe(viaJira.get(w.id)?.date);
      const inTempo = localDate(w) >= RANGE.from && localDate(w) <= RANGE.to;
      expect([viaTempo.get(w.id)?.date, viaTempo.get(w.id)?.dayFromReaderZone], w.id).toEqual(inTempo ? [localDate(w), false] : [undefined, undefined]);
    }
  }, 120_000);

  it('the named near-midnight cases land on their author’s day (or, hidden, the reader’s — flagged)', () => {
    const rows = byWorldId(stored());
    const dayOf = (name: string): [string | null, boolean | null] => {
      const w = named.get(name);
      const r = w ? rows.get(w.id) : undefined;
      return [r?.date ?? null, r?.dayFromReaderZone ?? null];
    };
    expect(dayOf('sydney 07:00 on 2 March (Berlin: 1 March 21:00)')).toEqual(['2026-03-02', false]);
    expect(dayOf('sydney 22:45 on 12 March')).toEqual(['2026-03-12', false]);
    expect(dayOf('adelaide 00:30 on 5 April, DST ends')).toEqual(['2026-04-05', false]);
    expect(dayOf('kolkata 00:15 on 20 March')).toEqual(['2026-03-20', false]);
    expect(dayOf('los angeles 23:30 on 8 March, DST starts')).toEqual(['2026-03-08', false]);
    expect(dayOf('chatham 00:10 on 29 March')).toEqual(['2026-03-29', false]);
    expect(dayOf('berlin 23:59 on 28 March, before EU DST')).toEqual(['2026-03-28', false]);
    expect(dayOf('auckland 00:30 on the first day (Berlin: day before)')).toEqual([RANGE.from, false]);
    expect(dayOf('los angeles 23:30 on the last day (Berlin: day after)')).toEqual([RANGE.to, false]);
    expect(dayOf('los angeles 23:30 the day before the range (Berlin: first day)')).toEqual([null, null]);
    expect(dayOf('sydney 07:00 the day after the range (Berlin: last day)')).toEqual([null, null]);
    // New York is 5 h behind Berlin in mid-March (US DST already, EU not yet): 22:30 there is 03:30 the next day here.
    expect(dayOf('new york (zone hidden) 22:30 on 15 March')).toEqual(['2026-03-16', true]);
  });
});

describe('the change feeds decide in or out of the range by the author’s day too', () => {
  it('a worklog moved to a reader-day inside but author-day outside goes; one moved the other way comes', async () => {
    const world = generateWorld({ seed: 5, users: 11, issues: 30, worklogs: 200, from: RANGE.from, to: RANGE.to });
    const ops = worldOps(world);
    const jira = await startFakeJira({ users: [{ ...LEAD, token: 'ATATT-feeds' }], world, changeFeedDelayMs: 0, readerZone: READER });
    const tmp = makeTempDir('wd-author-day-feeds-');
    const core = createAppCore({ host: 'cli', dataDir: tmp.dir });
    try {
      const added = await core.dispatch('instances.add', { name: 'team', url: jira.url, email: LEAD.email, jiraToken: 'ATATT-feeds' });
      if (!added.ok) throw new Error(added.error.message);
      const id = (added.value as InstanceView).id;
      const sydney = world.users.find((u) => u.timeZone === 'Australia/Sydney' && !u.zoneHidden);
      const auckland = world.users.find((u) => u.timeZone === 'Pacific/Auckland' && !u.zoneHidden);
      if (!sydney || !auckland) throw new Error('world without Sydney / Auckland authors');
      const [a, b] = world.worklogs.filter((w) => w.authorAccountId === sydney.accountId && localDate(w) > RANGE.from && localDate(w) < RANGE.to);
      if (!a || !b) throw new Error('fixture too small');
      const first = await core.services.sync.run({ ...RANGE });
      expect(first.ok).toBe(true);
      const dates = (): Map<string, string> => new Map(listWorklogs(core.db, { ...RANGE, instanceIds: [id] }).map((r) => [r.sourceId, r.date]));
      expect(dates().get(a.id)).toBe(localDate(a));

      // Near midnight: Sydney 07:00 on 11 April is 10 April 23:00 in Berlin — out of the range.
      ops.update(a.id, { started: jiraStarted('2026-04-11', 7 * 60, 'Australia/Sydney') });
      // Auckland 00:30 on 1 March is 28 February 12:30 in Berlin — into the range. (Auckland's author logged it.)
      ops.update(b.id, { started: jiraStarted(RANGE.from, 30, 'Pacific/Auckland') });
      b.authorAccountId = auckland.accountId;
      const second = await core.services.sync.run({ ...RANGE });
      expect(second.ok).toBe(true);
      // The feeds, not a full pass, carried it.
      expect(jira.requests.slice(-4).map((r) => r.path)).toContain('/rest/api/3/worklog/deleted');
      const after = dates();
      expect(after.has(a.id)).toBe(false);
      expect(after.get(b.id)).toBe(RANGE.from);
    } finally {
      core.close();
      await jira.close();
      tmp.cleanup();
    }
  }, 60_000);
});
