import type { ExplorerFacets } from '../../shared/domain/explorer.js';
import type { TeamMember } from '../../shared/domain/team.js';
import { expect, screenshotPath } from './helpers/start-app.js';
import { rpcOrThrow } from './helpers/world-kit.js';
import { worklogsTest as test } from './helpers/worklogs-world.js';

test('the team dialog opens from Settings and the Timesheet; everyone seen in a period is added at once (with search), several removed at once', async ({ page, app, wl }) => {
  test.setTimeout(120_000);
  const rpc = rpcOrThrow(app);
  const lastMonthAuthors = (await rpc<ExplorerFacets>('explorer.facets', wl.lastMonth)).authors.filter((a) => a.key !== null);
  expect(lastMonthAuthors.length).toBeGreaterThan(5);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'My team' });
  await expect(section.getByTestId('team-summary')).toContainText('No one yet');
  await section.getByRole('button', { name: 'Edit my team' }).click();
  const dialog = page.getByRole('dialog', { name: 'My team' });
  await expect(dialog).toBeVisible();

  // Last month's people, narrowed by the search box, then all of them.
  const bulk = dialog.getByRole('group', { name: 'Add everyone seen in a period' });
  await bulk.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Last month' });
  const list = bulk.getByRole('list', { name: 'People seen in the period' });
  await expect(list.getByRole('checkbox')).toHaveCount(lastMonthAuthors.length);
  const first = lastMonthAuthors[0]!.label;
  await bulk.getByRole('searchbox', { name: 'Search people' }).fill(first.slice(0, 4));
  const matching = lastMonthAuthors.filter((a) => a.label.toLocaleLowerCase().includes(first.slice(0, 4).toLocaleLowerCase()));
  await expect(list.getByRole('checkbox')).toHaveCount(matching.length);
  await bulk.getByRole('searchbox', { name: 'Search people' }).fill('');
  await bulk.getByRole('button', { name: 'Tick all shown' }).click();
  await page.screenshot({ path: screenshotPath('team-add-from-period-light') });
  await bulk.getByRole('button', { name: `Add ${lastMonthAuthors.length} people` }).click();
  await expect(dialog.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(lastMonthAuthors.length);
  expect(new Set((await rpc<TeamMember[]>('team.list')).map((m) => m.accountId))).toEqual(new Set(lastMonthAuthors.map((a) => a.key)));
  await expect(bulk).toContainText('in your team already');

  // Select all, keep one: the others go in one click.
  await dialog.getByRole('checkbox', { name: 'Select all' }).check();
  const keep = (await rpc<TeamMember[]>('team.list'))[0]!;
  await dialog.getByRole('checkbox', { name: `Select ${keep.displayName}` }).uncheck();
  await dialog.getByRole('button', { name: `Remove ${lastMonthAuthors.length - 1} selected` }).click();
  await expect(dialog.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(1);
  expect((await rpc<TeamMember[]>('team.list')).map((m) => m.accountId)).toEqual([keep.accountId]);
  await page.screenshot({ path: screenshotPath('team-removed-light') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(section.getByTestId('team-summary')).toContainText(`1 person: ${keep.displayName}.`);

  // The Timesheet has the same dialog in its header.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet', exact: true }).click();
  await page.locator('.page-header').getByRole('button', { name: 'My team' }).click();
  await expect(page.getByRole('dialog', { name: 'My team' }).getByRole('list', { name: 'Team members' })).toContainText(keep.displayName);
});
