import type { Locator, Page } from '@playwright/test';
import { presetRange } from '../../shared/domain/dates.js';
import { generateWorld } from '../fakes/world.js';
import { expect, screenshotPath, test } from './helpers/start-app.js';
import { syncAndWait } from './helpers/sync-events.js';
import { browserToday } from './helpers/sync-world.js';
import { addAcmeWithTempo, rpcOrThrow } from './helpers/world-kit.js';

const checklist = (page: Page): Locator => page.getByRole('region', { name: 'Get started with Worklog Desk' });
const done = (page: Page): Promise<string[]> => checklist(page).getByRole('listitem').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-step')}:${li.getAttribute('data-done')}`));

async function lastYear(page: Page): Promise<void> {
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.locator('.wl-more-ranges').click();
  await page.getByRole('menu', { name: 'More date ranges' }).getByRole('menuitemradio', { name: 'Last year' }).click();
  await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toBeVisible();
}

test('the empty Worklogs page has a first-run checklist that ticks Jira, sync and team as they happen, mentions the demo, and hides for good', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);
  await expect(checklist(page)).toBeVisible();
  await expect(checklist(page).getByRole('listitem')).toHaveText([/Connect Jira/, /Sync worklogs/, /Set up your team/, /Connect Factorial \(optional\)/]);
  expect(await done(page)).toEqual(['jira:false', 'sync:false', 'team:false', 'factorial:false']);
  await expect(checklist(page)).toContainText('npm run demo');
  await page.screenshot({ path: screenshotPath('first-run-empty-light') });

  // Jira connected: ticked; the page is still empty (nothing synced).
  const world = generateWorld({ seed: 99, users: 4, issues: 10, worklogs: 40, from: presetRange('this-month', browserToday()).from, to: presetRange('this-month', browserToday()).to });
  const acme = await addAcmeWithTempo(app, world);
  try {
    await page.reload();
    await expect.poll(() => done(page)).toEqual(['jira:true', 'sync:false', 'team:false', 'factorial:false']);
    await expect(checklist(page).locator('[data-step="jira"]')).toContainText('Done: Connect Jira');

    // Synced: this month has rows (no checklist); a range never synced is empty again and shows it ticked.
    await syncAndWait(app, presetRange('this-month', browserToday()));
    await page.reload();
    await expect(page.getByRole('table', { name: 'Worklogs' })).toBeVisible();
    await expect(checklist(page)).toHaveCount(0);
    await lastYear(page);
    await expect.poll(() => done(page)).toEqual(['jira:true', 'sync:true', 'team:false', 'factorial:false']);

    // "Set up my team" opens the team dialog right there.
    await checklist(page).getByRole('button', { name: 'Set up my team' }).click();
    await expect(page.getByRole('dialog', { name: /team/i })).toBeVisible();
    await page.keyboard.press('Escape');
    await rpcOrThrow(app)('team.add', { accountId: world.users[1]?.accountId });
    await page.reload();
    await expect.poll(() => done(page)).toEqual(['jira:true', 'sync:true', 'team:true', 'factorial:false']);
    await page.screenshot({ path: screenshotPath('first-run-three-done-light') });

    // Hidden for good.
    await checklist(page).getByRole('button', { name: 'Hide checklist' }).click();
    await expect(checklist(page)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toBeVisible();
    await expect(checklist(page)).toHaveCount(0);
  } finally {
    await acme.close();
  }
});
