import { afterEach, describe, expect, it } from 'vitest';
import { teamService } from '../../../main/core/team/team-service.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { parseWeekdays } from '../../../shared/domain/team.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

describe('team service', () => {
  const tmp = makeTempDir('wd-team-');
  const db = openDatabase(tmp.dir);
  afterEach(() => db.exec('DELETE FROM team_members'));

  it('adds with defaults, updates hours and weekdays, removes, and explains refusals', () => {
    const team = teamService(db, () => new Date('2026-11-02T09:00:00Z'));
    expect(team.add({ accountId: ' acc-1 ' })).toEqual({ accountId: 'acc-1', displayName: 'acc-1', dailySeconds: 28800, workingWeekdays: [1, 2, 3, 4, 5], addedAt: '2026-11-02T09:00:00.000Z' });
    expect(() => team.add({ accountId: 'acc-1' })).toThrow('acc-1 is already in your team.');
    expect(team.update({ accountId: 'acc-1', dailySeconds: 27000, workingWeekdays: [5, 1, 1, 3] })).toMatchObject({ dailySeconds: 27000, workingWeekdays: [1, 3, 5] });
    expect(team.list()).toMatchObject([{ accountId: 'acc-1', dailySeconds: 27000, workingWeekdays: [1, 3, 5] }]);
    expect(() => team.update({ accountId: 'acc-1', dailySeconds: 90000 })).toThrow('dailySeconds: Daily hours cannot exceed 24.');
    expect(() => team.update({ accountId: 'acc-1', workingWeekdays: [0] })).toThrow(/Weekdays are numbered 1 \(Monday\) to 7 \(Sunday\)/);
    expect(() => team.update({ accountId: 'nobody' })).toThrow('nobody is not in your team.');
    expect(() => team.add({ accountId: '' })).toThrow('The account id is empty.');
    expect(team.remove({ accountId: 'acc-1' })).toEqual({ removed: true });
    expect(team.list()).toEqual([]);
  });

  it('parses weekday lists the CLI accepts', () => {
    expect(parseWeekdays('1-5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays('mon-wed,fri')).toEqual([1, 2, 3, 5]);
    expect(parseWeekdays('7,1')).toEqual([1, 7]);
    for (const bad of ['', '0', '8', '5-1', 'xyz', '1-2-3']) expect(parseWeekdays(bad), bad).toBeNull();
  });
});
