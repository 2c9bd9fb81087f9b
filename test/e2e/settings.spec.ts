import type { Page } from '@playwright/test';
import type { InstanceView } from '../../shared/domain/instance.js';
import type { StartedApp } from './helpers/start-app.js';
import { JIRA_USER, TEMPO_TOKEN, WRONG_TOKEN, expect, screenshotPath, screenshotWholePage, test } from './helpers/start-app.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import type { Timesheet } from '../../shared/domain/timesheet.js';
import { browserToday } from './helpers/sync-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

// Before any instance exists, every page explains itself and offers the way to Settings — except
// Leaves, which needs no Jira instance and offers to connect Factorial right there.
const PAGES = ['Timesheet', 'Charts', 'Packages', 'Sync'] as const;
const emptyStateAction = (page: Page) => page.getByRole('main').getByRole('button', { name: /settings/i }).first();

async function open(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

// --bg of each theme (styles/tokens.css).
const LIGHT_BG = 'rgb(251, 251, 252)';
const DARK_BG = 'rgb(14, 15, 18)';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const instanceList = (page: Page) => page.getByRole('list', { name: 'Jira instances' });

async function fillAddForm(page: Page, values: { name?: string; url: string; email: string; token: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a Jira instance' });
  if (values.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(values.name);
  await form.getByLabel('Jira site URL', { exact: true }).fill(values.url);
  await form.getByLabel('Account email', { exact: true }).fill(values.email);
  await form.getByLabel('API token', { exact: true }).fill(values.token);
}

test.describe('app shell', () => {
  test('renders all seven pages with their empty states, reachable by click', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, app);

    // The secret leaves the address bar as soon as the page has it.
    expect(page.url()).not.toContain('token=');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    const labels = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'];
    await expect(links).toHaveCount(labels.length);
    for (const [i, label] of labels.entries()) await expect(links.nth(i)).toHaveAccessibleName(label);

    await expect(heading(page, 'Worklogs')).toBeVisible();
    // An empty data folder opens on the first-run checklist, its first step leading to Settings.
    await expect(page.getByRole('heading', { name: 'Get started with Worklog Desk' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open Settings' })).toBeVisible();
    await expect(navLink(page, 'Worklogs')).toHaveAttribute('aria-current', 'page');
    await page.screenshot({ path: screenshotPath('shell-light') });

    for (const label of PAGES) {
      await navLink(page, label).click();
      await expect(heading(page, label)).toBeVisible();
      await expect(emptyStateAction(page)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${label.toLowerCase()}$`));
      await expect(page).toHaveTitle(`${label} · Worklog Desk`);
    }
    await navLink(page, 'Leaves').click();
    await expect(heading(page, 'Leaves')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Connect Factorial' })).toBeVisible();
    await expect(page).toHaveTitle('Leaves · Worklog Desk');

    // Every empty page's one next step leads to Settings.
    await navLink(page, 'Packages').click();
    await emptyStateAction(page).click();
    await expect(heading(page, 'Settings')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Jira instances' })).toBeVisible();
    await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
  });

  test('switches pages with keyboard shortcuts and shows them in a dialog', async ({ page, app }) => {
    await open(page, app);
    const order = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'];
    for (const [i, label] of order.entries()) {
      await page.keyboard.press(`Control+${i + 1}`);
      await expect(heading(page, label)).toBeVisible();
    }
    await page.keyboard.press('Control+1');
    await expect(heading(page, 'Worklogs')).toBeVisible();
    await page.keyboard.press('Control+,');
    await expect(heading(page, 'Settings')).toBeVisible();

    // "G then a letter": the browser-friendly twin, since a tab keeps Ctrl+1…8 for itself.
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await expect(heading(page, 'Charts')).toBeVisible();
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await expect(heading(page, 'Leaves')).toBeVisible();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Show keyboard shortcuts')).toBeVisible();
    // Page shortcuts are off while a dialog is open.
    await page.keyboard.press('Control+2');
    await expect(heading(page, 'Leaves')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Typing in a field never triggers a shortcut.
    await page.keyboard.press('Control+,');
    await page.getByLabel('Name', { exact: true }).fill('g?w');
    await expect(heading(page, 'Settings')).toBeVisible();
    await expect(page.getByRole('dialog')).toBeHidden();

    // Back/forward follow the hash routes.
    await page.goBack();
    await expect(heading(page, 'Leaves')).toBeVisible();
  });

  test('theme: follows the system, toggles in Settings → Appearance, persists over reload', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, app);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: screenshotPath('shell-dark') });

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);

    await page.keyboard.press('Control+,');
    const theme = page.getByRole('radiogroup', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    await theme.getByRole('radio', { name: 'Dark' }).check();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);

    await page.reload();
    await expect(heading(page, 'Settings')).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
    await expect(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
    // The session survived the reload too (the secret is in sessionStorage, not the URL).
    await expect(page.getByRole('heading', { name: 'Add your first Jira instance' })).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('without its secret link the page explains how to open it', async ({ page, app }) => {
    await page.goto(`${app.origin}/`);
    await expect(page.getByRole('heading', { name: 'Open Worklog Desk from its link' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });
});

test.describe('Settings → Jira instances', () => {
  test('a wrong token is refused in plain words; the right one adds the instance', async ({ page, app, jira }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, app);
    await page.keyboard.press('Control+,');
    await expect(page.getByRole('heading', { name: 'Add your first Jira instance' })).toBeVisible();

    // Friendly checks first: nothing is sent while a field is obviously wrong.
    const form = page.getByRole('form', { name: 'Add a Jira instance' });
    await form.getByRole('button', { name: 'Add instance' }).click();
    await expect(form.getByText('Give the instance a name')).toBeVisible();
    await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
    await expect(form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await fillAddForm(page, { name: 'alpha', url: jira.url, email: JIRA_USER.email, token: WRONG_TOKEN });
    const add = form.getByRole('button', { name: 'Add instance' });
    await add.click();
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('The instance was not added');
    await expect(alert).toContainText('did not accept the email and API token');
    await expect(alert).not.toContainText(WRONG_TOKEN);
    await expect(add).toBeEnabled();
    // Nothing saved, nothing cleared.
    await expect(instanceList(page)).toHaveCount(0);
    expect(await app.rpc('instances.list')).toEqual({ ok: true, value: [] });
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('alpha');
    await expect(form.getByLabel('Jira site URL', { exact: true })).toHaveValue(jira.url);
    await expect(form.getByLabel('API token', { exact: true })).toHaveValue(WRONG_TOKEN);
    await screenshotWholePage(page, 'settings-error');

    await form.getByLabel('API token', { exact: true }).fill(JIRA_USER.token);
    await expect(alert).toHaveCount(1); // stays until the next attempt, so the user can still read it

    // While Jira is being asked, the button says so, spins and can't be pressed twice.
    jira.faults.inject({ kind: 'delay', ms: 1500 }, { times: 1 });
    await form.getByRole('button', { name: 'Add instance' }).click();
    const pending = form.getByRole('button', { name: 'Checking with Jira…' });
    await expect(pending).toBeDisabled();
    await expect(pending).toHaveAttribute('aria-busy', 'true');
    await expect(pending.locator('.spinner')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Test', exact: true })).toBeDisabled();

    const card = instanceList(page).getByRole('article', { name: 'alpha' });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Signed in as ${JIRA_USER.displayName}`);
    await expect(card).toContainText(JIRA_USER.email);
    await expect(card).toContainText(jira.url.replace('http://', ''));
    await expect(card).toContainText('Connected');
    await expect(card.getByText('Passed just now')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Added “alpha”' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Add a Jira instance' })).toHaveCount(0);

    const listed = await app.rpc<InstanceView[]>('instances.list');
    expect(listed.ok && listed.value.map((i) => [i.name, i.account?.displayName, i.jiraTokenSaved])).toEqual([['alpha', JIRA_USER.displayName, true]]);
    await screenshotWholePage(page, 'settings-instance');

    // Reading the page or the API never gives a token back.
    expect(await page.content()).not.toContain(JIRA_USER.token);
    expect(JSON.stringify(listed)).not.toContain(JIRA_USER.token);
    const logs = app.logText();
    expect(logs).not.toContain(JIRA_USER.token);
    expect(logs).not.toContain(WRONG_TOKEN);
    expect(logs).not.toContain(app.token);
  });

  test('test, edit and remove a saved instance', async ({ page, app, jira }) => {
    const added = await app.rpc<InstanceView>('instances.add', { name: 'alpha', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    expect(added.ok).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, app);
    await page.keyboard.press('Control+,');
    const card = instanceList(page).getByRole('article', { name: 'alpha' });
    await expect(card).toBeVisible();

    // Test the saved credentials.
    await card.getByRole('button', { name: 'Test alpha' }).click();
    const report = card.getByRole('status', { name: 'Test result for alpha' });
    await expect(report).toContainText(`Signed in as ${JIRA_USER.displayName}.`);
    await expect(report).toContainText('Tempo');
    await expect(report).toContainText('Not set up for this instance.');

    // A failing check is shown on the card after the token stops working in Jira.
    jira.state.users[0] = { ...JIRA_USER, token: 'revoked-in-jira' };
    await card.getByRole('button', { name: 'Test alpha' }).click();
    await expect(report).toContainText('did not accept the email and API token');
    await expect(card).toContainText('Check failed');
    jira.state.users[0] = JIRA_USER;
    await card.getByRole('button', { name: 'Test alpha' }).click();
    await expect(card).toContainText('Connected');

    // Edit: the saved token is "Saved", never shown; Replace reveals an empty field.
    await card.getByRole('button', { name: 'Edit alpha' }).click();
    const edit = page.getByRole('form', { name: 'Edit alpha' });
    await expect(edit.getByRole('group', { name: 'API token' })).toContainText('Saved');
    for (const input of await edit.locator('input').all()) expect(await input.inputValue()).not.toBe(JIRA_USER.token);
    expect(await page.content()).not.toContain(JIRA_USER.token);
    await screenshotWholePage(page, 'settings-edit');

    await edit.getByRole('button', { name: 'Replace API token' }).click();
    const replacement = edit.getByLabel('New API token', { exact: true });
    await expect(replacement).toHaveValue('');
    await expect(replacement).toHaveAttribute('type', 'password');
    await edit.getByRole('button', { name: 'Keep the saved token' }).click();
    await expect(replacement).toHaveCount(0);

    // Names keep accents and emoji exactly.
    const newName = 'Ñandú 🦊';
    await edit.getByLabel('Name', { exact: true }).fill(newName);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const renamed = instanceList(page).getByRole('article', { name: newName });
    await expect(renamed.getByRole('heading', { name: newName })).toHaveText(newName);
    const afterEdit = await app.rpc<InstanceView[]>('instances.list');
    expect(afterEdit.ok && afterEdit.value[0]?.name).toBe(newName);
    expect(afterEdit.ok && afterEdit.value[0]?.jiraTokenSaved).toBe(true);

    // Remove asks first; Cancel (the focused choice) keeps it.
    await renamed.getByRole('button', { name: `Remove ${newName}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove “${newName}”?` });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.screenshot({ path: screenshotPath('settings-remove-confirm') });
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(renamed).toBeVisible();

    await renamed.getByRole('button', { name: `Remove ${newName}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove instance' }).click();
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await expect(instanceList(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Add your first Jira instance' })).toBeVisible();
    expect(await app.rpc('instances.list')).toEqual({ ok: true, value: [] });
  });

  test('testing typed credentials reports Jira and Tempo separately, then adds with Tempo', async ({ page, app, jira, tempo }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, app);
    await page.keyboard.press('Control+,');
    await fillAddForm(page, { url: jira.url, email: JIRA_USER.email, token: JIRA_USER.token });
    const form = page.getByRole('form', { name: 'Add a Jira instance' });
    await form.getByLabel('This site uses Tempo').check();
    await form.getByLabel('Tempo API token', { exact: true }).fill('not-the-tempo-token');
    const address = form.getByLabel('Tempo API address', { exact: true });
    await expect(address).toHaveValue('https://api.tempo.io');
    await form.getByRole('button', { name: 'Europe' }).click();
    await expect(address).toHaveValue('https://api.eu.tempo.io');
    await address.fill(tempo.url);

    // "Test" works without a name and saves nothing.
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    const report = form.getByRole('status', { name: 'Test result' });
    await expect(report.locator('.check-row--success')).toContainText(`Signed in as ${JIRA_USER.displayName}.`);
    await expect(report.locator('.check-row--error')).toContainText('Tempo');
    expect(await app.rpc('instances.list')).toEqual({ ok: true, value: [] });
    await screenshotWholePage(page, 'settings-test-report-dark');

    await form.getByLabel('Tempo API token', { exact: true }).fill(TEMPO_TOKEN);
    await form.getByRole('button', { name: 'Test', exact: true }).click();
    await expect(report.locator('.check-row--success')).toHaveCount(2);

    await form.getByLabel('Name', { exact: true }).fill('beta');
    await form.getByRole('button', { name: 'Add instance' }).click();
    const card = instanceList(page).getByRole('article', { name: 'beta' });
    await expect(card).toContainText(`Yes · ${tempo.url.replace('http://', '')}`);

    // Edit shows the Tempo token as saved and lets it be removed.
    await card.getByRole('button', { name: 'Edit beta' }).click();
    const edit = page.getByRole('form', { name: 'Edit beta' });
    await expect(edit.getByRole('group', { name: 'Tempo API token' })).toContainText('Saved');
    await edit.getByRole('button', { name: 'Remove Tempo' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(card.getByText('Tempo', { exact: true }).locator('xpath=following-sibling::dd')).toHaveText('No');
    const listed = await app.rpc<InstanceView[]>('instances.list');
    expect(listed.ok && listed.value[0]?.tempo.tokenSaved).toBe(false);
  });

  test('the API token link opens Atlassian in a new tab from the browser host', async ({ page, app, context }) => {
    await context.route('https://id.atlassian.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>API tokens</title>' }));
    await open(page, app);
    await page.keyboard.press('Control+,');
    const popup = page.waitForEvent('popup');
    await page.getByRole('link', { name: /id\.atlassian\.com/ }).first().click();
    expect((await popup).url()).toBe('https://id.atlassian.com/manage-profile/security/api-tokens');
  });

  test('another client changing instances refreshes the list live (instances.changed over SSE)', async ({ page, app, jira }) => {
    await open(page, app);
    await page.keyboard.press('Control+,');
    await expect(page.getByRole('heading', { name: 'Add your first Jira instance' })).toBeVisible();
    const added = await app.rpc<InstanceView>('instances.add', { name: 'from-cli', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    expect(added.ok).toBe(true);
    await expect(instanceList(page).getByRole('article', { name: 'from-cli' })).toBeVisible();
  });
});

test.describe('Settings → The team’s week', () => {
  const section = (page: Page) => page.getByRole('region', { name: 'The team’s week' });
  const saved = async (app: StartedApp): Promise<AppSettings> => {
    const r = await app.rpc<AppSettings>('settings.get');
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  test('reminder, its time, "count up to" and "flag days over": saved, kept over a reload; wrong values refused in plain words', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, app);
    await navLink(page, 'Settings').click();
    const week = section(page);
    const reminder = week.getByRole('switch', { name: 'Morning reminder' });
    const time = week.getByLabel('Reminder time');
    const upTo = week.getByLabel('Expected hours count up to');
    const maxDay = week.getByLabel('Flag days over');
    // Off by default, 09:00, yesterday, 12 h.
    await expect(reminder).not.toBeChecked();
    await expect(time).toHaveValue('09:00');
    await expect(upTo).toHaveValue('yesterday');
    await expect(week.getByText('today is still being logged')).toBeVisible();
    await expect(maxDay).toHaveValue('12');

    // Keyboard only: Space toggles the switch.
    await reminder.focus();
    await page.keyboard.press('Space');
    await expect(reminder).toBeChecked();
    await expect.poll(async () => (await saved(app)).morningReminder).toBe(true);

    // Wrong time and hours: said in plain words, nothing saved.
    await time.fill('25:00');
    await time.press('Enter');
    await expect(week.getByRole('alert')).toHaveText('Use a time like 09:00 (24-hour clock, hours 00–23, minutes 00–59).');
    await expect(time).toHaveAttribute('aria-invalid', 'true');
    await maxDay.fill('30');
    await maxDay.press('Enter');
    await expect(week.getByRole('alert').filter({ hasText: 'Enter a number of hours from 1 to 24.' })).toBeVisible();
    await maxDay.fill('0');
    await maxDay.press('Enter');
    await expect(week.getByRole('alert').filter({ hasText: 'Enter a number of hours from 1 to 24.' })).toBeVisible();
    expect(await saved(app)).toMatchObject({ morningReminderTime: '09:00', maxDayHours: 12 });
    await page.screenshot({ path: screenshotPath('settings-week-errors-light') });

    // Right values: "7:30" is written as 07:30.
    await time.fill('7:30');
    await week.getByRole('button', { name: 'Save' }).first().click();
    await expect(time).toHaveValue('07:30');
    await upTo.selectOption('today');
    await expect(week.getByText('today’s expected hours count as soon as the day starts')).toBeVisible();
    await maxDay.fill('10,5');
    await maxDay.press('Enter');
    await expect(maxDay).toHaveValue('10.5');
    await expect(week.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => saved(app)).toMatchObject({ morningReminder: true, morningReminderTime: '07:30', expectedUpTo: 'today', maxDayHours: 10.5 });

    await page.reload();
    await expect(heading(page, 'Settings')).toBeVisible();
    await expect(reminder).toBeChecked();
    await expect(time).toHaveValue('07:30');
    await expect(upTo).toHaveValue('today');
    await expect(maxDay).toHaveValue('10.5');
    await week.scrollIntoViewIfNeeded();
    await week.screenshot({ path: screenshotPath('settings-week-light') });

    // Main checks again: what the page would refuse, and what only the app may set, are refused there too.
    for (const patch of [{ morningReminderTime: '24:00' }, { maxDayHours: 25 }, { expectedUpTo: 'tomorrow' }, { morningReminderLastFired: '2026-01-01' }]) {
      const r = await app.rpc('settings.update', patch);
      expect(r.ok, JSON.stringify(patch)).toBe(false);
    }
    expect(await saved(app)).toMatchObject({ morningReminderTime: '07:30', maxDayHours: 10.5, expectedUpTo: 'today', morningReminderLastFired: null });
  });

  test('switching "count up to" changes the Timesheet’s expected totals as main computes them', async ({ page, app }) => {
    test.setTimeout(120_000);
    const ts = await startTimesheetWorld(app);
    try {
      await page.goto(app.url);
      await navLink(page, 'Timesheet').click();
      const grid = page.getByRole('table', { name: /^Timesheet,/ });
      const expectedOf = (id: string) => grid.locator(`tbody tr[data-account-id="${id}"] td[data-total="expected"]`);
      const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
      const sheet = async (): Promise<Timesheet> => ts.timesheet({ ...ts.thisMonth, accountIds: [ts.full.accountId] });

      const before = await sheet();
      await expect(expectedOf(ts.full.accountId)).toHaveText(hours(before.people[0]!.totals.expectedSeconds));

      await navLink(page, 'Settings').click();
      await section(page).getByLabel('Expected hours count up to').selectOption('today');
      await expect.poll(async () => (await saved(app)).expectedUpTo).toBe('today');
      await navLink(page, 'Timesheet').click();

      const after = await sheet();
      // Today is counted now and was not before; the total grew by exactly today's expected hours (nothing when today is a day off).
      const d = browserToday();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const cellOf = (t: Timesheet) => t.people[0]!.cells.find((c) => c.date === today)!;
      expect([cellOf(before).counted, cellOf(after).counted]).toEqual([false, true]);
      expect(after.people[0]!.totals.expectedSeconds).toBe(before.people[0]!.totals.expectedSeconds + cellOf(after).expectedSeconds);
      await expect(expectedOf(ts.full.accountId)).toHaveText(hours(after.people[0]!.totals.expectedSeconds));
    } finally {
      await ts.close();
    }
  });
});

