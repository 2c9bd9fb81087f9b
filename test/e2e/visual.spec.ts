import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from './helpers/start-app.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

/*
 * The pixel-diff safety net for style-only changes (design tokens, shared utility classes, shared
 * components): every page, empty and filled, light and dark, compared with the committed pictures
 * in test/e2e/__screenshots__/. A change that moves a pixel on purpose updates them with
 * `npx playwright test test/e2e/visual.spec.ts --update-snapshots` (and the diff is reviewed).
 *
 * The browser's clock stands still on a fixed Wednesday and the world is generated around that
 * day, so the pictures do not change from one day to the next. What still comes from the real
 * clock, a random port or folder (the time since the last sync, sync start times and durations,
 * the fake servers' addresses, the data folder) or the schema version is masked.
 */

/** Wednesday 18 November 2026, 11:00 in Madrid (the browser's zone). */
const FIXED_NOW = new Date('2026-11-18T11:00:00+01:00');
const FIXED_TODAY = new Date(2026, 10, 18);

const PAGES = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'] as const;
const THEMES = ['light', 'dark'] as const;

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app, FIXED_TODAY);
    await use(ts);
    await ts.close();
  },
});

test.describe.configure({ timeout: 240_000 });

/** What the real clock or a random port decides. */
function dynamicParts(page: Page): Locator[] {
  return [
    page.locator('.freshness'),
    page.locator('.history__started'),
    page.locator('.history__duration'),
    page.getByText(/127\.0\.0\.1:\d+/),
    page.locator('input[value*="127.0.0.1:"]'),
    page.getByTestId('data-dir'),
    // The schema version moves with every new migration.
    page.locator('.about-line'),
  ];
}

async function open(page: Page, name: (typeof PAGES)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.is-stale')).toHaveCount(0);
}

/** The whole page body: the viewport grows to the content (the app scrolls inside .page__body). */
async function shoot(page: Page, name: string): Promise<void> {
  const base = { width: 1280, height: 800 };
  await page.setViewportSize(base);
  const overflow = await page.locator('.page__body').evaluate((el) => el.scrollHeight - el.clientHeight);
  if (overflow > 0) await page.setViewportSize({ width: base.width, height: Math.min(base.height + overflow, 3000) });
  await expect(page).toHaveScreenshot(`${name}.png`, {
    animations: 'disabled',
    caret: 'hide',
    mask: dynamicParts(page),
    // Chromium's software raster moves a few anti-aliased pixels by 1–10 levels from run to run;
    // Playwright's default per-pixel threshold (0.2) would also pass a swap of --text-faint and
    // --text-muted (about 0.08 apart), so: a pixel counts as changed past 0.05, and next to none may.
    threshold: 0.05,
    maxDiffPixelRatio: 0.00002,
  });
  await page.setViewportSize(base);
}

async function everyPage(page: Page, url: string, prefix: string): Promise<void> {
  await page.clock.setFixedTime(FIXED_NOW);
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    for (const name of PAGES) {
      await open(page, name);
      await shoot(page, `${prefix}-${name.toLowerCase()}-${theme}`);
    }
  }
}

/** The Worklogs page's popup menus, open: Export, and "More" ranges with one of its ranges chosen. */
async function menus(page: Page, url: string): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await open(page, 'Worklogs');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Export format' })).toBeVisible();
    await shoot(page, `menu-export-${theme}`);
    await page.keyboard.press('Escape');

    const more = page.getByRole('region', { name: 'Filters' }).locator('.wl-more-ranges');
    await more.click();
    await page.getByRole('menu', { name: 'More date ranges' }).getByRole('menuitemradio', { name: 'This quarter' }).click();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await more.click();
    await expect(page.getByRole('menu', { name: 'More date ranges' })).toBeVisible();
    await shoot(page, `menu-more-ranges-${theme}`);
    await page.keyboard.press('Escape');
  }
}

test('every page, filled, in both themes looks as in the committed pictures; so do the open menus', async ({ page, app, ts }) => {
  expect(ts.thisMonth.from).toBe('2026-11-01');
  await everyPage(page, app.url, 'filled');
  await menus(page, app.url);
});

test('every page, empty (first run), in both themes looks as in the committed pictures', async ({ page, app }) => {
  await everyPage(page, app.url, 'empty');
});
