import type { Locator, Page } from '@playwright/test';
import type { FactorialConfigView, PersonHours } from '../../shared/domain/leaves.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath, screenshotWholePage, test as base } from './helpers/start-app.js';
import type { LeavesPlan, LeavesWorld } from './helpers/leaves-world.js';
import { LEAVES_FACTORIAL_KEY, LEAVES_WRONG_KEY, addDays, startLeavesWorld } from './helpers/leaves-world.js';

const test = base.extend<{ lw: LeavesWorld }>({
  lw: async ({ app }, use) => {
    const lw = await startLeavesWorld(app);
    await use(lw);
    await lw.close();
  },
});

const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
const calendar = (page: Page): Locator => page.getByRole('table', { name: 'Leaves calendar' });
const calCell = (page: Page, accountId: string, date: string): Locator => calendar(page).locator(`tbody tr[data-account-id="${accountId}"] td[data-date="${date}"]`);

async function openLeaves(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaves', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leaves' })).toBeVisible();
}

test.describe('Leaves page', () => {
  test('connect Factorial, map people, sync, calendar, list, holidays and expected hours', async ({ page, app, lw }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await openLeaves(page, app);

    await test.step('a wrong key is refused in plain words and nothing is saved', async () => {
      await expect(page.getByRole('heading', { name: 'Connect Factorial' })).toBeVisible();
      await page.screenshot({ path: screenshotPath('leaves-setup-light') });
      await page.getByRole('textbox', { name: 'Factorial API key' }).fill(LEAVES_WRONG_KEY);
      await page.getByLabel('Base URL').fill(lw.factorial.url);
      await page.getByRole('button', { name: 'Connect' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Not connected — nothing was saved');
      await expect(alert).not.toContainText(LEAVES_WRONG_KEY);
      const cfg = await lw.rpc<FactorialConfigView>('factorial.getConfig');
      expect(cfg.apiKeySaved).toBe(false);
      await page.screenshot({ path: screenshotPath('leaves-setup-error-light') });
    });

    await test.step('the right key connects; the key is never shown', async () => {
      await page.getByRole('textbox', { name: 'Factorial API key' }).fill(LEAVES_FACTORIAL_KEY);
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByTestId('factorial-status')).toContainText(`Connected · ${new URL(lw.factorial.url).host}`);
      await expect(page.getByTestId('factorial-status')).toContainText('key saved');
      expect((await lw.rpc<FactorialConfigView>('factorial.getConfig')).apiKeySaved).toBe(true);
      await expect(page.locator('body')).not.toContainText(LEAVES_FACTORIAL_KEY);
      await expect(page.getByRole('button', { name: 'Replace key' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Test' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Disconnect' })).toBeVisible();
    });

    const people = page.getByRole('list', { name: 'People and their Factorial employees' });
    const person = (accountId: string): Locator => people.locator(`li[data-account-id="${accountId}"]`);

    await test.step('map automatically by email, then the one without an email by hand', async () => {
      const before = await page.getByTestId('unmapped-count').innerText();
      await page.getByRole('button', { name: 'Map automatically by email' }).click();
      await expect(page.locator('.toast').filter({ hasText: 'Mapped' })).toContainText('Mapped 2 people by email');
      await expect(person(lw.upper.accountId)).toContainText('#1001 · by email');
      await expect(person(lw.exact.accountId)).toContainText('#1005 · by email');
      await expect(person(lw.exact.accountId)).toContainText(lw.exact.displayName);
      await expect(person(lw.hidden.accountId)).toContainText('unmapped');
      const after = await page.getByTestId('unmapped-count').innerText();
      expect(Number.parseInt(after, 10)).toBe(Number.parseInt(before, 10) - 2);

      await person(lw.hidden.accountId).getByRole('button', { name: `Map ${lw.hidden.displayName}` }).click();
      // A combobox over Factorial's employees: all three are offered, typing part of an email
      // (any letter case) narrows them, Enter picks the highlighted one.
      const picker = page.getByRole('combobox', { name: `Factorial employee for ${lw.hidden.displayName}` });
      const options = person(lw.hidden.accountId).getByRole('option');
      await expect(options).toHaveCount(3);
      await expect(options.filter({ hasText: '#1001' })).toContainText('mapped to someone already');
      await picker.fill('PRIVATE.inbox');
      await expect(options).toHaveCount(1);
      await expect(options.first()).toContainText(`#${lw.handEmployeeId}`);
      await page.screenshot({ path: 'test-results/screenshots/leaves-employee-picker.png' });
      await picker.press('Enter');
      await expect(person(lw.hidden.accountId)).toContainText(`#${lw.handEmployeeId} · by hand`);
      expect(Number.parseInt(await page.getByTestId('unmapped-count').innerText(), 10)).toBe(Number.parseInt(before, 10) - 3);
    });

    await test.step('sync leaves: toast, coloured cells, half day and pending marked', async () => {
      // The header's button (the next steps at the top offer the same action).
      await page.locator('.page-header').getByRole('button', { name: 'Sync leaves' }).click();
      await expect(page.locator('.toast').filter({ hasText: 'synced' })).toContainText('4 fetched · 4 new · 0 changed · 0 removed');
      for (const l of lw.leaves) {
        for (let d = l.from; d <= l.to; d = addDays(d, 1)) {
          const mark = calCell(page, l.who.accountId, d).locator(`[data-leave-id="${l.id}"]`);
          await expect(mark).toHaveCount(1);
          await expect(mark).toHaveAttribute('data-type', l.type);
          await expect(mark).toHaveClass(l.halfDay ? /lv-leave--morning/ : /^(?!.*lv-leave--morning)/);
          await expect(mark).toHaveClass(l.approved ? /^(?!.*lv-leave--pending)/ : /lv-leave--pending/);
          await expect(mark).toContainText(l.approved ? l.type : `${l.type} — pending`);
        }
      }
      // The same type has the same colour; different types differ.
      const bg = (l: LeavesPlan): Promise<string> =>
        calCell(page, l.who.accountId, l.from)
          .locator(`[data-leave-id="${l.id}"]`)
          .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [vac1, vac2, sick] = lw.leaves as [LeavesPlan, LeavesPlan, LeavesPlan, LeavesPlan];
      expect(await bg(vac1)).toBe(await bg(vac2));
      expect(await bg(vac1)).not.toBe(await bg(sick));
      const legend = page.getByRole('list', { name: 'Legend' });
      for (const t of ['Vacation', 'Sick leave', 'Personal day', 'Half day', 'Pending approval']) await expect(legend).toContainText(t);
    });

    await test.step('add a holiday and see it on the calendar', async () => {
      await page.getByLabel('Date', { exact: true }).fill(lw.holidayDate);
      await page.getByLabel('Name', { exact: true }).fill('Fiesta de Prueba 🎉');
      await page.getByRole('button', { name: 'Add holiday' }).click();
      await expect(page.getByRole('list', { name: /^Holidays / }).locator(`li[data-date="${lw.holidayDate}"]`)).toContainText('Fiesta de Prueba 🎉');
      const head = calendar(page).locator(`thead th[data-date="${lw.holidayDate}"]`);
      await expect(head).toHaveClass(/is-holiday/);
      await expect(head).toHaveAttribute('title', /Fiesta de Prueba 🎉/);
      await expect(calCell(page, lw.upper.accountId, lw.holidayDate)).toHaveClass(/is-holiday/);
    });

    await test.step('the expected-hours table shows leave hours', async () => {
      const report = await lw.rpc<PersonHours[]>('hours.report', lw.thisMonth);
      const upper = report.find((p) => p.accountId === lw.upper.accountId) as PersonHours;
      // This month is still running: only its elapsed days count (up to yesterday, the default),
      // so the leave hours depend on today.
      const now = new Date();
      const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
      const through = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
      const weekdaysThrough = (l: LeavesPlan): number => {
        let n = 0;
        for (let d = l.from; d <= l.to; d = addDays(d, 1)) {
          const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
          if (dow !== 0 && dow !== 6 && d <= through) n++;
        }
        return n;
      };
      const upperLeaves = lw.leaves.filter((l) => l.who.accountId === lw.upper.accountId);
      const upperLeave = upperLeaves.reduce((n, l) => n + weekdaysThrough(l), 0) * 8 * 3600;
      expect(upper.leaveSeconds).toBe(upperLeave);
      const table = page.getByRole('table', { name: 'Expected hours' });
      for (const p of report) {
        const row = table.locator(`tr[data-account-id="${p.accountId}"]`);
        await expect(row.locator('[data-col="expected"]')).toHaveText(hours(p.expectedSeconds));
        await expect(row.locator('[data-col="logged"]')).toHaveText(hours(p.loggedSeconds));
        await expect(row.locator('[data-col="leave"]')).toHaveText(p.leaveSeconds > 0 ? hours(p.leaveSeconds) : '—');
      }
      await expect(table.locator(`tr[data-account-id="${lw.upper.accountId}"] [data-col="leave"]`)).toHaveText(upperLeave > 0 ? hours(upperLeave) : '—');
      // The morning half day of the part with an emoji name: 4 h, once its day has passed.
      const half = lw.leaves.find((l) => l.who.accountId === lw.exact.accountId) as LeavesPlan;
      await expect(table.locator(`tr[data-account-id="${lw.exact.accountId}"] [data-col="leave"]`)).toHaveText(weekdaysThrough(half) > 0 ? '4 h' : '—');
      await expect(table.locator(`tr[data-account-id="${lw.exact.accountId}"]`)).toContainText(lw.exact.displayName);
      await page.waitForTimeout(5000); // let the toasts fade before the shots
      await screenshotWholePage(page, 'leaves-calendar-light');
    });

    await test.step('the list view lists every leave', async () => {
      await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'List' }).check();
      const list = page.getByRole('table', { name: 'Leaves list' });
      await expect(list.locator('tbody tr')).toHaveCount(lw.leaves.length);
      for (const l of lw.leaves) {
        const row = list.locator(`tr[data-leave-id="${l.id}"]`);
        await expect(row).toContainText(l.who.displayName);
        await expect(row).toContainText(l.type);
        await expect(row).toContainText(l.halfDay === 'morning' ? 'Morning' : '—');
        await expect(row).toContainText(l.approved ? 'Approved' : 'Pending');
      }
      await page.screenshot({ path: screenshotPath('leaves-list-light') });
    });

    await test.step('dark theme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: screenshotPath('leaves-list-dark') });
      await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Calendar' }).check();
      await expect(calendar(page)).toBeVisible();
      await screenshotWholePage(page, 'leaves-calendar-dark');
    });
  });
});
