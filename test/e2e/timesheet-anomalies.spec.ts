import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { FakeUser, FakeWorld } from '../fakes/world.js';
import { jiraStarted } from '../fakes/world.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import { openTimesheet, settle, timesheetGrid } from './helpers/timesheet-page.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';
import { nthWeekday } from './helpers/world-kit.js';

/**
 * "Show anomalies" on the Timesheet, over the timesheet world plus one planted case of each kind
 * (this month): José logs 2 h on his approved vacation day, 14.5 h in three worklogs on the third
 * Wednesday, and Søren (Monday–Thursday) logs 3 h on the first Friday. The random world may flag
 * more days; every mark on the page must be one main flags, and the other way round.
 */
const H = 3600;
const PLANTED_COMMENT = 'Planted for the anomalies spec';

interface Planted {
  onLeave: string;
  overMax: string;
  nonWorking: string;
}

function plantAnomalies(world: FakeWorld, { full, part, thisMonth }: { full: FakeUser; part: FakeUser; thisMonth: { from: string } }): Planted {
  const m = thisMonth.from;
  // The first Tuesday is the first day of José's approved vacation (timesheet-world.ts).
  const planted = { onLeave: nthWeekday(m, 2, 1), overMax: nthWeekday(m, 3, 3), nonWorking: nthWeekday(m, 5, 1) };
  const issue = world.issues.find((i) => i.type.hierarchyLevel <= 0);
  if (!issue) throw new Error('The world has no issue to log on.');
  const logs: Array<[FakeUser, string, number]> = [
    [full, planted.onLeave, 2 * H],
    [full, planted.overMax, 6 * H],
    [full, planted.overMax, 5 * H],
    [full, planted.overMax, 3.5 * H],
    [part, planted.nonWorking, 3 * H],
  ];
  const t = Date.now();
  logs.forEach(([who, date, seconds], i) => {
    world.worklogs.push({
      id: String(900_000 + i),
      tempoId: 990_000 + i,
      issueId: issue.id,
      authorAccountId: who.accountId,
      // Mid-morning in the author's own zone: the same calendar day for every reader.
      started: jiraStarted(date, 10 * 60 + i, who.timeZone),
      timeSpentSeconds: seconds,
      comment: `${PLANTED_COMMENT} #${i}`,
      created: t,
      updated: t,
    });
  });
  return planted;
}

const test = base.extend<{ ts: TimesheetWorld & { planted: Planted } }>({
  ts: async ({ app }, use) => {
    let planted: Planted | null = null;
    const ts = await startTimesheetWorld(app, undefined, (world, people) => {
      planted = plantAnomalies(world, people);
    });
    if (!planted) throw new Error('The world was not planted.');
    await use({ ...ts, planted });
    await ts.close();
  },
});

/** "7.5 h" the way the page writes hours (en-GB). */
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;

const grid = timesheetGrid;
const cell = (page: Page, accountId: string, date: string): Locator => grid(page).locator(`tbody tr[data-account-id="${accountId}"] td[data-date="${date}"]`);
const toggle = (page: Page): Locator => page.getByRole('button', { name: 'Show anomalies' });
const marks = (page: Page): Locator => grid(page).getByTestId('anomaly-mark');

/** Serious or critical axe findings on the page as it is. */
async function seriousFindings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('Timesheet anomalies', () => {
  // The world builds (two syncs, Factorial, team) before the page opens.
  test.describe.configure({ timeout: 150_000 });

  test('the toggle marks exactly the flagged days, names each anomaly, opens their worklogs and is remembered', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTimesheet(page, app);
    const { full, part, planted } = ts;

    // Off by default: no marks, no count, the cells' names say nothing about anomalies.
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(marks(page)).toHaveCount(0);
    await expect(cell(page, full.accountId, planted.overMax).getByRole('button')).not.toHaveAttribute('aria-label', /flagged/);

    // Keyboard: the toggle is a pressed/unpressed button.
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    // Every planted day is marked and named with its anomaly and the day's hours (the world's, to the second).
    const expectations: Array<[FakeUser, string, string]> = [
      [full, planted.onLeave, 'time logged on an approved leave'],
      [full, planted.overMax, 'more than 12 h in a day'],
      [part, planted.nonWorking, 'time logged on a non-working day'],
    ];
    for (const [who, date, words] of expectations) {
      const logged = ts.loggedOn(who.accountId, date);
      const c = cell(page, who.accountId, date);
      await expect(c.getByTestId('anomaly-mark')).toBeVisible();
      await expect(c.getByRole('button')).toHaveAttribute('aria-label', new RegExp(`flagged: ${hours(logged).replace('.', '\\.')} — (.*; )?${words}`));
    }
    expect(ts.loggedOn(full.accountId, planted.overMax)).toBeGreaterThanOrEqual(14.5 * H);

    // The marks are exactly main's flags for the people shown, and the count says how many days.
    const ids = await grid(page)
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
    const sheet = await ts.timesheet({ ...ts.thisMonth, accountIds: ids });
    const flagged = sheet.people.flatMap((p) => p.cells.filter((c) => c.anomalies.length > 0).map((c) => `${p.accountId}|${c.date}|${c.anomalies.join(' ')}`));
    const shown = await marks(page).evaluateAll((els) =>
      els.map((e) => `${e.closest('tr')?.getAttribute('data-account-id')}|${e.closest('td')?.getAttribute('data-date')}|${e.getAttribute('data-anomalies')}`),
    );
    expect(new Set(shown)).toEqual(new Set(flagged));
    expect(flagged).toContain(`${full.accountId}|${planted.onLeave}|on-leave`);
    expect(flagged).toContain(`${full.accountId}|${planted.overMax}|over-max`);
    expect(flagged).toContain(`${part.accountId}|${planted.nonWorking}|non-working`);
    await expect(page.getByTestId('anomalies-count')).toHaveText(`${flagged.length} ${flagged.length === 1 ? 'day' : 'days'} flagged`);
    await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Anomaly: on leave, over the daily maximum, or on a non-working day');

    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-anomalies-light') });
    expect(await seriousFindings(page)).toEqual([]);

    // Enter on the 14.5 h day: its worklogs, with the reason first.
    await cell(page, full.accountId, planted.overMax).getByRole('button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: full.displayName });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('anomaly-reasons')).toHaveText(/^!?\s*Flagged: More than 12 h in a day$/);
    const items = dialog.getByRole('list', { name: 'Worklogs' }).getByRole('listitem');
    for (const i of [1, 2, 3]) await expect(items.filter({ hasText: `${PLANTED_COMMENT} #${i}` })).toHaveCount(1);
    await expect(dialog.getByTestId('worklogs-total')).toHaveText(`Total ${hours(ts.loggedOn(full.accountId, planted.overMax))}`);
    await page.screenshot({ path: screenshotPath('timesheet-anomalies-dialog-light') });
    expect(await seriousFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // A click on the leave day: the approved-leave reason and its worklog.
    await cell(page, full.accountId, planted.onLeave).getByRole('button').click();
    await expect(dialog.getByTestId('anomaly-reasons')).toContainText('Flagged: Time logged on an approved leave');
    await expect(dialog.getByRole('list', { name: 'Worklogs' }).getByRole('listitem').filter({ hasText: `${PLANTED_COMMENT} #0` })).toHaveCount(1);
    await page.keyboard.press('Escape');

    // Dark theme: same marks, AA contrast.
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-anomalies-dark') });
    expect(await seriousFindings(page)).toEqual([]);

    // Remembered across a reload.
    await openTimesheet(page, app);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(marks(page)).toHaveCount(flagged.length);

    // Off: no marks, no reasons in names or in the dialog; still off after a reload.
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(marks(page)).toHaveCount(0);
    await expect(grid(page).locator('td.has-anomaly')).toHaveCount(0);
    await expect(cell(page, full.accountId, planted.overMax).getByRole('button')).not.toHaveAttribute('aria-label', /flagged/);
    await cell(page, full.accountId, planted.overMax).getByRole('button').click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('anomaly-reasons')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await openTimesheet(page, app);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(marks(page)).toHaveCount(0);
  });
});
