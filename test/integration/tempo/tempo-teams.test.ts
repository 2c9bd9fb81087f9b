import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTempoTeamsClient } from '../../../main/core/tempo/tempo-teams-client.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import type { SpecOperation } from './spec-operations.js';
import { findOperation, loadTempoSpecOperations } from './spec-operations.js';
import { TEMPO_TOKEN, credentials, testHttp } from './tempo-harness.js';

const ACCOUNT = '557058:f1c2d3e4-0000-4000-8000-123456789abc';

describe('Tempo teams and memberships', () => {
  let tempo: FakeTempo;
  let ops: SpecOperation[];
  beforeAll(async () => {
    ops = loadTempoSpecOperations();
    // 120 teams: three pages of 50.
    const teams = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, name: `Team ${String(i + 1).padStart(3, '0')}`, members: [] as Array<{ accountId: string; commitmentPercent: number; from?: string; to?: string }> }));
    teams[6] = { id: 7, name: 'Équipe Ødegård 🚀', members: [
      { accountId: ACCOUNT, commitmentPercent: 50, from: '2026-01-01', to: '2026-11-15' },
      { accountId: 'acc-full', commitmentPercent: 100 },
    ] };
    tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], teams });
  });
  afterAll(async () => {
    await tempo.close();
  });
  beforeEach(() => {
    tempo.requests.length = 0;
  });

  it('lists every team across pages, sorted by name, names intact', async () => {
    const teams = await createTempoTeamsClient(testHttp(), credentials(tempo)).teams();
    expect(teams).toHaveLength(120);
    expect(teams.find((t) => t.id === 7)).toEqual({ id: 7, name: 'Équipe Ødegård 🚀' });
    expect(teams.map((t) => t.name)).toEqual(teams.map((t) => t.name).sort((a, b) => a.localeCompare(b)));
    // "Équipe" sorts with the E's, before "Team 001".
    expect(teams[0]?.id).toBe(7);
    expect(tempo.requests.map((r) => r.query)).toEqual([
      { offset: '0', limit: '50' },
      { offset: '50', limit: '50' },
      { offset: '100', limit: '50' },
    ]);
  });

  it('reads members with commitment and inclusive membership dates', async () => {
    const members = await createTempoTeamsClient(testHttp(), credentials(tempo)).members(7);
    expect(members).toEqual([
      { accountId: ACCOUNT, commitmentPercent: 50, from: '2026-01-01', to: '2026-11-15' },
      { accountId: 'acc-full', commitmentPercent: 100, from: null, to: null },
    ]);
  });

  it('an unknown team is not_found; every request is an operation of the spec', async () => {
    const client = createTempoTeamsClient(testHttp(), credentials(tempo));
    await expect(client.members(9999)).rejects.toMatchObject({ code: 'not_found' });
    await client.teams();
    for (const r of tempo.requests) {
      const op = findOperation(ops, r.method, r.path);
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      for (const name of Object.keys(r.query)) expect(op?.query.has(name), `${op?.path} ?${name}`).toBe(true);
    }
    expect(new Set(tempo.requests.map((r) => findOperation(ops, r.method, r.path)?.path))).toEqual(new Set(['/4/teams/{id}/members', '/4/teams']));
  });
});
