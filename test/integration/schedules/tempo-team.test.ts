import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamMember, TempoTeamLinkState, TempoTeamLinkView, TempoTeamView } from '../../../shared/domain/team.js';
import type { Timesheet } from '../../../shared/domain/timesheet.js';
import { systemClock } from '../../../main/core/system-clock.js';
import type { TempoSite } from '../../helpers/tempo-site.js';
import { odegardTeam, startTempoSite } from '../../helpers/tempo-site.js';

const H = 3600;
const RANGE = { from: '2026-11-01', to: '2026-11-30' };
// November 2026: 21 weekdays.
const WEEKDAYS = 21;

describe('"My team" from a Tempo team: channels, commitment, kept in step at sync', () => {
  let site: TempoSite;
  const user = (i: number): string => site.user(i);
  const call = <T,>(channel: string, input: unknown): Promise<T> => site.call<T>(channel, input);

  beforeAll(async () => {
    const clock = { now: () => new Date(2026, 11, 10, 9), sleep: systemClock.sleep };
    site = await startTempoSite({ seed: 21, clock, teams: (u) => [{ id: 3, name: 'Other team', members: [] }, odegardTeam(u)], tmpPrefix: 'wd-tteam-' });
    await site.core.services.sync.run(RANGE);
  }, 60_000);
  afterAll(() => site.close());

  it('lists the Tempo teams and links "my team" to one, keeping a hand-picked member', async () => {
    expect(await call('team.tempoLink', {})).toBeNull();
    await call('team.add', { accountId: user(4) });
    const teams = await call<TempoTeamView[]>('team.tempoTeams', { instanceId: site.instance.id });
    expect(teams).toEqual([{ id: 7, name: 'Équipe Ødegård 🚀' }, { id: 3, name: 'Other team' }]);
    const link = await call<TempoTeamLinkView>('team.linkTempoTeam', { instanceId: site.instance.id, teamId: 7 });
    expect(link).toEqual({ instanceId: site.instance.id, teamId: 7, teamName: 'Équipe Ødegård 🚀', members: 3, added: 3, removed: 0 });
    const team = await call<TeamMember[]>('team.list', {});
    expect(new Set(team.map((m) => m.accountId))).toEqual(new Set([user(0), user(1), user(2), user(4)]));
    // What the team dialog shows: the link and each Tempo member's commitment (not the hand-picked one's).
    const state = await call<TempoTeamLinkState>('team.tempoLink', {});
    expect(state).toMatchObject({ instanceId: site.instance.id, teamId: 7, teamName: 'Équipe Ødegård 🚀' });
    expect(new Map(state.commitments.map((c) => [c.accountId, c.commitmentPercent]))).toEqual(
      new Map([
        [user(0), 100],
        [user(1), 50],
        [user(2), 100],
      ]),
    );
  });

  it('a 50 % member is expected half; a member from the 16th nothing before', async () => {
    // Schedules are read at sync for the team's people: sync again now they are in the team.
    await site.core.services.sync.run(RANGE);
    const sheet = await call<Timesheet>('timesheet.get', { ...RANGE, accountIds: [user(0), user(1), user(2), user(4)] });
    const expected = (i: number): number | undefined => sheet.people.find((p) => p.accountId === user(i))?.totals.expectedSeconds;
    expect(expected(0)).toBe(WEEKDAYS * 8 * H);
    expect(expected(1)).toBe((WEEKDAYS * 8 * H) / 2);
    // Mon 16 – Mon 30 November: 11 weekdays.
    expect(expected(2)).toBe(11 * 8 * H);
    expect(expected(4)).toBe(WEEKDAYS * 8 * H);
  });

  it('each sync keeps it in step: who left the Tempo team leaves "my team", hand-picked members stay', async () => {
    const team7 = site.tempo.state.teams.find((t) => t.id === 7)!;
    team7.members = team7.members.filter((m) => m.accountId !== user(1));
    team7.members.push({ accountId: user(4), commitmentPercent: 100 });
    await site.core.services.sync.run(RANGE);
    const team = await call<TeamMember[]>('team.list', {});
    expect(new Set(team.map((m) => m.accountId))).toEqual(new Set([user(0), user(2), user(4)]));
    // The hand-picked member is in the Tempo team now too; leaving it would not remove them.
    team7.members = team7.members.filter((m) => m.accountId !== user(4));
    await site.core.services.sync.run(RANGE);
    expect(new Set((await call<TeamMember[]>('team.list', {})).map((m) => m.accountId))).toEqual(new Set([user(0), user(2), user(4)]));
    expect(await call('team.unlinkTempoTeam', {})).toEqual({ unlinked: true });
    expect(await call('team.tempoLink', {})).toBeNull();
  });

  it('a wrong team id is refused in plain words; bad input is refused by main', async () => {
    await expect(call('team.linkTempoTeam', { instanceId: site.instance.id, teamId: 999 })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/no longer exists/) as unknown });
    await expect(call('team.linkTempoTeam', { instanceId: site.instance.id, teamId: 'seven' })).rejects.toMatchObject({ code: 'validation' });
  });
});
