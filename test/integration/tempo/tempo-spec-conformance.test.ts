import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempoApprovalsClient } from '../../../main/core/tempo/tempo-approvals-client.js';
import { createTempoClient } from '../../../main/core/tempo/tempo-client.js';
import { createTempoSyncClient } from '../../../main/core/tempo/tempo-sync-client.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { generateWorld } from '../../fakes/world.js';
import type { SpecOperation } from './spec-operations.js';
import { findOperation, loadTempoSpecOperations } from './spec-operations.js';
import { TEMPO_TOKEN, collect, credentials, testHttp } from './tempo-harness.js';

/**
 * Every request our Tempo code sends must be an operation of the vendor's spec
 * (test/fixtures/specs/tempo-v4.yaml, the published spec), with only parameters it declares,
 * and with the ones it requires.
 */
describe('Tempo requests conform to the v4 OpenAPI spec', () => {
  let ops: SpecOperation[];
  let tempo: FakeTempo;

  beforeAll(async () => {
    ops = loadTempoSpecOperations();
    const world = generateWorld({ seed: 3, from: '2026-02-01', to: '2026-02-28', worklogs: 60 });
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world, pageLimit: 9, teams: [{ id: 7, name: 'Team', members: [{ accountId: '557058:abc', commitmentPercent: 100 }] }] });
  });
  afterAll(async () => {
    await tempo.close();
  });

  it('the spec reader finds the operations we use, as copied by hand from the spec', () => {
    // tempo-v4.yaml, `/4/worklogs` get (paths, around line 5721): projectId, issueId, from, to,
    // updatedFrom, offset, limit (default 50, no maximum declared), orderBy; none required.
    const worklogs = findOperation(ops, 'GET', '/4/worklogs');
    expect(worklogs?.path).toBe('/4/worklogs');
    expect(Object.fromEntries(worklogs?.query ?? [])).toEqual({
      projectId: { required: false },
      issueId: { required: false },
      from: { required: false },
      to: { required: false },
      updatedFrom: { required: false },
      offset: { required: false },
      limit: { required: false },
      orderBy: { required: false },
    });
    // `'/4/user-schedule/{accountId}'` get (around line 5310): path accountId, query from and to, both required.
    const schedule = findOperation(ops, 'GET', '/4/user-schedule/abc');
    expect(schedule?.path).toBe('/4/user-schedule/{accountId}');
    expect(schedule?.pathParams).toEqual(['accountId']);
    expect(Object.fromEntries(schedule?.query ?? [])).toEqual({ from: { required: true }, to: { required: true } });
    // A literal segment wins over a template, and methods are told apart.
    expect(findOperation(ops, 'POST', '/4/worklogs/search')?.path).toBe('/4/worklogs/search');
    expect(findOperation(ops, 'DELETE', '/4/user-schedule/abc')).toBeUndefined();
    expect(findOperation(ops, 'GET', '/4/worklogs/search/more')).toBeUndefined();
    expect(findOperation(ops, 'GET', '/4/user-schedules/abc')).toBeUndefined();
    expect(findOperation(ops, 'GET', '/4/worklogs/42')?.path).toBe('/4/worklogs/{id}');
    // The reader saw the whole paths block, not just its start.
    expect(ops.length).toBeGreaterThan(200);
    expect(ops.some((o) => o.path === '/4/papertrail/search')).toBe(true);
  });

  it('every (method, path, query parameter) sent by the Tempo clients exists in the spec', async () => {
    const sync = createTempoSyncClient(testHttp(), credentials(tempo));
    const pass = await collect(sync.worklogs('2026-02-05', '2026-02-20'));
    expect(pass.pages.length).toBeGreaterThan(1);
    await collect(sync.worklogs('2019-01-01', '2019-01-01'));
    await sync.userSchedule('557058:abc', '2026-02-01', '2026-02-07');
    await createTempoClient(testHttp(), { name: 'alpha', baseUrl: tempo.url, token: TEMPO_TOKEN }).check();
    const approvals = createTempoApprovalsClient(testHttp(), credentials(tempo));
    for (const p of await approvals.periods('2026-02-01', '2026-02-28')) await approvals.teamApprovals(7, p);

    expect(tempo.requests.length).toBeGreaterThan(3);
    const sent = new Set<string>();
    for (const r of tempo.requests) {
      const op = findOperation(ops, r.method, r.path);
      expect(op, `${r.method} ${r.path} is not in the spec`).toBeDefined();
      if (!op) continue;
      for (const name of Object.keys(r.query)) {
        expect(op.query.has(name), `${r.method} ${op.path} does not declare the query parameter '${name}'`).toBe(true);
        sent.add(`${r.method} ${op.path} ?${name}`);
      }
      for (const [name, p] of op.query) {
        if (p.required) expect(r.query[name], `${r.method} ${op.path} requires '${name}'`).toBeDefined();
      }
      sent.add(`${r.method} ${op.path}`);
    }
    // What was checked, so a change in what the clients send shows up here too.
    expect([...sent].sort()).toEqual([
      'GET /4/periods',
      'GET /4/periods ?from',
      'GET /4/periods ?to',
      'GET /4/timesheet-approvals/team/{teamId}',
      'GET /4/timesheet-approvals/team/{teamId} ?from',
      'GET /4/timesheet-approvals/team/{teamId} ?to',
      'GET /4/user-schedule/{accountId}',
      'GET /4/user-schedule/{accountId} ?from',
      'GET /4/user-schedule/{accountId} ?to',
      'GET /4/worklogs',
      'GET /4/worklogs ?from',
      'GET /4/worklogs ?limit',
      'GET /4/worklogs ?offset',
      'GET /4/worklogs ?to',
    ]);
  });
});
