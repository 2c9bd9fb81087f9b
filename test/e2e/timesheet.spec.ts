import type { Locator, Page } from '@playwright/test';
import type { Timesheet } from '../../shared/domain/timesheet.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import { openTimesheet, settle, timesheetGrid } from './helpers/timesheet-page.js';
import { browserToday } from './helpers/sync-world.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { isoWeekday, startTimesheetWorld } from './helpers/timesheet-world.js';

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

/** "7.5 h" the way the page writes hours (en-GB). */
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
const cellText = (seconds: number): string => (seconds > 0 ? hours(seconds).replace(' h', '') : '');
const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const grid = timesheetGrid;
const row = (page: Page, accountId: string): Locator => grid(page).locator(`tbody tr[data-account-id="${accountId}"]`);
const cell = (page: Page, accountId: string, date: string): Locator => row(page, accountId).locator(`td[data-date="${date}"]`);
const total = (page: Page, accountId: string, which: 'logged' | 'expected' | 'leave'): Locator => row(page, accountId).locator(`td[data-total="${which}"]`);

/** The people the page shows, and main's timesheet for exactly them. */
async function shownAndExpected(page: Page, ts: TimesheetWorld, range: { from: string; to: string }): Promise<{ ids: string[]; sheet: Timesheet }> {
  const ids = await grid(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
  return { ids, sheet: await ts.timesheet({ ...range, accountIds: ids }) };
}

test.describe('Timesheet page', () => {
  // Each test builds its world (two syncs, Factorial, team) before the page opens.
  test.describe.configure({ timeout: 120_000 });
  test('without an instance it leads to Settings', async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No timesheet yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('month view: totals per person and cells match timesheet.get and the world', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(browserToday());
    await expect(page.getByTestId('ts-period')).toHaveText(monthName);
    await expect(page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Month' })).toBeChecked();
    await expect(page.getByTestId('no-leaves-note')).toHaveCount(0);

    const { ids, sheet } = await shownAndExpected(page, ts, ts.thisMonth);
    // Everyone who logged time this month, plus the team; the team first.
    const authors = new Set(ts.world.worklogs.filter((w) => w.started.slice(0, 10) >= ts.thisMonth.from && w.started.slice(0, 10) <= ts.thisMonth.to).map((w) => w.authorAccountId));
    authors.add(ts.full.accountId).add(ts.part.accountId);
    expect(new Set(ids)).toEqual(authors);
    expect(new Set(ids.slice(0, 2))).toEqual(new Set([ts.full.accountId, ts.part.accountId]));
    await expect(row(page, ts.part.accountId).locator('th')).toContainText('Søren Kierkegaard 🚀');
    await expect(row(page, ts.part.accountId).locator('.ts-team-mark')).toHaveText('team');
    await expect(row(page, ts.full.accountId).locator('th')).toContainText('José Muñoz');

    for (const p of sheet.people) {
      await expect(total(page, p.accountId, 'logged')).toHaveText(hours(p.totals.loggedSeconds));
      await expect(total(page, p.accountId, 'expected')).toHaveText(hours(p.totals.expectedSeconds));
      await expect(total(page, p.accountId, 'leave')).toHaveText(p.totals.leaveSeconds > 0 ? hours(p.totals.leaveSeconds) : '—');
      // The stored worklogs are the world's, to the second.
      const worldLogged = ts.thisMonthDays().reduce((s, d) => s + ts.loggedOn(p.accountId, d), 0);
      expect(p.totals.loggedSeconds).toBe(worldLogged);
    }
    // A sample of cells: every day of the two team members and of one other person.
    const other = sheet.people.find((p) => !p.inTeam);
    for (const p of sheet.people.filter((x) => x.inTeam || x === other)) {
      for (const c of p.cells) {
        await expect(cell(page, p.accountId, c.date).locator('.ts-cell__value')).toHaveText(cellText(c.loggedSeconds));
        expect(c.loggedSeconds).toBe(ts.loggedOn(p.accountId, c.date));
      }
    }
    // Column totals.
    const foot = grid(page).locator('tfoot td[data-date]');
    await expect(foot).toHaveCount(sheet.days.length);
    const expectedFoot = sheet.dayTotals.map(cellText);
    await expect(foot).toHaveText(expectedFoot);

    // An accessible name for each cell.
    const sample = sheet.people[0]?.cells.find((c) => c.loggedSeconds > 0);
    if (sample) {
      await expect(cell(page, sheet.people[0]!.accountId, sample.date).getByRole('button')).toHaveAccessibleName(
        new RegExp(`^${sheet.people[0]!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\w{3} \\d{1,2} \\w{3}: ${hours(sample.loggedSeconds).replace('.', '\\.')} logged of ${hours(sample.expectedSeconds).replace('.', '\\.')} expected`),
      );
    }
    // "My team" shows the team alone.
    await page.getByRole('radiogroup', { name: 'People' }).getByRole('radio', { name: 'My team' }).check();
    await expect(grid(page).locator('tbody tr')).toHaveCount(2);
    await page.getByRole('radiogroup', { name: 'People' }).getByRole('radio', { name: 'Everyone' }).check();
    await expect(grid(page).locator('tbody tr')).toHaveCount(ids.length);

    await page.screenshot({ path: screenshotPath('timesheet-month-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-month-dark') });
  });

  test('leave days are marked (approved and pending) and the expected hours drop', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    const sheet = await ts.timesheet({ ...ts.thisMonth, accountIds: [ts.full.accountId, ts.part.accountId] });
    const person = (id: string) => sheet.people.find((p) => p.accountId === id)!;

    for (const l of ts.leaves) {
      for (let d = l.from; d <= l.to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
        const mark = cell(page, l.who.accountId, d).getByTestId('leave-mark');
        await expect(mark).toHaveAttribute('data-approved', String(l.approved));
        await expect(mark).toHaveClass(new RegExp(`ts-leave--${l.type === 'Vacation' ? 'vacation' : l.type === 'Sick leave' ? 'sick' : 'personal'}`));
        if (l.halfDay) await expect(mark).toHaveClass(/ts-leave--morning/);
        if (!l.approved) await expect(mark).toHaveClass(/ts-leave--pending/);
        const button = cell(page, l.who.accountId, d).getByRole('button');
        await expect(button).toHaveAccessibleName(new RegExp(`${l.type}${l.halfDay ? ` \\(${l.halfDay} half${l.approved ? '' : ', pending'}\\)` : l.approved ? '' : ' \\(pending\\)'}`));
        const daily = l.who === ts.full ? 8 * 3600 : 27_000;
        const expected = !l.approved ? daily : l.halfDay ? daily / 2 : 0;
        expect(person(l.who.accountId).cells.find((c) => c.date === d)?.expectedSeconds).toBe(expected);
        await expect(button).toHaveAccessibleName(new RegExp(`logged of ${hours(expected).replace('.', '\\.')} expected`));
      }
    }
    // Expected hours: working days × daily hours, minus holiday and approved leave — counting the
    // month's days up to yesterday only (the default), as the page says.
    const through = sheet.countedThrough ?? ts.thisMonth.to;
    const counted = ts.thisMonthDays().filter((d) => d <= through);
    const leaveOn = (who: typeof ts.full, d: string): number => {
      const daily = who === ts.full ? 8 * 3600 : 27_000;
      const l = ts.leaves.find((x) => x.who === who && x.approved && d >= x.from && d <= x.to);
      return l ? (l.halfDay ? daily / 2 : daily) : 0;
    };
    const expectedOver = (who: typeof ts.full, weekdays: number[], daily: number): { expected: number; leave: number } =>
      counted
        .filter((d) => weekdays.includes(isoWeekday(d)) && d !== ts.holiday.date)
        .reduce((t, d) => ({ expected: t.expected + daily - leaveOn(who, d), leave: t.leave + leaveOn(who, d) }), { expected: 0, leave: 0 });
    const fullWant = expectedOver(ts.full, [1, 2, 3, 4, 5], 8 * 3600);
    const partWant = expectedOver(ts.part, [1, 2, 3, 4], 27_000);
    expect(person(ts.full.accountId).totals.expectedSeconds).toBe(fullWant.expected);
    expect(person(ts.part.accountId).totals.expectedSeconds).toBe(partWant.expected);
    await expect(total(page, ts.full.accountId, 'expected')).toHaveText(hours(fullWant.expected));
    await expect(total(page, ts.full.accountId, 'leave')).toHaveText(fullWant.leave > 0 ? hours(fullWant.leave) : '—');
    await expect(total(page, ts.part.accountId, 'expected')).toHaveText(hours(partWant.expected));
    await expect(total(page, ts.part.accountId, 'leave')).toHaveText(partWant.leave > 0 ? hours(partWant.leave) : '—');
    if (sheet.countedThrough) await expect(page.getByTestId('counted-through-note')).toBeVisible();
    // The part-timer's Fridays are not working days.
    const friday = ts.thisMonthDays().find((d) => isoWeekday(d) === 5)!;
    await expect(cell(page, ts.part.accountId, friday)).toHaveClass(/is-nonworking/);
    await expect(cell(page, ts.full.accountId, friday)).not.toHaveClass(/is-nonworking/);
    // The holiday: greyed for everyone, named in the header's tooltip.
    const header = grid(page).locator(`thead th[data-date="${ts.holiday.date}"]`);
    await expect(header).toHaveClass(/is-holiday/);
    await expect(header).toHaveAttribute('title', new RegExp(ts.holiday.name));
    await expect(cell(page, ts.full.accountId, ts.holiday.date)).toHaveClass(/is-nonworking/);

    await grid(page).scrollIntoViewIfNeeded();
    await page.locator('.ts-scroll').evaluate((el) => (el.scrollLeft = 0));
    await page.screenshot({ path: screenshotPath('timesheet-leaves-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-leaves-dark') });
  });

  test('weekends are greyed', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    const days = ts.thisMonthDays();
    const weekday = days.find((d) => isoWeekday(d) === 3 && d !== ts.holiday.date)!;
    const bg = (l: Locator): Promise<string> => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    const normal = await bg(cell(page, ts.full.accountId, weekday));
    for (const d of days.filter((x) => isoWeekday(x) >= 6)) {
      await expect(grid(page).locator(`thead th[data-date="${d}"]`)).toHaveClass(/is-weekend/);
      await expect(cell(page, ts.full.accountId, d)).toHaveClass(/is-nonworking/);
      expect(await bg(cell(page, ts.full.accountId, d))).not.toBe(normal);
    }
    await expect(grid(page).locator(`thead th[data-date="${weekday}"]`)).not.toHaveClass(/is-weekend/);
    // A month scrolls sideways inside its box at 1280 px; the page itself does not.
    const box = page.locator('.ts-scroll');
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.locator('.page__body').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // The first column stays put while scrolling.
    const nameX = async (): Promise<number> => (await row(page, ts.full.accountId).locator('th').boundingBox())!.x;
    const before = await nameX();
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect(await nameX()).toBe(before);
    await page.screenshot({ path: screenshotPath('timesheet-month-scrolled-light') });
  });

  test('clicking a cell lists the worklogs behind it, adding up to the cell', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTimesheet(page, app);
    const sheet = await ts.timesheet({ ...ts.thisMonth, accountIds: [ts.full.accountId, ts.part.accountId] });
    // The busiest cell of the team.
    const best = sheet.people
      .flatMap((p) => p.cells.map((c) => ({ p, c })))
      .filter((x) => x.c.loggedSeconds > 0)
      .sort((a, b) => b.c.loggedSeconds - a.c.loggedSeconds)[0]!;
    await cell(page, best.p.accountId, best.c.date).getByRole('button').click();
    const dialog = page.getByRole('dialog', { name: best.p.name });
    await expect(dialog).toBeVisible();
    const items = dialog.getByRole('list', { name: 'Worklogs' }).getByRole('listitem');
    const expectedCount = ts.world.worklogs.filter((w) => w.authorAccountId === best.p.accountId && w.started.slice(0, 10) === best.c.date).length;
    await expect(items).toHaveCount(expectedCount);
    const seconds = await dialog.locator('.ts-worklog__hours').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seconds'))));
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(best.c.loggedSeconds);
    await expect(dialog.getByTestId('worklogs-total')).toHaveText(`Total ${hours(best.c.loggedSeconds)}`);
    await expect(items.first().locator('.ts-worklog__key')).toHaveText(/^[A-Z]+-\d+$/);
    await page.screenshot({ path: screenshotPath('timesheet-cell-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-cell-light') });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(cell(page, best.p.accountId, best.c.date).getByRole('button')).toBeFocused();
  });

  test('week view: previous / next / today move the range, with the keyboard too', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    await page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Week' }).check();
    const today = browserToday();
    const monday = new Date(today);
    monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
    const weekOf = (start: Date): string[] => Array.from({ length: 7 }, (_, i) => iso(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i)));
    const label = (start: Date): RegExp => {
      const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 6);
      const range = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(start, end).replace(/\s*–\s*/u, ' – ');
      return new RegExp(`^Week \\d+ · ${range}$`);
    };
    const headers = grid(page).locator('thead th[data-date]');
    const expectWeek = async (start: Date): Promise<void> => {
      await expect(page.getByTestId('ts-period')).toHaveText(label(start));
      await expect(headers).toHaveCount(7);
      // The label changes at once; the columns follow when the week's data has arrived.
      await expect.poll(() => headers.evaluateAll((els) => els.map((e) => e.getAttribute('data-date')))).toEqual(weekOf(start));
    };
    const shift = (d: Date, weeks: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7 * weeks);

    await expectWeek(monday);
    await expect(grid(page).locator('thead th.is-today')).toHaveAttribute('data-date', iso(today));
    await page.screenshot({ path: screenshotPath('timesheet-week-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-week-dark') });

    await page.getByRole('button', { name: 'Previous week' }).click();
    await expectWeek(shift(monday, -1));
    // Cells follow the range: the week's totals are main's.
    const prev = weekOf(shift(monday, -1));
    const sheet = await ts.timesheet({ from: prev[0]!, to: prev[6]!, accountIds: [ts.full.accountId] });
    await expect(total(page, ts.full.accountId, 'logged')).toHaveText(hours(sheet.people[0]!.totals.loggedSeconds));

    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await expectWeek(shift(monday, 1));
    await page.locator('body').click({ position: { x: 600, y: 20 } });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectWeek(shift(monday, -2));
    await page.keyboard.press('t');
    await expectWeek(monday);
    await page.keyboard.press('ArrowRight');
    await expectWeek(shift(monday, 1));
    await page.getByRole('button', { name: 'Today' }).click();
    await expectWeek(monday);
    // Back to the month.
    await page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Month' }).check();
    await expect(headers).toHaveCount(ts.thisMonthDays().length);
  });

  test('who is behind: sources per person, sort by difference (remembered), "Copy list"', async ({ page, app, ts, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    // Last month: a whole period, so people are behind whatever today's date.
    await page.getByRole('button', { name: 'Previous month' }).click();
    const lastName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date(`${ts.lastMonth.from}T12:00:00`));
    await expect(page.getByTestId('ts-period')).toHaveText(lastName);
    await expect(grid(page)).toHaveAttribute('aria-label', new RegExp(lastName));
    const { ids, sheet } = await shownAndExpected(page, ts, ts.lastMonth);
    expect(sheet.countedThrough).toBeNull();
    // Each person says what set their expected hours; the team's two come from Tempo, with leave and the holiday.
    for (const p of sheet.people) {
      const words = p.sources.map((x) => ({ team: 'team schedule', tempo: 'Tempo', leave: 'Factorial leave', holiday: 'holiday' })[x]);
      await expect(row(page, p.accountId).getByTestId('expectation-sources')).toHaveAttribute('title', `Expected hours from: ${words.join(', ')}`);
    }
    const full = sheet.people.find((p) => p.accountId === ts.full.accountId)!;
    expect(full.sources[0]).toBe('tempo');

    // Sort by difference: the team first, each group furthest behind first.
    await grid(page).locator('thead th[data-sort="difference"]').getByRole('button').click();
    await expect(grid(page).locator('thead th[data-sort="difference"]')).toHaveAttribute('aria-sort', 'ascending');
    const diff = (id: string): number => {
      const p = sheet.people.find((x) => x.accountId === id)!;
      return p.totals.loggedSeconds - p.totals.expectedSeconds;
    };
    const team = new Set(sheet.people.filter((p) => p.inTeam).map((p) => p.accountId));
    const want = [...ids].sort((a, b) => Number(team.has(b)) - Number(team.has(a)) || diff(a) - diff(b) || sheet.people.find((p) => p.accountId === a)!.name.localeCompare(sheet.people.find((p) => p.accountId === b)!.name));
    await expect(grid(page).locator('tbody tr')).toHaveCount(want.length);
    expect(await grid(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id')))).toEqual(want);

    // "Copy list": one line per person behind, in that order.
    await page.getByRole('button', { name: 'Copy list' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const behind = want.filter((id) => diff(id) <= -60).map((id) => `${sheet.people.find((p) => p.accountId === id)!.name} — ${hours(-diff(id))} behind`);
    expect(copied.split('\n')).toEqual(behind);
    await page.screenshot({ path: screenshotPath('timesheet-sources-sorted-light') });

    // Remembered: after a reload the order is still by difference.
    await openTimesheet(page, app);
    await expect(grid(page).locator('thead th[data-sort="difference"]')).toHaveAttribute('aria-sort', 'ascending');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: screenshotPath('timesheet-sources-sorted-dark') });
  });

  test('without a team it says so and offers to set one up', async ({ page, app, ts }) => {
    await ts.rpc('team.remove', { accountId: ts.full.accountId });
    await ts.rpc('team.remove', { accountId: ts.part.accountId });
    await page.emulateMedia({ colorScheme: 'light' });
    await openTimesheet(page, app);
    const note = page.getByTestId('no-team-note');
    await expect(note).toContainText('No team set.');
    await page.screenshot({ path: screenshotPath('timesheet-no-team-light') });
    await note.getByRole('button', { name: 'Set up my team' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
