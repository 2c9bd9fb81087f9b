import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeavesServices } from '../../../main/core/leaves/leaves-services.js';
import { createLeavesServices } from '../../../main/core/leaves/leaves-services.js';
import { expectedHours } from '../../../main/core/leaves/expected-hours.js';
import type { Db } from '../../../main/core/store/open-database.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { FactorialLeaveJson, FakeFactorial } from '../../fakes/fake-factorial.js';
import { generateFactorialWorld, startFakeFactorial } from '../../fakes/fake-factorial.js';
import { createMemoryLogger } from '../../fakes/memory-logger.js';
import type { FakeWorld } from '../../fakes/world.js';
import { generateWorld, localDate } from '../../fakes/world.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { memorySecrets, openTestDb, seedWorld, testHttp } from './leaves-kit.js';

const KEY = `fk_${randomBytes(24).toString('base64url')}`;
const FROM = '2026-11-01';
const TO = '2026-11-30';

interface Kit {
  db: Db;
  world: FakeWorld;
  fake: FakeFactorial;
  services: LeavesServices;
  cleanup(): Promise<void>;
}

async function setUp(): Promise<Kit> {
  const tmp = makeTempDir('wd-leaves-');
  const db = openTestDb(tmp.dir);
  const world = generateWorld({ seed: 11, users: 12, worklogs: 400, from: FROM, to: TO });
  seedWorld(db, world);
  const fake = await startFakeFactorial({ apiKeys: [KEY], ...generateFactorialWorld(world.users, { from: FROM, to: TO, leaves: 80 }), pageLimit: 7 });
  const secrets = memorySecrets();
  const services = createLeavesServices({ db, secrets, http: testHttp(), clock: systemClock, log: createMemoryLogger() });
  await services.config.save({ apiKey: KEY, baseUrl: fake.url });
  return {
    db,
    world,
    fake,
    services,
    cleanup: async () => {
      await fake.close();
      db.close();
      tmp.cleanup();
    },
  };
}

/** What the store must hold after a sync of [FROM, TO]: the source's live leaves overlapping it. */
const expectedStored = (leaves: readonly FactorialLeaveJson[]) =>
  leaves
    .filter((l) => l.deleted_at === null && l.finish_on >= FROM && l.start_on <= TO)
    .map((l) => ({
      id: l.id,
      employeeId: l.employee_id,
      from: l.start_on,
      to: l.finish_on,
      halfDay: l.half_day === 'beggining_of_day' ? 'morning' : l.half_day === 'end_of_day' ? 'afternoon' : null,
      type: l.leave_type_name,
      approved: l.approved === true,
    }))
    .sort((a, b) => a.id - b.id);
const stored = (s: LeavesServices) =>
  s
    .listLeaves({ from: FROM, to: TO })
    // Who the leave is mapped to and the employee's cached name are not part of the leave itself.
    .map(({ accountId: _a, employeeName: _n, ...rest }) => rest)
    .sort((a, b) => a.id - b.id);

describe('people mapping and leaves sync', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await setUp();
  });
  afterEach(async () => {
    await kit.cleanup();
  });

  it('keeps the API key in the keychain only and the address in settings', async () => {
    expect(await kit.services.config.view()).toEqual({ baseUrl: kit.fake.url, apiKeySaved: true });
    const settings = JSON.stringify(kit.db.prepare('SELECT * FROM settings').all());
    expect(settings).toContain(kit.fake.url);
    expect(settings).not.toContain(KEY);
  });

  it('a new key Factorial refuses is "refused", not "revoked", and replaces nothing; a saved key that stops working says "revoked" and where to replace it', async () => {
    const wrong = `fk_${randomBytes(24).toString('base64url')}`;
    const err = await kit.services.config.save({ apiKey: wrong }).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err?.code).toBe('auth');
    expect(err?.message).toMatch(/^Factorial refused this key \(401\)\. .*Nothing was saved\.$/);
    expect(err?.message).not.toMatch(/revoked/);
    expect(err?.message).not.toContain(wrong);
    // The working key is still the saved one.
    await expect(kit.services.config.test()).resolves.toMatchObject({ ok: true });

    kit.fake.state.apiKeys.length = 0;
    const later = await kit.services.config.test().then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(later?.message).toMatch(/revoked.*replace it on the Leaves page/);
  });

  it('maps by email ignoring letter case, leaves hidden or unknown emails unmapped, and respects manual mappings', async () => {
    const { world, fake, services } = kit;
    const result = await services.mapping.autoMap();
    const byId = new Map(result.people.map((p) => [p.accountId, p]));
    world.users.forEach((u, i) => {
      const p = byId.get(u.accountId);
      const employee = fake.state.employees[i];
      // Employees mirror users in order; those with a Jira email in another case must match.
      const shouldMatch = u.email !== null && employee?.email?.toLowerCase() === u.email.toLowerCase();
      expect(p?.employeeId ?? null, u.displayName).toBe(shouldMatch ? employee?.id : null);
      if (shouldMatch) expect(employee?.email).not.toBe(u.email); // really another letter case
    });
    expect(result.mapped).toBeGreaterThan(3);
    expect(result.unmapped).toBeGreaterThan(2);
    expect(services.mapping.unmapped().map((p) => p.accountId).sort()).toEqual(result.people.filter((p) => p.employeeId === null).map((p) => p.accountId).sort());

    const lonely = services.mapping.unmapped()[0];
    if (!lonely) throw new Error('expected an unmapped person');
    expect(services.mapping.map(lonely.accountId, 5000)).toMatchObject({ accountId: lonely.accountId, employeeId: 5000, employeeName: 'Office Manager', how: 'manual' });
    // A manual mapping survives automatic runs, even of that one person.
    await services.mapping.autoMap();
    await services.mapping.autoMap({ accountId: lonely.accountId });
    expect(services.mapping.list().find((p) => p.accountId === lonely.accountId)).toMatchObject({ employeeId: 5000, how: 'manual' });
    expect(services.mapping.unmap(lonely.accountId)).toBe(true);
    expect(services.mapping.list().find((p) => p.accountId === lonely.accountId)?.employeeId).toBeNull();
  });

  it('lists Factorial employees to choose from by hand: cached, refreshed on request, with who is mapped to them', async () => {
    // Nothing fetched yet: the cached list is empty and asking for it makes no request.
    const before = kit.fake.requests.length;
    expect(await kit.services.mapping.employeeList()).toEqual([]);
    expect(kit.fake.requests.length).toBe(before);

    const fresh = await kit.services.mapping.employeeList({ refresh: true });
    const source = kit.fake.state.employees;
    expect(fresh.map((e) => e.id).sort((a, b) => a - b)).toEqual(source.map((e) => e.id).sort((a, b) => a - b));
    for (const e of fresh) {
      const s = source.find((x) => x.id === e.id);
      expect([e.name, e.email]).toEqual([s?.full_name ?? null, s?.email ?? null]);
      expect(e.mappedAccountIds).toEqual([]);
    }
    const labels = fresh.map((e) => e.name ?? e.email ?? '');
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));

    await kit.services.mapping.autoMap();
    const someone = kit.world.users.find((u) => u.email === null) ?? kit.world.users[0];
    const target = fresh[0];
    if (!someone || !target) throw new Error('the generated world has no people or employees');
    kit.services.mapping.map(someone.accountId, target.id);
    const after = await kit.services.mapping.employeeList();
    const people = kit.services.mapping.list();
    for (const e of after) {
      expect([...e.mappedAccountIds].sort()).toEqual(people.filter((p) => p.employeeId === e.id).map((p) => p.accountId).sort());
    }
    expect(after.find((e) => e.id === target.id)?.mappedAccountIds).toContain(someone.accountId);
  });

  it('drops an automatic mapping when the email stops matching', async () => {
    const { world, fake, services } = kit;
    await services.mapping.autoMap();
    const mapped = services.mapping.list().find((p) => p.how === 'auto');
    if (!mapped) throw new Error('expected an automatic mapping');
    const employee = fake.state.employees.find((e) => e.id === mapped.employeeId);
    if (!employee) throw new Error('no employee');
    employee.email = 'changed@corp.example';
    await services.mapping.autoMap({ accountId: mapped.accountId });
    expect(services.mapping.list().find((p) => p.accountId === mapped.accountId)?.employeeId).toBeNull();
    expect(world.users.some((u) => u.accountId === mapped.accountId)).toBe(true);
  });

  it('syncs leaves exactly, and stays exact after changes at the source (with a 429 on the way)', async () => {
    const { fake, services, db } = kit;
    const first = await services.sync.sync({ from: FROM, to: TO });
    expect(stored(services)).toEqual(expectedStored(fake.state.leaves));
    expect(first.counts.inserted).toBe(expectedStored(fake.state.leaves).length);
    expect(first.counts.fetched).toBe(fake.state.leaves.filter((l) => l.finish_on >= FROM && l.start_on <= TO).length);
    expect(first.requests).toBeGreaterThan(1);

    // Changes at the source: approve a pending one, delete (reject) one, hard-remove one, move one out, add a half day.
    const live = fake.state.leaves.filter((l) => l.deleted_at === null && l.finish_on >= FROM && l.start_on <= TO);
    const [pending] = live.filter((l) => l.approved !== true);
    const [toDelete, toRemove, toMove] = live.filter((l) => l.approved === true);
    if (!pending || !toDelete || !toRemove || !toMove) throw new Error('the generated world lacks leaves');
    pending.approved = true;
    toDelete.deleted_at = '2026-11-15T10:00:00Z';
    fake.state.leaves.splice(fake.state.leaves.indexOf(toRemove), 1);
    toMove.start_on = '2027-02-01';
    toMove.finish_on = '2027-02-03';
    fake.state.leaves.push({ id: 99999, employee_id: 1000, start_on: '2026-11-30', finish_on: '2026-11-30', half_day: 'end_of_day', leave_type_id: 3, leave_type_name: 'Personal day', approved: true, deleted_at: null, updated_at: '2026-11-20T00:00:00Z' });
    fake.faults.inject({ kind: 'rate-limit', retryAfter: 0 }, { match: /timeoff\/leaves/ });

    const second = await services.sync.sync({ from: FROM, to: TO });
    expect(stored(services)).toEqual(expectedStored(fake.state.leaves));
    expect(second.counts).toMatchObject({ inserted: 1, updated: 1, deleted: 3 });
    expect(stored(services).find((l) => l.id === 99999)).toMatchObject({ halfDay: 'afternoon', approved: true });

    const runs = db.prepare("SELECT kind, source, instance_id, status, inserted, updated, deleted, requests FROM sync_runs WHERE kind = 'leaves' ORDER BY id").all();
    expect(runs).toEqual([
      { kind: 'leaves', source: 'factorial', instance_id: null, status: 'ok', inserted: first.counts.inserted, updated: 0, deleted: 0, requests: first.requests },
      { kind: 'leaves', source: 'factorial', instance_id: null, status: 'ok', inserted: 1, updated: 1, deleted: 3, requests: second.requests },
    ]);
  });

  it('records a failed sync and keeps what was stored', async () => {
    const { fake, services, db } = kit;
    await services.sync.sync({ from: FROM, to: TO });
    const before = stored(services);
    fake.state.apiKeys = ['another-key'];
    await expect(services.sync.sync({ from: FROM, to: TO })).rejects.toMatchObject({ code: 'auth' });
    expect(stored(services)).toEqual(before);
    expect(db.prepare("SELECT status, error_code FROM sync_runs WHERE kind = 'leaves' ORDER BY id DESC LIMIT 1").get()).toEqual({ status: 'failed', error_code: 'auth' });
  });

  it('reports expected, logged and leave time per person', async () => {
    const { world, fake, services } = kit;
    await services.mapping.autoMap();
    await services.sync.sync({ from: FROM, to: TO });
    services.holidays.add({ date: '2026-11-09', name: 'Almudena' });
    const report = services.hoursReport({ from: FROM, to: TO });
    expect(report.map((p) => p.accountId).sort()).toEqual(world.users.map((u) => u.accountId).sort());
    const mappings = new Map(services.mapping.list().map((p) => [p.accountId, p.employeeId]));
    for (const p of report) {
      const logged = world.worklogs.filter((w) => w.authorAccountId === p.accountId && localDate(w) >= FROM && localDate(w) <= TO).reduce((s, w) => s + w.timeSpentSeconds, 0);
      expect(p.loggedSeconds, p.name).toBe(logged);
      const employeeId = mappings.get(p.accountId);
      const leaves = fake.state.leaves
        .filter((l) => employeeId != null && l.employee_id === employeeId && l.approved === true && l.deleted_at === null)
        .map((l) => ({ from: l.start_on, to: l.finish_on, halfDay: l.half_day === 'beggining_of_day' ? ('morning' as const) : l.half_day === 'end_of_day' ? ('afternoon' as const) : null }));
      const want = expectedHours(FROM, TO, { dailySeconds: 28800, workingWeekdays: [1, 2, 3, 4, 5] }, new Set(['2026-11-09']), leaves);
      expect({ expectedSeconds: p.expectedSeconds, leaveSeconds: p.leaveSeconds }, p.name).toEqual(want);
      expect(p.expectedSeconds + p.leaveSeconds).toBe(20 * 28800); // 21 weekdays, one holiday
    }
    expect(report.some((p) => p.leaveSeconds > 0)).toBe(true);
    // A per-person schedule plugs in.
    const custom = createLeavesServices({ db: kit.db, secrets: memorySecrets(), http: testHttp(), clock: systemClock, log: createMemoryLogger(), schedule: () => ({ dailySeconds: 3600, workingWeekdays: [1] }) });
    const first = world.users[0]?.accountId ?? '';
    expect(custom.hoursReport({ from: FROM, to: TO, accountIds: [first] })[0]?.expectedSeconds).toBeLessThanOrEqual(4 * 3600);
  });

  it('imports holidays from .ics, lists and removes them', () => {
    const { services } = kit;
    const ics = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261208\nSUMMARY:Inmaculada\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nSUMMARY:Navidad\nEND:VEVENT\nEND:VCALENDAR\n';
    services.holidays.add({ date: '2026-12-25', name: 'Christmas' });
    expect(services.holidays.importIcs(ics)).toMatchObject({ added: 1, updated: 1 });
    expect(services.holidays.list()).toEqual([
      { date: '2026-12-08', name: 'Inmaculada' },
      { date: '2026-12-25', name: 'Navidad' },
    ]);
    expect(services.holidays.remove('2026-12-08')).toBe(true);
    expect(services.holidays.list({ from: '2026-12-01', to: '2026-12-31' })).toEqual([{ date: '2026-12-25', name: 'Navidad' }]);
    expect(() => services.holidays.importIcs('not a calendar')).toThrow(/no all-day events/);
  });

  it('keeps the API key per data folder: another workspace on the same keychain has none', async () => {
    const other = makeTempDir('wd-leaves-other-');
    const otherDb = openTestDb(other.dir);
    try {
      const secrets = memorySecrets();
      const here = createLeavesServices({ db: kit.db, secrets, http: testHttp(), clock: systemClock, log: createMemoryLogger() });
      const there = createLeavesServices({ db: otherDb, secrets, http: testHttp(), clock: systemClock, log: createMemoryLogger() });
      await here.config.save({ apiKey: KEY, baseUrl: kit.fake.url });
      expect((await here.config.view()).apiKeySaved).toBe(true);
      expect((await there.config.view()).apiKeySaved).toBe(false);
      expect(secrets.values.size).toBe(1);
    } finally {
      otherDb.close();
      other.cleanup();
    }
  });

  it('never writes the API key into the data folder', () => {
    const dump = JSON.stringify([kit.db.prepare('SELECT * FROM settings').all(), kit.db.prepare('SELECT * FROM sync_runs').all()]);
    expect(dump).not.toContain(KEY);
  });
});
