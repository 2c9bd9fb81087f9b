import type { Locator, Page } from '@playwright/test';
import type { AppSettings } from '../../shared/domain/settings.js';
import type { SyncRunView } from '../../shared/domain/sync.js';
import { localDate } from '../fakes/world.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath, startApp, test as base } from './helpers/start-app.js';
import type { FreshnessFakes } from './helpers/freshness-world.js';
import { DAY, HOUR, prepareOldSyncs, startFreshnessFakes } from './helpers/freshness-world.js';
import type { SyncWorld } from './helpers/sync-world.js';
import { startSyncWorld } from './helpers/sync-world.js';

const test = base.extend<{ sync: SyncWorld; fakes: FreshnessFakes }>({
  sync: async ({ app }, use) => {
    const sync = await startSyncWorld(app);
    await use(sync);
    await sync.close();
  },
  // eslint-disable-next-line no-empty-pattern
  fakes: async ({}, use) => {
    const fakes = await startFreshnessFakes();
    await use(fakes);
    await fakes.close();
  },
});

const strip = (page: Page): Locator => page.getByRole('status', { name: 'Data freshness' });
const item = (page: Page, name: string): Locator => strip(page).getByRole('listitem').filter({ hasText: name });
const toasts = (page: Page): Locator => page.getByRole('status', { name: 'Notifications' });
const nav = (page: Page, name: string): Promise<void> => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
/** Lets colour transitions finish after a theme switch, so the shot shows the theme and not a blend. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

async function rpc<T>(app: StartedApp, channel: Parameters<StartedApp['rpc']>[0], input: unknown = {}): Promise<T> {
  const r = await app.rpc<T>(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** Starts the browser host on a folder whose syncs ended `acmeAgo` and `globexAgo` before now. */
async function startAged(fakes: FreshnessFakes, plan: { acmeAgo: number; globexAgo: number; settings?: Partial<AppSettings> }): Promise<StartedApp> {
  return startApp({ prepare: (dir) => prepareOldSyncs(dir, fakes, plan) });
}

test.describe('Freshness strip', () => {
  test.describe.configure({ timeout: 120_000 });

  test('never synced, then "synced just now"; offline it says so and every page still shows the local data', async ({ page, context, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    await expect(item(page, 'Acme')).toHaveText('Acme hasn’t synced yet');
    await expect(item(page, 'Globex')).toHaveText('Globex hasn’t synced yet');
    await expect(strip(page)).toHaveClass(/freshness--warn/);
    await page.screenshot({ path: screenshotPath('freshness-never-light') });

    // The strip's Sync now syncs the stale instances over the tray's range (this month by default).
    await strip(page).getByRole('button', { name: 'Sync now' }).click();
    await expect(item(page, 'Acme')).toHaveText('Acme · synced just now', { timeout: 30_000 });
    await expect(item(page, 'Globex')).toHaveText('Globex · synced just now', { timeout: 30_000 });
    await expect(strip(page).getByRole('button')).toHaveCount(0);
    await expect(strip(page)).not.toHaveClass(/freshness--warn/);
    // The exact time is in the tooltip.
    await expect(item(page, 'Acme')).toHaveAttribute('title', /^Last successful sync: \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
    const runs = await rpc<SyncRunView[]>(app, 'sync.history');
    expect(runs.map((r) => [r.instanceName, r.status, r.from, r.to]).sort()).toEqual([
      ['Acme', 'ok', sync.thisMonth.from, sync.thisMonth.to],
      ['Globex', 'ok', sync.thisMonth.from, sync.thisMonth.to],
    ]);
    await page.screenshot({ path: screenshotPath('freshness-synced-light') });

    // The browser's own offline switch: the notice comes and goes with it.
    await context.setOffline(true);
    await expect(strip(page)).toContainText('Offline — you’re seeing your local data');
    await context.setOffline(false);
    await expect(strip(page)).not.toContainText('Offline');

    // No network, as on a computer with its Wi-Fi off: the Jira and Tempo sites are unreachable and
    // the page is told it is offline, while the loopback link to the app stays up. (Chromium's
    // offline emulation above would cut that link too, which no real outage does; in the desktop app
    // the page talks to main over IPC anyway.)
    for (const server of [sync.acmeJira, sync.globexJira, sync.tempo]) server.faults.inject({ kind: 'reset' }, { times: Infinity });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.overrideNetworkState', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(strip(page)).toContainText('Offline — you’re seeing your local data');
    await page.emulateMedia({ colorScheme: 'dark' });

    // Worklogs: this month's worklogs of both instances, from the local database.
    await nav(page, 'Worklogs');
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
    await expect(page.getByTestId('total-worklogs')).toHaveText(num(2 * sync.countIn(sync.thisMonth)));
    await settle(page);
    await page.screenshot({ path: screenshotPath('freshness-offline-dark') });

    // Timesheet: a row for everyone who logged time this month.
    await nav(page, 'Timesheet');
    const authors = new Set(sync.world.worklogs.filter((w) => localDate(w) >= sync.thisMonth.from && localDate(w) <= sync.thisMonth.to).map((w) => w.authorAccountId));
    await expect(page.getByRole('table', { name: /^Timesheet,/ }).locator('tbody tr')).toHaveCount(authors.size);
    await expect(strip(page)).toContainText('Offline — you’re seeing your local data');

    // A sync fails in plain words; the strip keeps the last success and says the last try failed.
    await nav(page, 'Sync');
    await page.getByRole('region', { name: 'Sync now' }).getByRole('button', { name: 'Sync now' }).click();
    await expect(toasts(page).filter({ hasText: 'failed for' })).toBeVisible({ timeout: 60_000 });
    await expect(item(page, 'Acme')).toHaveText('Acme · synced just now · last try failed');
    await expect(item(page, 'Acme')).toHaveAttribute('title', /Last try failed \(.+\): .+/);

    await cdp.send('Network.overrideNetworkState', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(strip(page)).not.toContainText('Offline');
  });

  test('old syncs warn with Sync now; the threshold is a setting; Sync now clears the warning', async ({ page, fakes }) => {
    const app = await startAged(fakes, { acmeAgo: 3 * HOUR, globexAgo: 3 * DAY });
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(app.url);
      // Default threshold 24 h: Globex (3 days) warns, Acme (3 hours) does not.
      await expect(item(page, 'Globex')).toHaveText('Globex hasn’t synced for 3 days');
      await expect(item(page, 'Globex')).toHaveAttribute('title', /^Last successful sync: /);
      // "3 h ago" the same day, "yesterday" if the three hours cross midnight.
      await expect(item(page, 'Acme')).toHaveText(/^Acme · synced (3 h ago|yesterday)$/);
      await expect(strip(page)).toHaveClass(/freshness--warn/);
      await expect(strip(page).getByRole('button', { name: 'Sync now' })).toBeVisible();
      await page.screenshot({ path: screenshotPath('freshness-stale-light') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await settle(page);
      await page.screenshot({ path: screenshotPath('freshness-stale-dark') });
      await page.emulateMedia({ colorScheme: 'light' });

      // The threshold: refused in plain words when out of range, then 2 hours makes Acme stale too.
      await nav(page, 'Sync');
      const section = page.getByRole('region', { name: 'Freshness and background sync' });
      const threshold = section.getByLabel('Warn when data is older than');
      await expect(threshold).toHaveValue('24');
      await threshold.fill('0');
      await section.getByRole('button', { name: 'Save' }).click();
      await expect(section.getByRole('alert')).toHaveText('Enter a whole number of hours from 1 to 720 (30 days).');
      await expect(threshold).toHaveAttribute('aria-invalid', 'true');
      expect((await rpc<AppSettings>(app, 'settings.get')).staleAfterHours).toBe(24);
      await threshold.fill('2');
      await threshold.press('Enter');
      await expect(toasts(page).filter({ hasText: 'warns when an instance hasn’t synced for 2 hours' })).toBeVisible();
      await expect(item(page, 'Acme')).toHaveText('Acme hasn’t synced for 3 hours');
      expect((await rpc<AppSettings>(app, 'settings.get')).staleAfterHours).toBe(2);
      await toasts(page).getByRole('button', { name: 'Dismiss' }).first().click();
      await section.screenshot({ path: screenshotPath('freshness-settings-light') });

      // Sync now: both come back fresh, the warning goes.
      await strip(page).getByRole('button', { name: 'Sync now' }).click();
      await expect(item(page, 'Acme')).toHaveText('Acme · synced just now', { timeout: 30_000 });
      await expect(item(page, 'Globex')).toHaveText('Globex · synced just now', { timeout: 30_000 });
      await expect(strip(page)).not.toHaveClass(/freshness--warn/);
      await expect(strip(page).getByRole('button')).toHaveCount(0);

      // Background sync: off by default, saved when chosen.
      const background = section.getByLabel('Background sync');
      await expect(background).toHaveValue('0');
      await background.selectOption({ label: 'Every hour' });
      await expect(toasts(page).filter({ hasText: 'Background sync: every hour while Worklog Desk is open.' })).toBeVisible();
      expect((await rpc<AppSettings>(app, 'settings.get')).backgroundSyncHours).toBe(1);
    } finally {
      await app.close();
    }
  });

  test('background sync in the browser host: overdue when it starts, so it syncs on its own', async ({ page, fakes }) => {
    // Every 2 hours, and the last sync ended 3 hours ago: due already.
    const app = await startAged(fakes, { acmeAgo: 3 * HOUR, globexAgo: 3 * HOUR, settings: { backgroundSyncHours: 2 } });
    try {
      await page.goto(app.url);
      await expect(item(page, 'Acme')).toHaveText('Acme · synced just now', { timeout: 30_000 });
      await expect(item(page, 'Globex')).toHaveText('Globex · synced just now', { timeout: 30_000 });
      const runs = await rpc<SyncRunView[]>(app, 'sync.history');
      // Two preparing runs, then one background run covering both instances over the tray's range.
      const latest = runs.filter((r) => r.runId === runs[0]?.runId);
      expect(latest.map((r) => [r.instanceName, r.status, r.from, r.to]).sort()).toEqual([
        ['Acme', 'ok', fakes.thisMonth.from, fakes.thisMonth.to],
        ['Globex', 'ok', fakes.thisMonth.from, fakes.thisMonth.to],
      ]);
      expect(runs).toHaveLength(4);
      expect(app.logText()).toContain('background sync started');
    } finally {
      await app.close();
    }
  });
});
