import type { Page } from '@playwright/test';
import type { FactorialConfigView, PersonMapping } from '../../shared/domain/leaves.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import type { LeavesWorld } from './helpers/leaves-world.js';
import { LEAVES_FACTORIAL_KEY, LEAVES_WRONG_KEY, startLeavesWorld } from './helpers/leaves-world.js';

const test = base.extend<{ lw: LeavesWorld }>({
  lw: async ({ app }, use) => {
    const lw = await startLeavesWorld(app);
    await use(lw);
    await lw.close();
  },
});

const go = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

test('Factorial: directions lead to Leaves; a wrong first key is "refused"; then the page walks through map → sync → calendar and names the unmapped', async ({ page, app, lw }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);

  // The Timesheet without leaves points to the Leaves page, not to Settings.
  await go(page, 'Timesheet');
  const note = page.getByTestId('no-leaves-note');
  await expect(note).toContainText('Connect Factorial on the Leaves page');
  await expect(note).not.toContainText('Settings');
  await note.getByRole('button', { name: 'Open Leaves' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leaves' })).toBeVisible();

  // A wrong key on the first connection: refused, in those words; nothing saved.
  await page.getByRole('textbox', { name: 'Factorial API key' }).fill(LEAVES_WRONG_KEY);
  await page.getByLabel('Base URL').fill(lw.factorial.url);
  await page.getByRole('button', { name: 'Connect' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Factorial refused this key (401)');
  await expect(alert).not.toContainText('revoked');
  await expect(alert).not.toContainText(LEAVES_WRONG_KEY);
  expect((await lw.rpc<FactorialConfigView>('factorial.getConfig')).apiKeySaved).toBe(false);
  await page.screenshot({ path: screenshotPath('leaves-wrong-key-light') });

  await page.getByRole('textbox', { name: 'Factorial API key' }).fill(LEAVES_FACTORIAL_KEY);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('factorial-status')).toContainText('Connected');

  // Next steps, at the top (above the calendar), in order; only the current one can be pressed.
  const guide = page.getByRole('region', { name: 'Next steps' });
  await expect(guide).toBeVisible();
  const steps = guide.getByRole('listitem');
  await expect(steps).toHaveText([/Map people automatically/, /Sync leaves/, /See the calendar/]);
  const calendarTop = (await page.locator('#lv-month').boundingBox())?.y ?? 0;
  expect((await guide.boundingBox())?.y ?? Infinity).toBeLessThan(calendarTop);
  const state = () => steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
  expect(await state()).toEqual(['current', 'todo', 'todo']);
  await expect(guide.getByRole('button')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('leaves-next-steps-1-light') });

  await guide.getByRole('button', { name: 'Map people automatically' }).click();
  await expect.poll(state).toEqual(['done', 'current', 'todo']);
  await expect(steps.first()).toContainText('Done: Map people automatically');
  // The toast names who is still unmapped (three of them, and how many more), as main counts them.
  const left = (await lw.rpc<PersonMapping[]>('people.unmapped')).map((p) => p.name);
  expect(left).toContain(lw.hidden.displayName);
  expect(left.length).toBe(4);
  const toast = page.locator('.toast').filter({ hasText: 'Mapped 2 people by email' });
  await expect(toast).toContainText(/still unmapped: [^,]+, [^,]+, .+ and 1 more\./);
  const named = ((await toast.textContent()) ?? '').replace(/^.*still unmapped: /, '').replace(/ and 1 more\.$/, '').split(', ');
  expect(named).toHaveLength(3);
  for (const n of named) expect(left).toContain(n);
  // Factorial's employee nobody is mapped to yet shows by name.
  const unmatched = page.getByRole('list', { name: 'Factorial employees not mapped to anyone' });
  await expect(unmatched.getByRole('listitem')).toHaveCount(1);
  await expect(unmatched.locator(`li[data-employee-id="${lw.handEmployeeId}"]`)).toContainText(lw.hidden.displayName);

  await guide.getByRole('button', { name: 'Sync leaves' }).click();
  await expect.poll(state).toEqual(['done', 'done', 'current']);
  await page.screenshot({ path: screenshotPath('leaves-next-steps-3-light') });
  await page.evaluate(() => document.querySelector('.page__body')?.scrollTo({ top: 0 }));
  await guide.getByRole('button', { name: 'See the calendar' }).click();
  await expect(guide).toHaveCount(0);
  await expect(page.locator('#lv-month')).toBeFocused();
  await expect(page.getByRole('table', { name: 'Leaves calendar' })).toBeInViewport();
  await expect(page.getByRole('table', { name: 'Leaves calendar' }).locator(`[data-leave-id="${lw.leaves[0]?.id}"]`)).toHaveCount(1);
  // The leave of the Factorial employee nobody is mapped to sits on a row with their name, not a number.
  const handLeave = lw.leaves.find((l) => l.employeeId === lw.handEmployeeId);
  const row = page.getByRole('table', { name: 'Leaves calendar' }).locator('tbody tr').filter({ has: page.locator(`[data-leave-id="${handLeave?.id}"]`) });
  await expect(row.locator('th')).toContainText(lw.hidden.displayName);
  await expect(row.locator('th')).toContainText(`Factorial #${lw.handEmployeeId} · not mapped to a Jira person`);
  await page.screenshot({ path: screenshotPath('leaves-after-steps-light') });

  // Done once: it stays away after a reload.
  await page.reload();
  await expect(page.getByTestId('factorial-status')).toContainText('Connected');
  await expect(page.getByRole('region', { name: 'Next steps' })).toHaveCount(0);
});
