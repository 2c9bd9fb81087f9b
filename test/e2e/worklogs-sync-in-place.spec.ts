import type { Locator, Page } from '@playwright/test';
import type { ExplorerResult } from '../../shared/domain/explorer.js';
import type { WorklogView } from '../../shared/domain/worklog.js';
import { expect, screenshotWholePage, test as base } from './helpers/start-app.js';
import type { SyncWorld } from './helpers/sync-world.js';
import { startSyncWorld } from './helpers/sync-world.js';

const test = base.extend<{ sync: SyncWorld }>({
  sync: async ({ app }, use) => {
    const sync = await startSyncWorld(app);
    await use(sync);
    await sync.close();
  },
});

/** As the page writes them in en-GB (playwright.config.ts): "612". */
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

const inlineProgress = (page: Page): Locator => page.getByRole('list', { name: 'Sync progress' });
const progressItem = (page: Page, name: string): Locator => inlineProgress(page).getByRole('listitem').filter({ hasText: name });

test.describe('Worklogs: "Sync this range" (issue 15, item 12)', () => {
  test('syncs the range in place with inline progress per site, stays on the page, then shows the rows', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
    const filters = page.getByRole('region', { name: 'Filters' });
    const lastMonth = filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' });
    await lastMonth.check({ force: true });
    await expect(lastMonth).toBeChecked();

    // Two sites added, nothing synced: the empty state offers to sync exactly this range.
    await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toBeVisible();
    await expect(inlineProgress(page)).toHaveCount(0);
    const urlBefore = page.url();

    // Slow fakes, so the progress is on screen long enough to be seen and checked.
    sync.slowDown(80);
    await page.getByRole('main', { name: 'Worklogs' }).getByRole('button', { name: 'Sync this range' }).click();

    // Progress appears right here, one item per site, each with its own bar.
    await expect(inlineProgress(page)).toBeVisible();
    for (const name of ['Acme', 'Globex']) {
      await expect(progressItem(page, name)).toBeVisible();
      await expect(progressItem(page, name).getByRole('progressbar', { name: `Sync of ${name}` })).toBeVisible();
    }
    // The empty state's own button waits (the freshness strip's button says "Syncing…" too).
    await expect(page.getByRole('main', { name: 'Worklogs' }).getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    // Worklog counts climb while it runs.
    await expect(progressItem(page, 'Acme')).toContainText(/[1-9][\d,]* worklogs/);
    await expect(progressItem(page, 'Acme')).toContainText(/Reading worklogs…|Fetching issue details…|Fetching names…|Cleaning up…/);

    // Still the Worklogs page, still last month: no trip to the Sync page.
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toHaveCount(0);
    await expect(lastMonth).toBeChecked();
    expect(page.url()).toBe(urlBefore);
    // The whole page from its top, so the picture shows the heading and the chosen range above the progress.
    await page.locator('.page__body').evaluate((el) => el.scrollTo(0, 0));
    await screenshotWholePage(page, 'worklogs-sync-in-place-light');
    await expect(inlineProgress(page)).toBeVisible();

    // Done: the empty state gives way to the table, with last month's worklogs of both sites.
    const table = page.getByRole('table', { name: 'Worklogs' });
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
    await expect(lastMonth).toBeChecked();
    expect(page.url()).toBe(urlBefore);

    // Each site stored every worklog of the range (Acme through Tempo, Globex through Jira).
    const perSite = sync.countIn(sync.lastMonth);
    expect(perSite).toBeGreaterThan(0);
    const stored = await app.rpc<ExplorerResult>('explorer.query', { ...sync.lastMonth, groupBy: 'person' });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.totals.count).toBe(2 * perSite);
    await expect(page.getByTestId('total-worklogs')).toHaveText(num(2 * perSite));
    await expect(table).toHaveAttribute('aria-rowcount', String(2 * perSite + 1));

    // The first row on screen is main's newest worklog of the range.
    const rows = await app.rpc<WorklogView[]>('explorer.rows', { query: { ...sync.lastMonth }, offset: 0, limit: 1, sort: { by: 'date', dir: 'desc' } });
    if (!rows.ok) throw new Error(rows.error.message);
    const first = rows.value[0];
    if (!first) throw new Error('no rows stored');
    await expect(table.locator('[role="row"][aria-rowindex="2"]').locator('.wl-cell--issue')).toHaveText(first.issueKey ?? '');
  });
});
