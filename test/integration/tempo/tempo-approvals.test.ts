import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { approvalStatusOf, createTempoApprovalsClient } from '../../../main/core/tempo/tempo-approvals-client.js';
import { demoTempoExtras } from '../../fakes/demo-approvals.js';
import { buildDemoSites } from '../../fakes/demo-world.js';
import type { FakeTempo } from '../../fakes/fake-tempo.js';
import { startFakeTempo } from '../../fakes/fake-tempo.js';
import { approvalKey } from '../../fakes/tempo/approvals-state.js';
import { TEMPO_TOKEN, credentials, testHttp } from './tempo-harness.js';

const ZOE = '557058:zoe-0000-4000-8000-000000000001';
const OLA = '557058:ola-0000-4000-8000-000000000002';
const LEAD = '557058:lead-000-4000-8000-000000000003';

describe('Tempo timesheet approvals', () => {
  let tempo: FakeTempo;
  beforeAll(async () => {
    tempo = await startFakeTempo({
      tokens: [TEMPO_TOKEN],
      teams: [{ id: 7, name: 'Équipe 🚀', members: [{ accountId: ZOE, commitmentPercent: 100 }, { accountId: OLA, commitmentPercent: 50, to: '2026-11-10' }] }],
      approvals: { reviewer: LEAD },
    });
  });
  afterAll(async () => {
    await tempo.close();
  });
  beforeEach(() => {
    tempo.requests.length = 0;
    tempo.state.approvals.period = 'month';
    tempo.state.approvals.statuses.clear();
    tempo.state.approvals.forbiddenTeams.clear();
  });

  it('lists the periods over a range: months, or the weeks a month view spans', async () => {
    const client = createTempoApprovalsClient(testHttp(), credentials(tempo));
    expect(await client.periods('2026-11-01', '2026-11-30')).toEqual([{ from: '2026-11-01', to: '2026-11-30' }]);
    expect(await client.periods('2026-11-20', '2026-12-03')).toEqual([
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-12-01', to: '2026-12-31' },
    ]);
    tempo.state.approvals.period = 'week';
    const weeks = await client.periods('2026-11-01', '2026-11-30');
    expect(weeks[0]).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(weeks.at(-1)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weeks).toHaveLength(6);
  });

  it("maps Tempo's statuses: IN_REVIEW is submitted, OPEN set by a reviewer is rejected (sent back)", async () => {
    tempo.state.approvals.statuses.set(approvalKey(ZOE, '2026-11-01'), { key: 'IN_REVIEW' });
    tempo.state.approvals.statuses.set(approvalKey(OLA, '2026-11-01'), { key: 'OPEN', actor: LEAD, comment: 'Missing Friday' });
    const client = createTempoApprovalsClient(testHttp(), credentials(tempo));
    const got = await client.teamApprovals(7, { from: '2026-11-01', to: '2026-11-30' });
    expect(got).toEqual([
      { accountId: ZOE, from: '2026-11-01', to: '2026-11-30', status: 'submitted', rawStatus: 'IN_REVIEW', requiredSeconds: 21 * 28800, timeSpentSeconds: 0, reviewerAccountId: LEAD },
      // A 50 % member: half the required hours.
      { accountId: OLA, from: '2026-11-01', to: '2026-11-30', status: 'rejected', rawStatus: 'OPEN', requiredSeconds: (21 * 28800) / 2, timeSpentSeconds: 0, reviewerAccountId: LEAD },
    ]);
    // December: Ola left the team on 10 November, so Tempo lists only Zoë, never submitted.
    expect(await client.teamApprovals(7, { from: '2026-12-01', to: '2026-12-31' })).toMatchObject([{ accountId: ZOE, status: 'open', rawStatus: 'OPEN' }]);
    expect(tempo.requests.map((r) => [r.path, r.query])).toEqual([
      ['/4/timesheet-approvals/team/7', { from: '2026-11-01', to: '2026-11-30' }],
      ['/4/timesheet-approvals/team/7', { from: '2026-12-01', to: '2026-12-31' }],
    ]);
  });

  it('status words for every key, including ones Tempo may add', () => {
    expect(approvalStatusOf('APPROVED', 'a', 'lead')).toBe('approved');
    expect(approvalStatusOf('IN_REVIEW', 'a', 'a')).toBe('submitted');
    expect(approvalStatusOf('OPEN', 'a', 'a')).toBe('open');
    expect(approvalStatusOf('OPEN', 'a', null)).toBe('open');
    expect(approvalStatusOf('OPEN', 'a', 'lead')).toBe('rejected');
    expect(approvalStatusOf('REJECTED', 'a', 'lead')).toBe('rejected');
    expect(approvalStatusOf('SOMETHING_NEW', 'a', 'a')).toBe('open');
  });

  it('a token without the permission is refused with a plain 403; an unknown team is not_found', async () => {
    tempo.state.approvals.forbiddenTeams.add(7);
    const client = createTempoApprovalsClient(testHttp(), credentials(tempo));
    await expect(client.teamApprovals(7, { from: '2026-11-01', to: '2026-11-30' })).rejects.toMatchObject({ code: 'auth', status: 403 });
    await expect(client.teamApprovals(99, { from: '2026-11-01', to: '2026-11-30' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createTempoApprovalsClient(testHttp(), credentials(tempo, { tempoToken: null })).periods('2026-11-01', '2026-11-30')).rejects.toMatchObject({ code: 'auth' });
  });
});

describe('the demo world seeds approvals', () => {
  it("Acme's Tempo team has last month's timesheets in every status, read through the client", async () => {
    const today = new Date(2026, 11, 4);
    const { acme } = buildDemoSites(today);
    const tempo = await startFakeTempo({ tokens: [TEMPO_TOKEN], world: acme.world, ...demoTempoExtras(acme, today) });
    try {
      const client = createTempoApprovalsClient(testHttp(), credentials(tempo));
      const [period] = await client.periods('2026-11-01', '2026-11-30');
      expect(period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
      const got = await client.teamApprovals(1, period ?? { from: '', to: '' });
      expect(got).toHaveLength(8);
      expect(new Set(got.map((a) => a.status))).toEqual(new Set(['approved', 'submitted', 'rejected', 'open']));
      expect(got.every((a) => a.timeSpentSeconds > 0)).toBe(true);
    } finally {
      await tempo.close();
    }
  });
});
