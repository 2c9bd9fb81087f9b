import type { Locator, Page } from '@playwright/test';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import { browserToday } from './helpers/sync-world.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

const PAGES = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;
const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

interface Box {
  left: number;
  right: number;
}
const box = (l: Locator): Promise<Box> => l.evaluate((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right }));

async function openPage(page: Page, name: (typeof PAGES)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** The part of the Timesheet's scroll box that no pinned column covers: right of the names, left of the totals. */
async function clearArea(page: Page): Promise<Box> {
  const grid = page.getByRole('table', { name: /^Timesheet,/ });
  const person = await box(grid.locator('thead th.ts-corner'));
  const firstTotal = await box(grid.locator('thead th.ts-pin--logged'));
  return { left: person.right, right: firstTotal.left };
}

test.describe('Fits the screen (1280×800 and 1024×700)', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every page at both sizes: sidebar folds below 1200 px, Packages tabs on one line; screenshots', async ({ page, app, ts }) => {
    expect(ts.thisMonthDays().length).toBeGreaterThan(27);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(app.url);
      const sidebar = await page.locator('.sidebar').evaluate((el) => el.getBoundingClientRect().width);
      if (size.width < 1200) expect(sidebar).toBeLessThanOrEqual(64);
      else expect(sidebar).toBeGreaterThan(200);
      for (const name of PAGES) {
        await openPage(page, name);
        // The page never scrolls sideways as a whole.
        const overflow = await page.locator('.app__main').evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${name} at ${size.width}`).toBeLessThanOrEqual(0);
        if (name === 'Packages') {
          const tops = await page.getByRole('tablist', { name: 'Packages' }).getByRole('tab').evaluateAll((tabs) => tabs.map((t) => [t.getBoundingClientRect().top, t.getBoundingClientRect().height]));
          expect(new Set(tops.map((t) => t[0])).size, 'tabs on one line').toBe(1);
          expect(Math.max(...tops.map((t) => t[1] as number)), 'no tab wraps its label').toBeLessThan(34);
        }
        await page.screenshot({ path: screenshotPath(`layout-${name.toLowerCase()}-${size.width}`) });
      }
    }
  });

  test('Timesheet: the week shows all seven days at 1280 and Mon–Fri at 1024; the month pins names and totals and opens on today', async ({ page, app, ts }) => {
    expect(ts.thisMonthDays().length).toBeGreaterThan(27);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(app.url);
      await openPage(page, 'Timesheet');
      const grid = page.getByRole('table', { name: /^Timesheet,/ });
      await page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Week' }).check({ force: true });
      await expect(grid.locator('thead th.ts-day')).toHaveCount(7);
      await expect(page.locator('.ts-scroll')).not.toHaveClass(/is-stale/);
      const clear = await clearArea(page);
      const days = grid.locator('thead th.ts-day');
      const mustShow = size.width >= 1280 ? 7 : 5;
      for (let i = 0; i < mustShow; i++) {
        const d = await box(days.nth(i));
        expect(d.left, `day ${i + 1} at ${size.width}`).toBeGreaterThanOrEqual(clear.left - 1);
        expect(d.right, `day ${i + 1} at ${size.width}`).toBeLessThanOrEqual(clear.right + 1);
      }
      await page.screenshot({ path: screenshotPath(`layout-timesheet-week-${size.width}`) });

      // Month: wider than the box, so it scrolls; today's column is in the clear area.
      await page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Month' }).check({ force: true });
      await expect(grid.locator('thead th.ts-day')).toHaveCount(ts.thisMonthDays().length);
      await expect(page.locator('.ts-scroll')).not.toHaveClass(/is-stale/);
      const scroll = page.locator('.ts-scroll');
      expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      const today = await box(grid.locator(`thead th.ts-day[data-date="${iso(browserToday())}"]`));
      const monthClear = await clearArea(page);
      expect(today.left).toBeGreaterThanOrEqual(monthClear.left - 1);
      expect(today.right).toBeLessThanOrEqual(monthClear.right + 1);
      // Scrolled to either end, names stay at the left edge and totals at the right.
      const frame = await box(scroll);
      for (const to of [0, 10_000]) {
        await scroll.evaluate((el, x) => el.scrollTo({ left: x }), to);
        expect((await box(grid.locator('thead th.ts-corner'))).left).toBeCloseTo(frame.left + 1, 0);
        expect((await box(grid.locator('thead th.ts-pin--leave'))).right).toBeCloseTo(frame.right - 1, 0);
      }
      await page.screenshot({ path: screenshotPath(`layout-timesheet-month-${size.width}`) });
    }
  });

  test('Worklogs: Date, Issue, Author and Hours in view at 1024 px; a column resized by mouse and keyboard is remembered, Hours stays pinned', async ({ page, app, ts }) => {
    expect(ts.thisMonthDays().length).toBeGreaterThan(27);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(app.url);
    const table = page.getByRole('table', { name: 'Worklogs' });
    await expect(table.locator('.wl-table__body [aria-rowindex="2"] .wl-cell--hours')).not.toBeEmpty();
    const header = (name: string): Locator => table.locator(`[role="columnheader"].wl-head--${name.toLowerCase()}`);
    const inView = async (): Promise<void> => {
      const frame = await box(table);
      for (const name of ['Date', 'Issue', 'Author', 'Hours']) {
        const b = await box(header(name));
        expect(b.left, name).toBeGreaterThanOrEqual(frame.left);
        expect(b.right, name).toBeLessThanOrEqual(frame.right);
      }
    };
    await inView();
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // Summary and Epic share what the fixed columns leave; Summary gets the larger share.
    const summary0 = await header('Summary').evaluate((el) => el.getBoundingClientRect().width);
    const epic0 = await header('Epic').evaluate((el) => el.getBoundingClientRect().width);
    expect(summary0).toBeGreaterThan(epic0);
    await page.screenshot({ path: screenshotPath('layout-worklogs-columns-1024-dark') });

    // Drag Summary's handle 400 px to the right: the table now scrolls sideways, Hours stays in view.
    const handle = table.getByRole('separator', { name: 'Resize Summary' });
    const h = await handle.boundingBox();
    if (!h) throw new Error('no resize handle');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 + 200, h.y + h.height / 2, { steps: 4 });
    await page.mouse.move(h.x + h.width / 2 + 400, h.y + h.height / 2, { steps: 4 });
    await page.mouse.up();
    const summary1 = await header('Summary').evaluate((el) => el.getBoundingClientRect().width);
    expect(summary1).toBeGreaterThan(summary0 + 350);
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(100);
    await table.evaluate((el) => el.scrollTo({ left: 150 }));
    const frame = await box(table);
    expect((await box(header('Hours'))).right).toBeLessThanOrEqual(frame.right);
    expect((await box(table.locator('.wl-table__body [aria-rowindex="2"] .wl-cell--hours'))).right).toBeLessThanOrEqual(frame.right);
    await page.screenshot({ path: screenshotPath('layout-worklogs-resized-1024-dark') });

    // Remembered over a reload.
    await page.reload();
    await expect(table.locator('.wl-table__body [aria-rowindex="2"] .wl-cell--hours')).not.toBeEmpty();
    expect(Math.abs((await header('Summary').evaluate((el) => el.getBoundingClientRect().width)) - summary1)).toBeLessThan(2);

    // By keyboard: ← narrows by 16 px; Home gives the column back its share.
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => header('Summary').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(Math.round(summary1 - 16));
    // The handle says where it is (a movable separator needs a value).
    await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(summary1 - 16)));
    await page.keyboard.press('Home');
    await expect.poll(() => header('Summary').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(Math.round(summary0));
    await inView();
  });
});
