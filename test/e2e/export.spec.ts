import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import os from 'node:os';
import type { Download, Page } from '@playwright/test';
import type { ExplorerFilter, ExplorerResult } from '../../shared/domain/explorer.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath } from './helpers/start-app.js';
import { worklogsTest as test } from './helpers/worklogs-world.js';

/** As the page writes them in en-GB (playwright.config.ts): "1,234.5 h", "612". */
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

async function query(app: StartedApp, filter: ExplorerFilter, groupBy = 'person'): Promise<ExplorerResult> {
  const r = await app.rpc<ExplorerResult>('explorer.query', { ...filter, groupBy });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function expectTotals(page: Page, totals: ExplorerResult['totals']): Promise<void> {
  await expect(page.getByTestId('total-hours')).toHaveText(hours(totals.seconds));
  await expect(page.getByTestId('total-worklogs')).toHaveText(num(totals.count));
  await expect(page.locator('.wl-totals')).not.toHaveAttribute('aria-busy', 'true');
}

/**
 * The browser host hands the file to the browser as a download (Content-Disposition: attachment):
 * the download's name is the export's, the toast says so, and the file is read back from where
 * the browser saved it. Nothing is written into the data folder.
 */
async function downloadedFile(page: Page, app: StartedApp, download: Promise<Download>, fileName: string, count: number): Promise<string> {
  const d = await download;
  expect(d.suggestedFilename()).toBe(fileName);
  expect(new URL(d.url()).pathname).toMatch(/^\/download\/[A-Za-z0-9_-]{32}$/);
  const toast = page.locator('.toast--success').filter({ hasText: fileName });
  await expect(toast).toContainText(`Exported ${num(count)} worklogs to ${fileName}`);
  await expect(toast.locator('.toast__detail')).toHaveText('Your browser saves it with your other downloads.');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-desk-e2e-dl-')), fileName);
  await d.saveAs(file);
  expect(fs.existsSync(path.join(app.dataDir, 'exports'))).toBe(false);
  // Once only: the same link a second time finds nothing.
  const again = await fetch(d.url());
  expect(again.status).toBe(404);
  return file;
}

const cells = (row: ExcelJS.Row, width: number): unknown[] => Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? '');

test.describe('Export of the Worklogs view', () => {
  test('grouped by epic on one instance: Excel and CSV files hold what the page shows', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();

    // Last month, Acme only, grouped by epic.
    await page.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' }).click();
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Instance/ }).click();
    await page.getByRole('dialog', { name: 'Filter by instance' }).getByRole('checkbox', { name: 'Acme' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('radiogroup', { name: 'Group by' }).getByRole('radio', { name: 'Epic' }).click();
    const filter: ExplorerFilter = { ...wl.lastMonth, instanceIds: [wl.acme.id] };
    const expected = await query(app, filter, 'epic');
    expect(expected.totals.count).toBeGreaterThan(100);
    await expectTotals(page, expected.totals);
    const groupList = page.getByRole('list', { name: 'Groups' });
    await expect(groupList.getByRole('listitem')).toHaveCount(expected.groups.length);

    // What the page shows: the group order and each group's hours and worklog count.
    const shownGroups = await groupList.getByRole('listitem').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.wl-group__label')?.textContent ?? '',
        seconds: Number((li.querySelector('.wl-group__hours') as HTMLElement).dataset.seconds),
        worklogs: li.querySelector('.wl-group__stat')?.textContent ?? '',
      })),
    );

    // Export → Excel.
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await expect(button).toBeEnabled();
    await button.click();
    const menu = page.getByRole('menu', { name: 'Export format' });
    await expect(menu.getByRole('menuitem')).toHaveText([/Excel \(\.xlsx\)/, /CSV/]);
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.screenshot({ path: screenshotPath('worklogs-export-menu-light') });
    const xlsxDownload = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: /Excel/ }).click();
    const xlsxName = `worklogs-${wl.lastMonth.from}-to-${wl.lastMonth.to}-by-epic.xlsx`;
    const xlsx = await downloadedFile(page, app, xlsxDownload, xlsxName, expected.totals.count);
    await expect(button).toHaveText('Export');
    await page.screenshot({ path: screenshotPath('worklogs-export-toast-light') });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Worklogs', 'About']);
    // Summary: the page's groups, in the page's order, with its hours and counts; then the totals.
    const summary = book.getWorksheet('Summary') as ExcelJS.Worksheet;
    const summaryRows = summary.getRows(2, expected.groups.length)?.map((r) => cells(r, 6)) ?? [];
    expect(summaryRows.map((r) => r[0])).toEqual(shownGroups.map((g) => g.title));
    expect(summaryRows.map((r) => Math.round((r[3] as number) * 3600))).toEqual(shownGroups.map((g) => g.seconds));
    expect(summaryRows.map((r) => `${num(r[4] as number)} ${r[4] === 1 ? 'worklog' : 'worklogs'}`)).toEqual(shownGroups.map((g) => g.worklogs));
    expect(cells(summary.getRow(expected.groups.length + 2), 6)).toEqual(['Total', '', '', expected.totals.seconds / 3600, expected.totals.count, expected.totals.people]);
    // Worklogs: one row per worklog the page counts, the visible columns (Instance is hidden by default), hours adding up to the total.
    const sheet = book.getWorksheet('Worklogs') as ExcelJS.Worksheet;
    expect(cells(sheet.getRow(1), 9)).toEqual(['Group', 'Date', 'Issue', 'Summary', 'Epic', 'Project', 'Author', 'Hours', 'Comment']);
    expect(sheet.rowCount - 1).toBe(expected.totals.count);
    const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
    expect(Math.round(rows.reduce((s, r) => s + (r.getCell(8).value as number), 0) * 3600)).toBe(expected.totals.seconds);
    expect(rows.every((r) => r.getCell(2).value instanceof Date)).toBe(true);
    // Rows come group after group, in the page's order.
    const order = [...new Set(rows.map((r) => r.getCell(1).value as string))];
    expect(order).toEqual(expected.groups.map((g) => (g.key === null ? 'No epic' : `${g.key} · ${g.label}`)));
    expect(rows.map((r) => r.getCell(7).value as string).some((name) => /[^\u0020-\u007e]/.test(name))).toBe(true);

    // Ctrl+E opens the menu from the keyboard; ArrowDown, Enter → CSV.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+e');
    await expect(menu).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /CSV/ })).toBeFocused();
    const csvDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const csvName = `worklogs-${wl.lastMonth.from}-to-${wl.lastMonth.to}-by-epic.csv`;
    const csv = await downloadedFile(page, app, csvDownload, csvName, expected.totals.count);
    const bytes = fs.readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvBook = new ExcelJS.Workbook();
    const csvSheet = await csvBook.csv.readFile(csv, { map: (v: unknown) => v } as never);
    expect(cells(csvSheet.getRow(1), 9)).toEqual(['Group', 'Date', 'Issue', 'Summary', 'Epic', 'Project', 'Author', 'Hours', 'Comment']);
    expect(csvSheet.rowCount - 1).toBe(expected.totals.count);
    const csvHours = (csvSheet.getRows(2, csvSheet.rowCount - 1) ?? []).reduce((s, r) => s + Number(r.getCell(8).value), 0);
    expect(Math.abs(csvHours - expected.totals.seconds / 3600)).toBeLessThan(0.01);
  });

  test('nothing to export: the button says why, Ctrl+E too; dark theme', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(app.url);
    await expectTotals(page, (await query(app, wl.thisMonth)).totals);
    await page.getByRole('searchbox', { name: 'Search worklogs' }).fill('no worklog says this');
    await expect(page.getByTestId('total-worklogs')).toHaveText('0');
    const button = page.getByRole('button', { name: 'Export', exact: true });
    await expect(button).toBeDisabled();
    await expect(page.locator('.wl-export__anchor')).toHaveAttribute('title', 'Nothing to export: no worklog matches these filters.');
    await page.getByRole('searchbox', { name: 'Search worklogs' }).blur();
    await page.keyboard.press('Control+e');
    await expect(page.locator('.toast--info')).toContainText('Nothing to export');
    await expect(page.getByRole('menu')).toHaveCount(0);

    await page.locator('.wl-empty').getByRole('button', { name: 'Clear filters' }).click();
    await expect(button).toBeEnabled();
    await button.click();
    await expect(page.getByRole('menu', { name: 'Export format' })).toBeVisible();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('worklogs-export-menu-dark') });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
    // The shortcut is listed with the others.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('region', { name: 'Worklogs page' })).toContainText('Export the current view');
  });
});
