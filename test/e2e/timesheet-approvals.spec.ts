import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { presetRange } from '../../shared/domain/dates.js';
import type { Timesheet } from '../../shared/domain/timesheet.js';
import { approvalKey } from '../fakes/tempo/approvals-state.js';
import type { FakeUser } from '../fakes/world.js';
import { generateWorld } from '../fakes/world.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath, test } from './helpers/start-app.js';
import { syncAndWait } from './helpers/sync-events.js';
import { browserToday } from './helpers/sync-world.js';
import { addAcmeWithTempo, rpcOrThrow } from './helpers/world-kit.js';

const grid = (page: Page): Locator => page.getByRole('table', { name: /^Timesheet,/ });
const row = (page: Page, accountId: string): Locator => grid(page).locator(`tbody tr[data-account-id="${accountId}"]`);
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);
const shownIds = (page: Page): Promise<string[]> => grid(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));

async function openLastMonth(page: Page, app: StartedApp, lastMonth: { from: string }, withGrid = true): Promise<void> {
  // A fresh load each time (a same-URL goto would keep the page and its state).
  await page.goto('about:blank');
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timesheet' })).toBeVisible();
  await page.getByRole('button', { name: 'Previous month' }).click();
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date(`${lastMonth.from}T12:00:00`));
  await expect(page.getByTestId('ts-period')).toHaveText(name);
  if (withGrid) await expect(grid(page)).toHaveAttribute('aria-label', new RegExp(name));
}

test.describe('Timesheet: Tempo approval status', () => {
  test.describe.configure({ timeout: 120_000 });

  test('each Tempo team member shows their status in words; "Not submitted" keeps open and rejected, and is remembered', async ({ page, app }) => {
    const today = browserToday();
    const lastMonth = presetRange('last-month', today);
    const world = generateWorld({ seed: 914, users: 7, issues: 30, worklogs: 160, from: lastMonth.from, to: lastMonth.to });
    const u = (i: number): FakeUser => world.users[i] as FakeUser;
    // Users 0–3 are the Tempo team; the others log time but are not in it (6 reviews).
    const statuses = new Map([
      [approvalKey(u(0).accountId, lastMonth.from), { key: 'APPROVED' as const, actor: u(6).accountId }],
      [approvalKey(u(1).accountId, lastMonth.from), { key: 'IN_REVIEW' as const }],
      [approvalKey(u(2).accountId, lastMonth.from), { key: 'OPEN' as const, actor: u(6).accountId, comment: 'Friday is missing' }],
    ]);
    const acme = await addAcmeWithTempo(app, world, undefined, {
      teams: [
        {
          id: 7,
          name: 'Équipe Ødegård 🚀',
          members: [0, 1, 2, 3].map((i) => ({ accountId: u(i).accountId, commitmentPercent: 100 })),
        },
      ],
      approvals: { statuses, reviewer: u(6).accountId },
    });
    try {
      const rpc = rpcOrThrow(app);
      // Synced once before linking, as a lead would: the team's names are known when it joins "my team".
      await syncAndWait(app, lastMonth);
      await rpc('team.linkTempoTeam', { instanceId: acme.instance.id, teamId: 7 });
      await syncAndWait(app, { ...lastMonth, full: true });
      const everyone = world.users.map((x) => x.accountId);
      const sheet = await rpc<Timesheet>('timesheet.get', { ...lastMonth, accountIds: everyone });
      expect(sheet.approvals?.teamName).toBe('Équipe Ødegård 🚀');
      const statusOf = (i: number) => sheet.people.find((p) => p.accountId === u(i).accountId)?.approval?.status;
      expect([0, 1, 2, 3].map(statusOf)).toEqual(['approved', 'submitted', 'rejected', 'open']);
      expect(statusOf(5)).toBeUndefined();

      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1024, height: 720 });
      await openLastMonth(page, app, lastMonth);
      const words: Record<string, string> = { approved: 'Approved', submitted: 'Submitted', rejected: 'Rejected', open: 'Open' };
      for (const i of [0, 1, 2, 3]) {
        const badge = row(page, u(i).accountId).getByTestId('approval-status');
        await expect(badge).toHaveText(`Timesheet approval: ${words[statusOf(i) ?? ''] ?? ''}`);
        await expect(badge).toHaveAttribute('title', /^Timesheet approval in Tempo — .* logged of .* required, reviewer /);
      }
      // Not in the Tempo team: nothing, not "Open".
      for (const i of [5, 6]) {
        if ((await row(page, u(i).accountId).count()) === 0) continue;
        await expect(row(page, u(i).accountId).getByTestId('approval-status')).toHaveCount(0);
      }
      await expect(page.getByTestId('approvals-bar')).toContainText('Approval status from Tempo team “Équipe Ødegård 🚀” · read just now');
      await settle(page);
      await page.screenshot({ path: screenshotPath('timesheet-approvals-light') });

      // The filter: only open and rejected (who still owe a submission), pressed state announced.
      const filter = page.getByRole('button', { name: 'Not submitted' });
      await expect(filter).toHaveAttribute('aria-pressed', 'false');
      await filter.focus();
      await page.keyboard.press('Enter');
      await expect(filter).toHaveAttribute('aria-pressed', 'true');
      await expect(grid(page).locator('tbody tr')).toHaveCount(2);
      expect(new Set(await shownIds(page))).toEqual(new Set([u(2).accountId, u(3).accountId]));
      await page.screenshot({ path: screenshotPath('timesheet-approvals-not-submitted-light') });
      const axe = await new AxeBuilder({ page }).include('.ts-body').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // Remembered across a reload; dark theme keeps the words and AA contrast.
      await openLastMonth(page, app, lastMonth);
      await expect(page.getByRole('button', { name: 'Not submitted' })).toHaveAttribute('aria-pressed', 'true');
      await expect(grid(page).locator('tbody tr')).toHaveCount(2);
      await page.emulateMedia({ colorScheme: 'dark' });
      await settle(page);
      await page.screenshot({ path: screenshotPath('timesheet-approvals-not-submitted-dark') });
      const axeDark = await new AxeBuilder({ page }).include('.ts-body').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axeDark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      // Everyone submits: the filter says so instead of an empty grid.
      for (const i of [2, 3]) statuses.set(approvalKey(u(i).accountId, lastMonth.from), { key: 'IN_REVIEW' as const });
      await syncAndWait(app, { ...lastMonth, full: true });
      // Nobody is left to show: a note says so instead of an empty grid.
      await openLastMonth(page, app, lastMonth, false);
      await expect(page.getByTestId('all-submitted-note')).toContainText('Everyone has submitted.');
      await page.getByRole('button', { name: 'Show everyone' }).click();
      await expect(page.getByRole('button', { name: 'Not submitted' })).toHaveAttribute('aria-pressed', 'false');
      await expect(row(page, u(0).accountId).getByTestId('approval-status')).toHaveText('Timesheet approval: Approved');
    } finally {
      await acme.close();
    }
  });
});
