import type { InstanceView } from '../../shared/domain/instance.js';
import { startFakeJira } from '../fakes/fake-jira.js';
import { JIRA_USER, expect, screenshotPath, test } from './helpers/start-app.js';

/**
 * Settings → Health check in the browser host: the same doctor as the CLI, against a real data
 * folder, the real keychain and fake Jira sites (one of them with its clock 9 minutes ahead).
 */
test('the health check lists what is fine and explains what is not, problems first', async ({ page, app, jira }) => {
  const added = await app.rpc<InstanceView>('instances.add', { name: 'alpha', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
  expect(added.ok).toBe(true);
  const skewed = await startFakeJira({ users: [JIRA_USER], now: () => Date.now() + 9 * 60_000 });
  try {
    const beta = await app.rpc<InstanceView>('instances.add', { name: 'beta 🛰️', url: skewed.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    expect(beta.ok).toBe(true);

    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    const section = page.getByRole('region', { name: 'Health check' });
    await expect(section.getByText(/Nothing checked yet/)).toBeVisible();

    // Keyboard path: focus the button and press Enter.
    const run = section.getByRole('button', { name: 'Run health check' });
    await run.focus();
    await page.keyboard.press('Enter');

    const results = section.getByRole('list', { name: 'Health check results' });
    await expect(results).toBeVisible();
    const rows = results.getByRole('listitem');
    await expect(section.getByText('1 problem found — each says what to do.')).toBeVisible();
    // The problem comes first, in words (not only colour), with what to do.
    await expect(rows.first()).toHaveAttribute('data-status', 'fail');
    await expect(rows.first()).toContainText('Problem: beta 🛰️: clock');
    await expect(rows.first()).toContainText("This computer's clock is 9 minutes behind beta 🛰️'s.");
    await expect(rows.first()).toContainText('turn on automatic date and time');
    for (const title of ['Keychain', 'Native modules for Node', 'Data folder: writable', 'Database: integrity', 'alpha: reachable', 'alpha: token', 'alpha: clock', 'beta 🛰️: token']) {
      await expect(results.locator('li', { hasText: title }).first()).toHaveAttribute('data-status', 'pass');
    }
    await expect(results.locator('li', { hasText: 'alpha: token' })).toContainText(`Signed in as ${JIRA_USER.displayName}.`);
    // No token ever reaches the page.
    expect(await page.content()).not.toContain(JIRA_USER.token);

    // Commands in the explanations are shown as code, not with backticks.
    await expect(results.locator('li', { hasText: 'Native modules for Electron' })).not.toContainText('`');
    // The page body scrolls: make it tall enough that the whole section is in the shot.
    await page.setViewportSize({ width: 1024, height: 2000 });
    await section.screenshot({ path: screenshotPath('settings-health-check-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: screenshotPath('settings-health-check-dark') });
    await expect(section.getByRole('button', { name: 'Check again' })).toBeEnabled();
  } finally {
    await skewed.close();
  }
});
