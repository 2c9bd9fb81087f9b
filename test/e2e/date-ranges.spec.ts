import type { Page } from '@playwright/test';
import type { ExplorerResult } from '../../shared/domain/explorer.js';
import { explorerPresetRange } from '../../shared/domain/dates.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath } from './helpers/start-app.js';
import { browserToday } from './helpers/sync-world.js';
import { worklogsTest as test } from './helpers/worklogs-world.js';

const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;

async function totalsOf(app: StartedApp, range: { from: string; to: string }): Promise<ExplorerResult['totals']> {
  const r = await app.rpc<ExplorerResult>('explorer.query', { ...range, groupBy: 'person' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.totals;
}

async function expectHours(page: Page, seconds: number): Promise<void> {
  await expect(page.getByTestId('total-hours')).toHaveText(hours(seconds));
  await expect(page.locator('.wl-totals')).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('Date ranges', () => {
  test('"More" offers last week, last 7 / 30 days, quarters and years; the choice shows, counts and persists', async ({ page, app, wl }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
    const filters = page.getByRole('region', { name: 'Filters' });
    const more = filters.getByRole('button', { name: 'More' });
    // The synced world covers last month and this month; each range counts what falls inside it.
    for (const [label, preset] of [
      ['Last 7 days', 'last-7-days'],
      ['Last week', 'last-week'],
      ['Last quarter', 'last-quarter'],
      ['This year', 'this-year'],
    ] as const) {
      await filters.locator('.wl-more-ranges').click();
      const menu = page.getByRole('menu', { name: 'More date ranges' });
      await menu.getByRole('menuitemradio', { name: label }).click();
      await expect(menu).toHaveCount(0);
      const range = explorerPresetRange(preset, browserToday());
      await expectHours(page, (await totalsOf(app, range)).seconds);
      await expect(filters.locator('.wl-more-ranges')).toHaveText(label);
      await expect(filters.locator('.wl-more-ranges')).toHaveClass(/is-active/);
      // None of the segmented ranges is selected meanwhile.
      await expect(filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { checked: true })).toHaveCount(0);
    }
    const year = explorerPresetRange('this-year', browserToday());
    expect((await totalsOf(app, year)).count).toBeGreaterThanOrEqual((await totalsOf(app, wl.thisMonth)).count);

    // Keyboard: open with Enter, move with the arrows, pick with Enter; Escape closes without a change.
    await filters.locator('.wl-more-ranges').focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More date ranges' });
    await expect(menu.getByRole('menuitemradio', { name: 'This year' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitemradio', { name: 'Last quarter' })).toBeFocused();
    await page.screenshot({ path: screenshotPath('worklogs-more-ranges-light') });
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(filters.locator('.wl-more-ranges')).toBeFocused();
    await expect(filters.locator('.wl-more-ranges')).toHaveText('This year');

    // Kept over a reload, like the other filters.
    await page.reload();
    await expect(filters.locator('.wl-more-ranges')).toHaveText('This year');
    await expectHours(page, (await totalsOf(app, year)).seconds);

    // Last year was never synced: the page says so and offers to sync exactly that range.
    await filters.locator('.wl-more-ranges').click();
    await page.getByRole('menu', { name: 'More date ranges' }).getByRole('menuitemradio', { name: 'Last year' }).click();
    await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sync this range' })).toBeVisible();
    const lastYear = explorerPresetRange('last-year', browserToday());
    expect((await totalsOf(app, lastYear)).count).toBe(0);

    // Back to a segmented range: the button says "More" again.
    await filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' }).check({ force: true });
    await expectHours(page, (await totalsOf(app, wl.lastMonth)).seconds);
    await expect(more).toHaveText('More');
    await expect(more).not.toHaveClass(/is-active/);
  });
});
