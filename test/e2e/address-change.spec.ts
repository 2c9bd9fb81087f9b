import type { Page } from '@playwright/test';
import type { InstanceView } from '../../shared/domain/instance.js';
import type { CredentialTrap } from '../fakes/credential-trap.js';
import { startCredentialTrap } from '../fakes/credential-trap.js';
import { startFakeJira } from '../fakes/fake-jira.js';
import { JIRA_USER, expect, test } from './helpers/start-app.js';

const instanceList = (page: Page) => page.getByRole('list', { name: 'Jira instances' });

/**
 * Settings → Edit: a saved API token never follows the instance to another address. The other
 * address is a credential trap on another port: it must never receive a credential, whatever the
 * form (or a caller skipping the form) does.
 */
test.describe('Settings: a saved token never follows an address change', () => {
  let trap: CredentialTrap;
  test.beforeEach(async () => {
    trap = await startCredentialTrap();
  });
  test.afterEach(async () => {
    expect(trap.leaks).toEqual([]);
    await trap.close();
  });

  test('a new address needs the token again; a non-Cloud host needs the custom-host box', async ({ page, app, jira }) => {
    const added = await app.rpc<InstanceView>('instances.add', { name: 'alpha', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    expect(added.ok).toBe(true);
    await page.goto(app.url);
    await page.keyboard.press('Control+,');
    const card = instanceList(page).getByRole('article', { name: 'alpha' });
    await card.getByRole('button', { name: 'Edit alpha' }).click();
    const edit = page.getByRole('form', { name: 'Edit alpha' });
    const urlField = edit.getByLabel('Jira site URL', { exact: true });

    // Another port on this computer: the form asks for the token instead of saving.
    await urlField.fill(trap.url);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.getByText('This is another address: replace the API token below too')).toBeVisible();
    await expect(urlField).toBeFocused();
    expect(trap.requests).toEqual([]);

    // A caller that skips the form (a compromised renderer, the browser host's API) is refused by main.
    const direct = await app.rpc('instances.update', { id: added.ok ? added.value.id : '', url: trap.url });
    expect(direct.ok).toBe(false);
    expect(!direct.ok && direct.error.message).toMatch(/^The Jira address of "alpha" would change from .* Enter the API token again together with the new address/);
    expect(trap.requests).toEqual([]);

    // A host outside Atlassian Cloud: the confirmation box appears and is required.
    await urlField.fill('https://jira.corp.invalid');
    const box = edit.getByRole('checkbox', { name: /This is a custom Jira host/ });
    await expect(box).toBeVisible();
    await edit.getByRole('button', { name: 'Replace API token' }).click();
    await edit.getByLabel('New API token', { exact: true }).fill(JIRA_USER.token);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.getByText(/This is not an Atlassian Cloud address/)).toBeVisible();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    // Confirmed, main tries the host (which does not exist) and says so; nothing was saved.
    await expect(edit.getByText(/No such site: jira\.corp\.invalid/)).toBeVisible();
    const list = await app.rpc<InstanceView[]>('instances.list');
    expect(list.ok && list.value.map((i) => i.url)).toEqual([jira.url]);
  });

  test('with the new token in the same save, the instance moves to the new address', async ({ page, app, jira }) => {
    const NEW_TOKEN = 'ATATT-moved-site-token';
    const jira2 = await startFakeJira({ users: [{ ...JIRA_USER, token: NEW_TOKEN }] });
    try {
      const added = await app.rpc<InstanceView>('instances.add', { name: 'alpha', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
      expect(added.ok).toBe(true);
      await page.goto(app.url);
      await page.keyboard.press('Control+,');
      await instanceList(page).getByRole('article', { name: 'alpha' }).getByRole('button', { name: 'Edit alpha' }).click();
      const edit = page.getByRole('form', { name: 'Edit alpha' });
      await edit.getByLabel('Jira site URL', { exact: true }).fill(jira2.url);
      await edit.getByRole('button', { name: 'Replace API token' }).click();
      await edit.getByLabel('New API token', { exact: true }).fill(NEW_TOKEN);
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await expect(edit).toBeHidden();
      const list = await app.rpc<InstanceView[]>('instances.list');
      expect(list.ok && list.value.map((i) => i.url)).toEqual([jira2.url]);
      // The only request the new site got carried the new token (it knows no other).
      expect(jira2.requests.map((r) => [r.path, r.status])).toEqual([['/rest/api/3/myself', 200]]);
    } finally {
      await jira2.close();
    }
  });
});
