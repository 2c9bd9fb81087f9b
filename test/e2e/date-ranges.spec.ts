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

  test('Custom starts from the range on screen, keeps the search box in place, hides totals until valid and explains a reversed range', async ({ page, app, wl }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(app.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
      const filters = page.getByRole('region', { name: 'Filters' });
      const search = filters.getByRole('searchbox', { name: 'Search worklogs' });
      await filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' }).check({ force: true });
      await expectHours(page, (await totalsOf(app, wl.lastMonth)).seconds);
      const before = await search.boundingBox();

      // Custom: the two fields hold last month, and the numbers stay those of last month.
      await filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Custom' }).check({ force: true });
      const from = filters.getByLabel('From', { exact: true });
      const to = filters.getByLabel('To', { exact: true });
      await expect(from).toHaveValue(wl.lastMonth.from);
      await expect(to).toHaveValue(wl.lastMonth.to);
      await expectHours(page, (await totalsOf(app, wl.lastMonth)).seconds);
      // The search box did not move to another line nor leave the right edge, and is still usable.
      const after = await search.boundingBox();
      expect(after?.y).toBe(before?.y);
      expect(Math.round((after?.x ?? 0) + (after?.width ?? 0))).toBe(Math.round((before?.x ?? 0) + (before?.width ?? 0)));
      expect(after?.width ?? 0).toBeGreaterThanOrEqual(160);
      await page.screenshot({ path: screenshotPath(`worklogs-custom-range-${size.width}`) });

      // Reversed: no totals, a plain explanation tied to the fields, and a way out.
      await from.fill(wl.thisMonth.to);
      await expect(page.getByRole('definition')).toHaveCount(0);
      await expect(page.getByTestId('total-hours')).toHaveCount(0);
      const alert = page.getByRole('alert').filter({ hasText: 'The first day is after the last.' });
      await expect(alert).toBeVisible();
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      await expect(from).toHaveAccessibleDescription(/The first day is after the last\./);
      await page.screenshot({ path: screenshotPath(`worklogs-custom-range-reversed-${size.width}`) });
      await alert.getByRole('button', { name: 'Swap the two dates' }).click();
      await expect(from).toHaveValue(wl.lastMonth.to);
      await expect(to).toHaveValue(wl.thisMonth.to);
      await expectHours(page, (await totalsOf(app, { from: wl.lastMonth.to, to: wl.thisMonth.to })).seconds);

      // An incomplete range: totals hidden, the page says which day is missing.
      await to.fill('');
      await expect(page.getByTestId('total-hours')).toHaveCount(0);
      await expect(page.locator('.wl-content')).toHaveText('Choose the last day of the range.');
    }
  });
});
