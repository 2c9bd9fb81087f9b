import type { Page } from '@playwright/test';
import type { ExplorerFacets, ExplorerFilter, ExplorerResult, GroupBy } from '../../shared/domain/explorer.js';
import type { TeamMember } from '../../shared/domain/team.js';
import type { WorklogView } from '../../shared/domain/worklog.js';
import { READER_DAY_NOTE } from '../../shared/domain/zoned-day.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath } from './helpers/start-app.js';
import { worklogsTest as test } from './helpers/worklogs-world.js';

/** As the page writes them in en-GB (playwright.config.ts): "1,234.5 h", "612". */
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

async function rpc<T>(app: StartedApp, channel: Parameters<StartedApp['rpc']>[0], input: unknown): Promise<T> {
  const r = await app.rpc<T>(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
const query = (app: StartedApp, filter: ExplorerFilter, groupBy: GroupBy = 'person'): Promise<ExplorerResult> => rpc<ExplorerResult>(app, 'explorer.query', { ...filter, groupBy });

async function expectTotals(page: Page, totals: ExplorerResult['totals']): Promise<void> {
  await expect(page.getByTestId('total-hours')).toHaveText(hours(totals.seconds));
  await expect(page.getByTestId('total-worklogs')).toHaveText(num(totals.count));
  await expect(page.getByTestId('total-people')).toHaveText(num(totals.people));
  await expect(page.getByRole('definition').first()).toBeVisible();
  await expect(page.locator('.wl-totals')).not.toHaveAttribute('aria-busy', 'true');
}

async function openWorklogs(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Worklogs' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Worklogs' });
const dataRow = (page: Page, index: number) => table(page).locator(`[role="row"][aria-rowindex="${index + 2}"]`);

test.describe('Worklogs page', () => {
  test('without instances it leads to Settings', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openWorklogs(page, app);
    // The first-run checklist's first step (first-run.spec.ts follows it through).
    await expect(page.getByRole('heading', { name: 'Get started with Worklog Desk' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('worklogs-empty-dark') });
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('totals and the table match main; sorting by hours; a hidden column stays hidden', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    const filter: ExplorerFilter = { ...wl.thisMonth };
    const expected = await query(app, filter);
    expect(expected.totals.count).toBeGreaterThan(100);
    await expectTotals(page, expected.totals);

    // Newest first by default; the first row is main's first row.
    const rows = await rpc<WorklogView[]>(app, 'explorer.rows', { query: filter, offset: 0, limit: 5, sort: { by: 'date', dir: 'desc' } });
    const first = rows[0] as WorklogView;
    await expect(dataRow(page, 0).locator('.wl-cell--issue')).toHaveText(first.issueKey ?? '');
    await expect(dataRow(page, 0).locator('.wl-cell--hours')).toHaveText(hours(first.seconds));
    await expect(table(page)).toHaveAttribute('aria-rowcount', String(expected.totals.count + 1));
    // Accents and emoji arrive intact in the author column somewhere in the table.
    await page.screenshot({ path: screenshotPath('worklogs-table-light') });

    // Sort by hours: descending on the first click, the first row has the most hours.
    await table(page).getByRole('button', { name: 'Hours' }).click();
    await expect(table(page).getByRole('columnheader', { name: 'Hours' })).toHaveAttribute('aria-sort', 'descending');
    const [max] = await rpc<WorklogView[]>(app, 'explorer.rows', { query: filter, offset: 0, limit: 1, sort: { by: 'seconds', dir: 'desc' } });
    await expect(dataRow(page, 0).locator('.wl-cell--hours')).toHaveText(hours((max as WorklogView).seconds));

    // The last rows load on demand when scrolled to.
    await table(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(dataRow(page, expected.totals.count - 1).locator('.wl-cell--hours')).not.toBeEmpty();

    // Column chooser: hide Comment; it stays hidden after a reload.
    await expect(table(page).getByRole('columnheader', { name: 'Comment' })).toBeVisible();
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('dialog', { name: 'Columns' }).getByRole('checkbox', { name: 'Comment' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(table(page).getByRole('columnheader', { name: 'Comment' })).toHaveCount(0);
    await page.reload();
    await expectTotals(page, expected.totals);
    await expect(table(page).getByRole('columnheader', { name: 'Hours' })).toHaveAttribute('aria-sort', 'descending');
    await expect(table(page).getByRole('columnheader', { name: 'Comment' })).toHaveCount(0);

    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the theme's colour transitions settle before the shot.
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('worklogs-table-dark') });
  });

  test('author and text filters change the totals as main counts them, and persist over a reload', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    const facets = await rpc<ExplorerFacets>(app, 'explorer.facets', wl.thisMonth);
    // Someone whose name needs Unicode to survive (accents or emoji).
    const author = facets.authors.find((a) => /[^\u0020-\u007e]/.test(a.label)) ?? facets.authors[0];
    if (!author?.key) throw new Error('no author in the facets');

    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Author/ }).click();
    const popover = page.getByRole('dialog', { name: 'Filter by author' });
    await popover.getByRole('searchbox').fill(author.label.slice(0, 3));
    await popover.getByRole('checkbox', { name: author.label }).check();
    await page.screenshot({ path: screenshotPath('worklogs-author-filter-light') });
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    const byAuthor = await query(app, { ...wl.thisMonth, authorAccountIds: [author.key] });
    await expectTotals(page, byAuthor.totals);
    expect(byAuthor.totals.people).toBe(1);
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Author/ })).toContainText(author.label);
    await expect(dataRow(page, 0).locator('.wl-cell--author')).toHaveText(author.label);

    // Text (accent-insensitive: "zoe" finds "Zoë" in comments), together with the author.
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search worklogs' })).toBeFocused();
    await page.keyboard.type('zoe');
    const both = await query(app, { ...wl.thisMonth, authorAccountIds: [author.key], text: 'zoe' });
    await expectTotals(page, both.totals);

    // Esc clears the search; the author stays.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox', { name: 'Search worklogs' })).toHaveValue('');
    await expectTotals(page, byAuthor.totals);

    // Text alone, then a reload keeps both filters.
    await page.getByRole('searchbox', { name: 'Search worklogs' }).fill('zoe');
    await expectTotals(page, both.totals);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search worklogs' })).toHaveValue('zoe');
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Author/ })).toContainText(author.label);
    await expectTotals(page, both.totals);

    // Clear filters: back to everything in the range.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectTotals(page, (await query(app, wl.thisMonth)).totals);
    await expect(page.getByRole('searchbox', { name: 'Search worklogs' })).toHaveValue('');
  });

  test('a worklog whose day is the reader’s (author’s zone hidden in Jira) is marked, with the reason as its label', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    // An author who hides their zone: Globex (Jira only) can give only the reader's day; Acme (Tempo) knows theirs.
    const facets = await rpc<ExplorerFacets>(app, 'explorer.facets', wl.thisMonth);
    const hidden = wl.world.users.find((u) => u.zoneHidden && facets.authors.some((a) => a.key === u.accountId));
    if (!hidden) throw new Error('no author hiding their zone logged this month');
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Author/ }).click();
    const popover = page.getByRole('dialog', { name: 'Filter by author' });
    await popover.getByRole('searchbox').fill(hidden.displayName.slice(0, 3));
    await popover.getByRole('checkbox', { name: hidden.displayName }).check();
    await page.keyboard.press('Escape');

    const filter: ExplorerFilter = { ...wl.thisMonth, authorAccountIds: [hidden.accountId] };
    await expectTotals(page, (await query(app, filter)).totals);
    const rows = await rpc<WorklogView[]>(app, 'explorer.rows', { query: filter, offset: 0, limit: 12, sort: { by: 'date', dir: 'desc' } });
    const flagged = rows.findIndex((r) => r.dayFromReaderZone);
    const plain = rows.findIndex((r) => !r.dayFromReaderZone);
    expect(flagged, 'a Globex row of this author among the first rows').toBeGreaterThanOrEqual(0);
    expect(plain, 'an Acme (Tempo) row of this author among the first rows').toBeGreaterThanOrEqual(0);
    expect(rows[flagged]?.instance).toBe('Globex');
    expect(rows[plain]?.instance).toBe('Acme');

    const mark = dataRow(page, flagged).locator('.wl-cell--date').getByRole('img', { name: READER_DAY_NOTE });
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAttribute('title', READER_DAY_NOTE);
    await expect(dataRow(page, plain).locator('.wl-cell--date').getByRole('img')).toHaveCount(0);
    // Every marked row on screen is one main flagged, and no other.
    const marked = await table(page).locator('[role="row"]').evaluateAll((els) =>
      els.flatMap((el) => (el.querySelector('.reader-day-mark') ? [Number(el.getAttribute('aria-rowindex')) - 2] : [])),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const i of marked) if (i < rows.length) expect(rows[i]?.dayFromReaderZone, `row ${i}`).toBe(true);
    await mark.hover();
    await page.screenshot({ path: screenshotPath('worklogs-reader-day-light') });
  });

  test('group by epic: groups add up to the total, "No epic" is one of them and expands to its rows', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    // Both months, so the groups have some weight.
    await page.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' }).click();
    const filter: ExplorerFilter = { ...wl.lastMonth };
    const expected = await query(app, filter, 'epic');
    await expectTotals(page, expected.totals);

    await page.getByRole('radiogroup', { name: 'Group by' }).getByRole('radio', { name: 'Epic' }).click();
    const groups = page.getByRole('list', { name: 'Groups' });
    await expect(groups.getByRole('listitem')).toHaveCount(expected.groups.length);
    const seconds = await groups.locator('.wl-group__hours').evaluateAll((els) => els.reduce((s, el) => s + Number((el as HTMLElement).dataset.seconds), 0));
    expect(seconds).toBe(expected.totals.seconds);

    const noEpic = expected.groups.find((g) => g.key === null);
    if (!noEpic) throw new Error('the world has no worklogs without an epic');
    const head = groups.getByRole('button', { name: /No epic/ });
    await expect(head).toHaveCount(1);
    await expect(head).toContainText(hours(noEpic.seconds));
    await head.click();
    await expect(head).toHaveAttribute('aria-expanded', 'true');
    const rows = page.getByRole('table', { name: 'Worklogs of No epic' }).locator('[role="rowgroup"]').nth(1).getByRole('row');
    await expect(rows).toHaveCount(Math.min(noEpic.count, 200));
    await expect(rows.first().locator('.wl-cell--epic')).toHaveText('No epic');
    await page.screenshot({ path: screenshotPath('worklogs-groups-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the theme's colour transitions settle before the shot.
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('worklogs-groups-dark') });

    // Grouped by epic, each group says how many people logged on it.
    await expect(groups.locator('.wl-group__stat--people').first()).toContainText(/\d+ (person|people)/);

    // Group by person: one group per author, names intact.
    await page.getByRole('radiogroup', { name: 'Group by' }).getByRole('radio', { name: 'Person' }).click();
    const people = await query(app, filter, 'person');
    await expect(groups.getByRole('listitem')).toHaveCount(people.groups.length);
    await expect(groups.getByRole('listitem').first()).toContainText(people.groups[0]?.label ?? '');
    // A person's group is always one person: no "1 person" count on any of them.
    await expect(groups.locator('.wl-group__stat--people')).toHaveCount(0);
    await expect(groups).not.toContainText(/\b1 person\b/);
    await page.screenshot({ path: screenshotPath('worklogs-person-groups-dark') });
  });

  test('group by issue: CORE-1 expands to exactly its own worklogs, not CORE-12’s', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    await page.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Last month' }).click();
    const expected = await query(app, wl.lastMonth, 'issue');
    // An Acme issue whose key is the start of another one's (CORE-1 and CORE-12): the text search
    // that expansion used to rely on finds both.
    const acme = expected.groups.filter((g) => g.instanceId === wl.acme.id);
    const short = acme.find((g) => acme.some((o) => o.key !== g.key && o.key?.startsWith(g.key as string) && /^\d/.test(o.key.slice(g.key?.length ?? 0))));
    if (!short?.key) throw new Error('the world has no pair of issue keys like CORE-1 / CORE-12 with worklogs last month');
    const longer = acme.filter((o) => o.key !== short.key && o.key?.startsWith(short.key as string)).map((o) => o.key);
    expect(longer.length).toBeGreaterThan(0);

    await page.getByRole('radiogroup', { name: 'Group by' }).getByRole('radio', { name: 'Issue' }).click();
    const groups = page.getByRole('list', { name: 'Groups' });
    // The first 100 groups are drawn, the rest on request (a month by issue can have 20,000).
    expect(expected.groups.length).toBeGreaterThan(100);
    await expect(groups.getByRole('listitem')).toHaveCount(100);
    await expect(page.locator('.wl-groups__more')).toContainText(`100 of ${num(expected.groups.length)} groups`);
    await page.locator('.wl-groups__more').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('worklogs-issue-groups-more-light') });
    await page.getByRole('button', { name: `Show ${num(expected.groups.length - 100)} more` }).click();
    await expect(groups.getByRole('listitem')).toHaveCount(expected.groups.length);
    await expect(page.locator('.wl-groups__more')).toHaveCount(0);
    const item = groups.locator(`li[data-group-key="${short.key}"]`).filter({ hasText: 'Acme' });
    await expect(item).toHaveCount(1);
    // The expansion asks main for exactly this issue (issueKeys + its instance), not a text search.
    const asked = page.waitForRequest((r) => r.url().endsWith('/rpc/explorer.rows'));
    const answered = page.waitForResponse((r) => r.url().endsWith('/rpc/explorer.rows'));
    await item.getByRole('button').first().click();
    const body = (await asked).postDataJSON() as { query: ExplorerFilter };
    expect(body.query).toMatchObject({ instanceIds: [wl.acme.id], issueKeys: [short.key] });
    expect(body.query.text).toBeUndefined();
    const answer = (await (await answered).json()) as { ok: true; value: WorklogView[] };
    expect(answer.value.map((r) => r.issueKey)).toEqual(Array.from({ length: Math.min(short.count, 200) }, () => short.key));
    const rows = item.getByRole('table').locator('[role="rowgroup"]').nth(1).getByRole('row');
    await expect(rows).toHaveCount(Math.min(short.count, 200));
    await expect(item.locator('.wl-group__more')).toContainText(`${num(Math.min(short.count, 200))} of ${num(short.count)} worklogs`);
    expect(await rows.locator('.wl-cell--issue').allTextContents()).toEqual(Array.from({ length: Math.min(short.count, 200) }, () => short.key));
  });

  test('My team: add a person with 7.5 h on Mon–Thu', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openWorklogs(page, app);
    await expect(page.getByTestId('total-worklogs')).not.toHaveText('—');
    const facets = await rpc<ExplorerFacets>(app, 'explorer.facets', wl.thisMonth);
    const person = facets.authors.find((a) => a.label.includes('🚀')) ?? facets.authors[0];
    if (!person?.key) throw new Error('no author');

    await page.getByRole('button', { name: 'My team', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'My team' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('No one yet')).toBeVisible();
    await dialog.getByLabel('Person', { exact: true }).selectOption({ label: person.label });
    await dialog.getByLabel('Daily hours', { exact: true }).fill('7.5');
    const days = dialog.getByRole('group', { name: 'Working days', exact: true });
    await days.getByRole('button', { name: 'Friday' }).click();
    await expect(days.getByRole('button', { name: 'Friday' })).toHaveAttribute('aria-pressed', 'false');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();

    const member = dialog.getByRole('list', { name: 'Team members' }).getByRole('listitem', { name: person.label });
    await expect(member).toBeVisible();
    await expect(member.getByTestId('team-member-summary')).toHaveText('7.5 h a day · Mon–Thu');
    const team = await rpc<TeamMember[]>(app, 'team.list', {});
    expect(team.map((m) => [m.accountId, m.displayName, m.dailySeconds, m.workingWeekdays])).toEqual([[person.key, person.label, 27000, [1, 2, 3, 4]]]);
    await page.screenshot({ path: screenshotPath('worklogs-team-light') });

    // A bad number is refused in plain words, nothing saved.
    const input = member.getByLabel(`Daily hours for ${person.label}`);
    await input.fill('25');
    await input.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('between 0 and 24');
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the theme's colour transitions settle before the shot.
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('worklogs-team-dark') });
    await input.fill('6');
    await input.press('Enter');
    await expect(member.getByTestId('team-member-summary')).toHaveText('6 h a day · Mon–Thu');

    // "My team only" now narrows the view to that person.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'My team only' }).click();
    await expectTotals(page, (await query(app, { ...wl.thisMonth, teamOnly: true })).totals);
    await expect(page.getByTestId('total-people')).toHaveText('1');
  });
});
