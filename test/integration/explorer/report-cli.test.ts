import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerPresetRange } from '../../../shared/domain/dates.js';
import { GROUP_BY } from '../../../shared/domain/explorer.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { fillDbWorld } from '../../../scripts/bench/bench-db-world.js';
import { createCliRunner } from '../cli/cli-process.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** `report --json` through the real CLI process, on a folder filled by direct inserts (no keychain involved). */
describe('report CLI', () => {
  const tmp = makeTempDir('wd-report-');
  const empty = makeTempDir('wd-report-empty-');
  const cli = createCliRunner(tmp.dir);
  beforeAll(() => {
    const db = openDatabase(tmp.dir);
    fillDbWorld(db, { worklogs: 800, teamPeople: 3, otherPeople: 4, projects: 4, epics: 6, issues: 60, from: '2026-11-01', to: '2026-11-30' });
    db.close();
  });
  afterAll(() => {
    tmp.cleanup();
    empty.cleanup();
  });

  it.each(GROUP_BY)('--by %s --json prints only an array of {key, label, seconds, count}', async (by) => {
    const r = await cli.run(['report', '--by', by, '--from', '2026-11-01', '--to', '2026-11-30', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const groups = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g).toEqual(expect.objectContaining({ label: expect.any(String), seconds: expect.any(Number), count: expect.any(Number) }));
      expect(g.key === null || typeof g.key === 'string').toBe(true);
    }
    expect(groups.reduce((s, g) => s + (g.count as number), 0)).toBe(800);
    if (by === 'epic') expect(groups.filter((g) => g.key === null)).toHaveLength(1);
    if (by === 'day') expect(groups.map((g) => g.key)).toEqual([...groups.map((g) => g.key as string)].sort());
  });

  it('filters by instance name and prints a table with totals for people', async () => {
    const json = JSON.parse((await cli.run(['report', '--by', 'project', '--from', '2026-11-01', '--to', '2026-11-30', '--instance', 'site-1', '--json'])).stdout) as Array<{ count: number }>;
    const all = JSON.parse((await cli.run(['report', '--by', 'project', '--from', '2026-11-01', '--to', '2026-11-30', '--json'])).stdout) as Array<{ count: number }>;
    expect(json.length).toBeLessThan(all.length);
    const human = await cli.run(['report', '--by', 'person', '--from', '2026-11-01', '--to', '2026-11-30', '--team']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^KEY\s+PERSON\s+HOURS\s+WORKLOGS\s+PEOPLE/);
    expect(human.stdout).toMatch(/3 groups · [\d,]+ worklogs · [\d,.]+ h · 3 people/);
  });

  it('works on an empty data folder (no instances, no keychain) and refuses bad usage with exit 2', async () => {
    const r = await cli.run(['report', '--by', 'day', '--from', '2026-11-01', '--to', '2026-11-30', '--json'], { dataDir: empty.dir });
    expect(r).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' });
    const bad = await cli.run(['report', '--by', 'week', '--this-month']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const backwards = await cli.run(['report', '--from', '2026-11-30', '--to', '2026-11-01']);
    expect(backwards.code).toBe(2);
  });

  it('--range names the same ranges as the app (and refuses unknown names or a mix with --from)', async () => {
    const range = explorerPresetRange('last-7-days', new Date());
    const named = await cli.run(['report', '--by', 'day', '--range', 'last-7-days', '--json']);
    const explicit = await cli.run(['report', '--by', 'day', '--from', range.from, '--to', range.to, '--json']);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(explicit.stdout);
    const unknown = await cli.run(['report', '--by', 'day', '--range', 'fortnight']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--range "fortnight" is not a range name: use one of today, yesterday, this-week, last-week/);
    const mixed = await cli.run(['report', '--by', 'day', '--range', 'this-year', '--from', '2026-11-01', '--to', '2026-11-30']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--range this-year cannot be combined with --from\/--to/);
  });
});
