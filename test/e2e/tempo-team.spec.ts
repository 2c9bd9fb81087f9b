import type { InstanceView } from '../../shared/domain/instance.js';
import { presetRange } from '../../shared/domain/dates.js';
import type { TeamMember } from '../../shared/domain/team.js';
import type { FakeJira } from '../fakes/fake-jira.js';
import { startFakeJira } from '../fakes/fake-jira.js';
import type { FakeTempo } from '../fakes/fake-tempo.js';
import { startFakeTempo } from '../fakes/fake-tempo.js';
import type { FakeUser } from '../fakes/world.js';
import { generateWorld } from '../fakes/world.js';
import { JIRA_USER, TEMPO_TOKEN, expect, screenshotPath, test } from './helpers/start-app.js';
import { syncAndWait } from './helpers/sync-events.js';
import { browserToday } from './helpers/sync-world.js';
import { rpcOrThrow } from './helpers/world-kit.js';

const TEAM_NAME = 'Équipe Ødegård 🚀';

test('import "my team" from a Tempo team: only where Tempo is set up, members with commitment, the Timesheet follows, unlink; a refused token in plain words', async ({ page, app }) => {
  test.setTimeout(120_000);
  const rpc = rpcOrThrow(app);
  // Last month: a whole month behind us, so expected hours never depend on today's date.
  const lastMonth = presetRange('last-month', browserToday());
  const world = generateWorld({ seed: 77, users: 6, issues: 20, worklogs: 120, from: lastMonth.from, to: lastMonth.to });
  const [lead, half] = world.users as [FakeUser, FakeUser, ...FakeUser[]];
  const jira: FakeJira = await startFakeJira({ users: [JIRA_USER], world, changeFeedDelayMs: 0 });
  const tempo: FakeTempo = await startFakeTempo({
    tokens: [TEMPO_TOKEN],
    world,
    jiraUrl: jira.url,
    teams: [
      { id: 3, name: 'Another team', members: [] },
      {
        id: 7,
        name: TEAM_NAME,
        members: [
          { accountId: lead.accountId, commitmentPercent: 100 },
          { accountId: half.accountId, commitmentPercent: 50 },
        ],
      },
    ],
  });
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const openDialog = async () => {
      await nav.getByRole('link', { name: 'Timesheet', exact: true }).click();
      await page.locator('.page-header').getByRole('button', { name: 'My team' }).click();
      const d = page.getByRole('dialog', { name: 'My team' });
      await expect(d).toBeVisible();
      return d;
    };

    // No site with a Tempo token: nothing to import from, so no button (Settings has the dialog too).
    await nav.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('region', { name: 'My team' }).getByRole('button', { name: 'Edit my team' }).click();
    let dialog = page.getByRole('dialog', { name: 'My team' });
    await expect(dialog.getByText('Add everyone seen in a period')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import from Tempo team' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Done' }).click();

    await rpc<InstanceView>('instances.add', { name: 'Acme', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token, tempoToken: TEMPO_TOKEN, tempoBaseUrl: tempo.url });
    await syncAndWait(app, lastMonth);
    const authors = new Set(world.worklogs.map((w) => w.authorAccountId));
    expect(authors.size).toBeGreaterThan(2);

    // With no team the Timesheet lists everyone who logged time last month.
    await page.reload();
    await nav.getByRole('link', { name: 'Timesheet', exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Period length' }).getByRole('radio', { name: 'Month' }).check({ force: true });
    await page.getByRole('button', { name: 'Previous month' }).click();
    const rows = page.getByRole('table', { name: /^Timesheet,/ }).locator('tbody tr[data-account-id]');
    await expect(rows).toHaveCount(authors.size);

    dialog = await openDialog();
    // Tempo refuses the token: the picker says so in plain words, nothing is linked.
    tempo.state.tokens = ['another-token'];
    await dialog.getByRole('button', { name: 'Import from Tempo team' }).click();
    await expect(dialog.getByRole('alert')).toContainText("Tempo rejected the Tempo API token for 'Acme'");
    await expect(dialog.getByRole('group', { name: 'Import from Tempo team' }).getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    tempo.state.tokens = [TEMPO_TOKEN];
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The site's Tempo teams, sorted by name; choose one and import it.
    await dialog.getByRole('button', { name: 'Import from Tempo team' }).click();
    const picker = dialog.getByRole('group', { name: 'Import from Tempo team' });
    const teamSelect = picker.getByRole('combobox', { name: 'Tempo team' });
    await expect(teamSelect.getByRole('option')).toHaveText(['Another team', TEAM_NAME]);
    await teamSelect.selectOption({ label: TEAM_NAME });
    await page.screenshot({ path: screenshotPath('team-tempo-picker-light') });
    await picker.getByRole('button', { name: 'Import', exact: true }).click();

    const linked = dialog.getByRole('region', { name: 'Tempo team' });
    await expect(linked).toContainText(`Linked to Tempo team ${TEAM_NAME} — kept in step at each sync.`);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    const members = dialog.getByRole('list', { name: 'Team members' });
    await expect(members.getByRole('listitem')).toHaveCount(2);
    await expect(members.getByRole('listitem', { name: lead.displayName })).toContainText('100 % in the Tempo team');
    await expect(members.getByRole('listitem', { name: half.displayName })).toContainText('50 % in the Tempo team');
    expect(new Set((await rpc<TeamMember[]>('team.list')).map((m) => m.accountId))).toEqual(new Set([lead.accountId, half.accountId]));
    await page.screenshot({ path: screenshotPath('team-tempo-linked-light') });

    // The Timesheet behind the dialog reloaded: the team is marked and can be shown alone; the 50 %
    // member is expected half the hours of the full-time one (both on the default schedule).
    await dialog.getByRole('button', { name: 'Done' }).click();
    const row = (u: FakeUser) => page.locator(`tbody tr[data-account-id="${u.accountId}"]`);
    await expect(row(lead).locator('.ts-team-mark')).toBeVisible();
    await expect(row(half).locator('.ts-team-mark')).toBeVisible();
    const hours = async (u: FakeUser): Promise<number> => Number((await row(u).locator('td[data-total="expected"]').innerText()).replace(/[^\d.]/g, ''));
    expect(await hours(lead)).toBeGreaterThan(0);
    expect(await hours(half)).toBe((await hours(lead)) / 2);
    await page.getByRole('radiogroup', { name: 'People' }).getByRole('radio', { name: 'My team' }).check({ force: true });
    await expect(rows).toHaveCount(2);

    // Unlink: the link goes, the members stay.
    dialog = await openDialog();
    await expect(dialog.getByRole('region', { name: 'Tempo team' })).toContainText(TEAM_NAME);
    await dialog.getByRole('button', { name: 'Unlink' }).click();
    await expect(dialog.getByRole('button', { name: 'Import from Tempo team' })).toBeVisible();
    await expect(dialog.getByText('in the Tempo team')).toHaveCount(0);
    expect(await rpc('team.tempoLink')).toBeNull();
    expect((await rpc<TeamMember[]>('team.list')).length).toBe(2);
  } finally {
    await Promise.all([jira.close(), tempo.close()]);
  }
});
