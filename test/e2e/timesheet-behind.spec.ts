import type { Locator, Page } from '@playwright/test';
import { behindHash } from '../../shared/domain/behind-route.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

const grid = (page: Page): Locator => page.getByRole('table', { name: /^Timesheet,/ });
const shownIds = (page: Page): Promise<string[]> => grid(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
/** The page's own day words (en-GB): "Sat 31 Oct". */
const shortDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${iso}T12:00:00`)).replace(',', '');
const monthName = (iso: string): string => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));

test.describe('Timesheet on the people behind (the morning reminder’s click)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the route opens the day’s period with only those people, a chip says so, and "Show everyone" clears it', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // A day of last month, one team member and one person outside the team.
    const day = ts.lastMonth.to;
    const outsider = ts.world.users.find((u) => u.accountId !== ts.full.accountId && u.accountId !== ts.part.accountId)!;
    const people = [ts.part.accountId, outsider.accountId];

    // The browser host's first load moves its secret out of the URL; then the link the tray would open, as a fresh page load.
    await page.goto(app.url);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.goto(`${app.origin}/${behindHash({ day, accountIds: people })}`);

    await expect(page.getByRole('heading', { level: 1, name: 'Timesheet' })).toBeVisible();
    const chip = page.getByTestId('behind-chip');
    await expect(chip).toHaveText(`Showing 2 people behind for ${shortDay(day)}·Show everyone`);
    await expect(page.getByTestId('ts-period')).toHaveText(monthName(day));
    await expect(grid(page).locator('tbody tr')).toHaveCount(2);
    expect(new Set(await shownIds(page))).toEqual(new Set(people));
    await page.screenshot({ path: screenshotPath('timesheet-behind-light') });

    // Keyboard: the button is reachable and clears the filter; the period stays on that day's month.
    await chip.getByRole('button', { name: 'Show everyone' }).focus();
    await page.keyboard.press('Enter');
    await expect(chip).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/timesheet');
    await expect(page.getByTestId('ts-period')).toHaveText(monthName(day));
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(2);
    const all = new Set(await shownIds(page));
    expect(all.has(ts.full.accountId)).toBe(true);

    // Within the open page (how the desktop app's window is told): a hash change filters again.
    await page.evaluate((hash) => (window.location.hash = hash), behindHash({ day: ts.lastMonth.from, accountIds: [ts.full.accountId] }));
    await expect(chip).toHaveText(`Showing 1 person behind for ${shortDay(ts.lastMonth.from)}·Show everyone`);
    await expect.poll(() => shownIds(page)).toEqual([ts.full.accountId]);
  });
});
