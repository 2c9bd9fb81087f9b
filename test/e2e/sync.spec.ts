import type { Locator, Page } from '@playwright/test';
import type { AppSettings } from '../../shared/domain/settings.js';
import type { SyncRunView } from '../../shared/domain/sync.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath, screenshotWholePage, test as base } from './helpers/start-app.js';
import type { SyncWorld } from './helpers/sync-world.js';
import { startSyncWorld } from './helpers/sync-world.js';
import { issueOps } from '../fakes/jira/jira-issue-mutations.js';
import { localDate } from '../fakes/world.js';

const test = base.extend<{ sync: SyncWorld }>({
  sync: async ({ app }, use) => {
    const sync = await startSyncWorld(app);
    await use(sync);
    await sync.close();
  },
});

/** What the page shows for a range (en-GB, as playwright.config.ts sets): "1 – 30 Nov 2026". */
function rangeWords(range: { from: string; to: string }): string {
  const d = (iso: string): Date => new Date(`${iso}T00:00:00`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(d(range.from), d(range.to)).replace(/\s*–\s*/u, ' – ');
}

const count = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

async function openSync(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sync now' })).toBeVisible();
}

const progressItem = (page: Page, name: string): Locator => page.getByRole('list', { name: 'Sync progress' }).getByRole('listitem', { name });
const historyTable = (page: Page): Locator => page.getByRole('table', { name: 'Sync history' });
/** The main row of an instance in the history (not the error line under it). */
const historyRow = (page: Page, name: string): Locator => historyTable(page).locator('tr.history__row').filter({ has: page.locator('td.history__instance', { hasText: name }) });
const COLUMN = { started: 0, instance: 1, source: 2, range: 3, status: 4, fetched: 5, inserted: 6, updated: 7, deleted: 8, issuesRefreshed: 9, requests: 10, duration: 11 } as const;
const cell = (row: Locator, column: keyof typeof COLUMN): Locator => row.locator('td').nth(COLUMN[column]);

/** At 1280×800 the history table fits its card: no sideways scrolling to reach a column. */
async function expectTableFits(page: Page): Promise<void> {
  const box = page.locator('.history');
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
}

async function history(app: StartedApp): Promise<SyncRunView[]> {
  const r = await app.rpc<SyncRunView[]>('sync.history', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test.describe('Sync page', () => {
  test('without instances it says what to do and leads to Settings', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Nothing to sync yet' })).toBeVisible();
    await expect(page.getByText('Add a Jira instance in Settings first')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sync now' })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('sync-empty-dark') });
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('Sync now (this month) shows live progress per instance, then the history', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openSync(page, app);
    const card = page.getByRole('region', { name: 'Sync now' });

    // The choices: This month by default, both instances chosen, each with its source.
    const range = card.getByRole('radiogroup', { name: 'Range' });
    await expect(range.getByRole('radio', { name: 'This month' })).toBeChecked();
    await expect(card.getByTestId('sync-range-words')).toContainText(rangeWords(sync.thisMonth));
    const acme = card.getByRole('checkbox', { name: /Acme/ });
    const globex = card.getByRole('checkbox', { name: /Globex/ });
    await expect(acme).toBeChecked();
    await expect(globex).toBeChecked();
    await expect(card.locator('label', { has: page.getByRole('checkbox', { name: /Acme/ }) })).toContainText('Tempo');
    await expect(card.locator('label', { has: page.getByRole('checkbox', { name: /Globex/ }) })).toContainText('Jira');
    await expect(card.getByRole('checkbox', { name: /Full refresh/ })).not.toBeChecked();
    await expect(card.getByText('reads everything again and refreshes issue names and epics', { exact: false })).toBeVisible();
    await expect(page.getByText('No syncs yet')).toBeVisible();

    // Slow fakes: every request waits, so the progress is there to be seen.
    sync.slowDown(80);
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(card.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await expect(card.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(page.getByRole('progressbar').first()).toBeVisible();
    await expect(progressItem(page, 'Acme')).toBeVisible();
    await expect(progressItem(page, 'Globex')).toBeVisible();
    // Worklog counts climb while it runs.
    await expect(progressItem(page, 'Acme')).toContainText(/[1-9][\d,]* worklogs/);
    await expect(progressItem(page, 'Acme')).toContainText(/Reading worklogs…|Fetching issue details…|Fetching names…|Cleaning up…/);
    await expect(card.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(cell(historyRow(page, 'Acme'), 'status')).toHaveText('Running');
    await page.screenshot({ path: screenshotPath('sync-running') });
    await screenshotWholePage(page, 'sync-running-page');
    await expectTableFits(page);

    // Finished: a toast, the progress rows say done, the button is back.
    const toast = page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'Synced' });
    await expect(toast).toContainText(rangeWords(sync.thisMonth), { timeout: 30_000 });
    await expect(card.getByRole('button', { name: 'Sync now' })).toBeEnabled();
    await expect(card.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    const expected = sync.countIn(sync.thisMonth);
    await expect(progressItem(page, 'Acme')).toContainText('Done');
    await expect(progressItem(page, 'Globex')).toContainText('Done');
    await expect(progressItem(page, 'Acme')).toContainText(`${count(expected)} worklogs`);
    await expect(progressItem(page, 'Acme').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

    // History: one row per instance, ok, with numbers from the run.
    for (const name of ['Acme', 'Globex']) {
      const row = historyRow(page, name);
      await expect(row).toHaveCount(1);
      await expect(cell(row, 'status')).toHaveText('OK');
      await expect(cell(row, 'started')).toContainText(/^Today \d\d:\d\d$/);
      await expect(cell(row, 'range')).toHaveText(rangeWords(sync.thisMonth));
      await expect(cell(row, 'inserted')).toHaveText(count(expected));
      expect(Number((await cell(row, 'fetched').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      expect(Number((await cell(row, 'requests').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      await expect(cell(row, 'fetched')).toHaveCSS('text-align', 'right');
    }
    await expect(cell(historyRow(page, 'Acme'), 'source')).toHaveText('Tempo');
    await expect(cell(historyRow(page, 'Globex'), 'source')).toHaveText('Jira');
    const runs = await history(app);
    expect(runs.map((r) => [r.instanceName, r.status, r.counts.inserted]).sort()).toEqual([
      ['Acme', 'ok', expected],
      ['Globex', 'ok', expected],
    ]);
    await expectTableFits(page);
    await screenshotWholePage(page, 'sync-done');
  });

  test('a re-sync after issues were renamed says how many issues it refreshed, in the toast and the history', async ({ page, app, sync }) => {
    await openSync(page, app);
    const card = page.getByRole('region', { name: 'Sync now' });
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'Synced' })).toContainText(rangeWords(sync.thisMonth), { timeout: 30_000 });
    await expect(card.getByRole('button', { name: 'Sync now' })).toBeEnabled();
    for (const name of ['Acme', 'Globex']) await expect(cell(historyRow(page, name), 'issuesRefreshed')).toHaveText('0');

    // In Jira, three issues with worklogs this month are renamed (both sites serve the same world).
    const inMonth = new Set(sync.world.worklogs.filter((w) => localDate(w) >= sync.thisMonth.from && localDate(w) <= sync.thisMonth.to).map((w) => w.issueId));
    const renamed = sync.world.issues.filter((i) => inMonth.has(i.id)).slice(0, 3);
    expect(renamed).toHaveLength(3);
    const ops = issueOps(sync.world);
    for (const i of renamed) ops.rename(i.id, `${i.summary} — renamed in Jira ✓`);

    await card.getByRole('button', { name: 'Sync now' }).click();
    // Not a full refresh: the plain re-sync reads the three issues again on each instance.
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: '6 issues refreshed' })).toBeVisible({ timeout: 30_000 });
    const all = await history(app);
    const latest = all.filter((r) => r.runId === all[0]?.runId);
    expect(latest.map((r) => [r.instanceName, r.status, r.issuesRefreshed]).sort()).toEqual([
      ['Acme', 'ok', 3],
      ['Globex', 'ok', 3],
    ]);
    // Newest first: each instance's latest row says 3.
    for (const name of ['Acme', 'Globex']) await expect(cell(historyRow(page, name).first(), 'issuesRefreshed')).toHaveText('3');
    await expect(historyTable(page).getByRole('columnheader', { name: 'Issues refreshed' })).toBeVisible();
    await expectTableFits(page);
  });

  test('a failing instance shows its error in plain words; the other one still syncs', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    // Globex's Jira stops accepting the token for searches; Acme's Jira and Tempo are untouched.
    sync.globexJira.faults.inject({ kind: 'status', status: 401 }, { times: Infinity, match: /search\/jql/ });
    await openSync(page, app);
    await page.getByRole('region', { name: 'Sync now' }).getByRole('button', { name: 'Sync now' }).click();

    const failed = progressItem(page, 'Globex');
    await expect(failed).toContainText('Failed', { timeout: 30_000 });
    await expect(failed).toContainText("Jira rejected the API token for 'Globex' (401)");
    await expect(failed).toContainText('replace it in Settings');
    await expect(progressItem(page, 'Acme')).toContainText('Done', { timeout: 30_000 });
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'failed for Globex' })).toBeVisible();

    await expect(cell(historyRow(page, 'Globex'), 'status')).toHaveText('Failed');
    await expect(cell(historyRow(page, 'Acme'), 'status')).toHaveText('OK');
    const detail = historyTable(page).locator('tr.history__detail');
    await expect(detail).toHaveCount(1);
    await expect(detail).toContainText("Jira rejected the API token for 'Globex' (401)");
    // Selectable, so it can be copied by hand (no clipboard permission is asked for).
    await expect(detail.locator('.history__message')).toHaveCSS('user-select', 'text');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectTableFits(page);
    await screenshotWholePage(page, 'sync-failed-dark');
  });

  test('Cancel stops a slow sync; the history says cancelled; deleting is refused while it runs', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    sync.slowDown(400);
    await openSync(page, app);
    const card = page.getByRole('region', { name: 'Sync now' });

    // Ctrl+Enter on the page starts it.
    await page.locator('body').click({ position: { x: 600, y: 20 } });
    await page.keyboard.press('Control+Enter');
    await expect(card.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await expect(page.getByRole('progressbar').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).locator('.nav-link__activity')).toBeVisible();

    // A reload mid-sync asks main (sync.status) and shows the running sync again.
    await expect(progressItem(page, 'Acme')).toContainText(/Reading worklogs…|Fetching issue details…|Fetching names…/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
    await expect(progressItem(page, 'Acme')).toBeVisible();
    await expect(progressItem(page, 'Globex')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await expect(page.getByRole('progressbar').first()).toBeVisible();

    // Main refuses to clear the cache under a running sync, and the dialog says so plainly.
    await page.getByRole('button', { name: 'Clear cache…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Clear the local cache?' });
    await confirm.getByRole('button', { name: 'Clear cache' }).click();
    await expect(confirm.getByRole('alert')).toContainText('A sync is running: cancel it or wait before clearing the cache.');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();

    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'Sync cancelled' })).toBeVisible({ timeout: 15_000 });
    await expect(progressItem(page, 'Acme')).toContainText('Cancelled');
    await expect(progressItem(page, 'Globex')).toContainText('Cancelled');
    await expect(progressItem(page, 'Acme')).toContainText('The worklogs stored before this sync are unchanged.');
    for (const name of ['Acme', 'Globex']) await expect(cell(historyRow(page, name), 'status')).toHaveText('Cancelled');
    await expect(card.getByRole('button', { name: 'Sync now' })).toBeEnabled();
    await expect(page.getByRole('navigation', { name: 'Main' }).locator('.nav-link__activity')).toHaveCount(0);
    expect((await history(app)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    await expectTableFits(page);
    await screenshotWholePage(page, 'sync-cancelled');
  });

  test('Delete a range and Clear cache ask first, then report how many worklogs went', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openSync(page, app);
    const expected = sync.countIn(sync.thisMonth);
    await page.getByRole('region', { name: 'Sync now' }).getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'Synced' })).toBeVisible({ timeout: 30_000 });

    // Delete this month of Acme only.
    const danger = page.getByRole('region', { name: 'Danger zone' });
    const form = danger.getByRole('group', { name: 'Worklogs to delete' });
    await form.getByLabel('From', { exact: true }).fill(sync.thisMonth.from);
    await form.getByLabel('To', { exact: true }).fill(sync.thisMonth.to);
    await form.getByLabel('Instance', { exact: true }).selectOption({ label: 'Acme' });
    await form.getByRole('button', { name: 'Delete worklogs…' }).click();
    const confirmRange = page.getByRole('alertdialog', { name: 'Delete these worklogs?' });
    await expect(confirmRange).toContainText(`Deletes the stored worklogs of “Acme” dated ${rangeWords(sync.thisMonth)}`);
    await expect(confirmRange).toContainText('Nothing changes in Jira or Tempo');
    await expect(confirmRange.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: screenshotPath('sync-delete-range-confirm'), animations: 'disabled' });
    await confirmRange.getByRole('button', { name: 'Delete worklogs' }).click();
    await expect(confirmRange).toBeHidden();
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: `Deleted ${count(expected)} worklogs of “Acme”` })).toBeVisible();

    // A range with From after To is stopped before anything is asked.
    await form.getByLabel('From', { exact: true }).fill(sync.thisMonth.to);
    await form.getByLabel('To', { exact: true }).fill(sync.thisMonth.from);
    await form.getByRole('button', { name: 'Delete worklogs…' }).click();
    await expect(form.getByText('The end date must not be before the start date.')).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    // Clear cache: what is left is Globex's month.
    await danger.getByRole('button', { name: 'Clear cache…' }).click();
    const confirmCache = page.getByRole('alertdialog', { name: 'Clear the local cache?' });
    await expect(confirmCache).toContainText('Your instances, settings and sync history stay. Nothing changes in Jira or Tempo');
    await expect(confirmCache.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: screenshotPath('sync-clear-cache-confirm'), animations: 'disabled' });
    await confirmCache.getByRole('button', { name: 'Clear cache' }).click();
    await expect(confirmCache).toBeHidden();
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: `Cache cleared — ${count(expected)} worklogs removed` })).toBeVisible();
    // The history is kept.
    expect(await history(app)).toHaveLength(2);
    await expect(historyTable(page).locator('tr.history__row')).toHaveCount(2);
  });

  test('the tray’s default range is saved and survives a reload; a bad custom range is explained', async ({ page, app, sync }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openSync(page, app);
    const select = page.getByLabel('Default range for the tray’s Sync now');
    await expect(select).toHaveValue('this-month');
    await select.selectOption({ label: 'Last month' });
    await expect(page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'The tray’s Sync now will sync last month.' })).toBeVisible();
    await expect(page.getByText(`Right now that is ${rangeWords(sync.lastMonth)}.`)).toBeVisible();
    const saved = await app.rpc<AppSettings>('settings.get');
    expect(saved.ok && saved.value.syncDefaultPreset).toBe('last-month');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
    await expect(page.getByLabel('Default range for the tray’s Sync now')).toHaveValue('last-month');

    // Custom range: starts from what was shown, and From after To is refused next to the field.
    const card = page.getByRole('region', { name: 'Sync now' });
    await card.getByRole('radiogroup', { name: 'Range' }).getByRole('radio', { name: 'Custom' }).check();
    const start = card.getByLabel('Start date', { exact: true });
    const end = card.getByLabel('End date', { exact: true });
    await expect(start).not.toHaveValue('');
    await start.fill('2026-11-20');
    await end.fill('2026-11-10');
    await expect(card.getByText('The end date must not be before the start date.')).toBeVisible();
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await card.getByRole('button', { name: 'Sync now' }).click();
    await expect(end).toBeFocused();
    expect(await history(app)).toEqual([]);
    await end.fill('2026-11-30');
    await expect(card.getByTestId('sync-range-words')).toContainText('20 – 30 Nov 2026');
    await expect(card.getByText('The end date must not be before the start date.')).toHaveCount(0);
    await screenshotWholePage(page, 'sync-custom-range');
  });
});
