import type { Locator, Page } from '@playwright/test';
import type { ExplorerFilter, ExplorerResult } from '../../shared/domain/explorer.js';
import type { InstanceView } from '../../shared/domain/instance.js';
import type { ExplorerSeries, SeriesBucketSize, SeriesBy } from '../../shared/domain/series.js';
import type { WorklogView } from '../../shared/domain/worklog.js';
import { explorerPresetRange, shiftDate } from '../../shared/domain/dates.js';
import type { StartedApp } from './helpers/start-app.js';
import { JIRA_USER, expect, screenshotPath, screenshotWholePage } from './helpers/start-app.js';
import type { WorklogsWorld } from './helpers/worklogs-world.js';
import { worklogsTest as test } from './helpers/worklogs-world.js';
import { browserToday } from './helpers/sync-world.js';

/** As the page writes them in en-GB (playwright.config.ts): "1,234.5 h", "612". */
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;
const num = (n: number): string => new Intl.NumberFormat('en-GB').format(n);

async function rpc<T>(app: StartedApp, channel: Parameters<StartedApp['rpc']>[0], input: unknown): Promise<T> {
  const r = await app.rpc<T>(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}
const query = (app: StartedApp, filter: ExplorerFilter): Promise<ExplorerResult> => rpc<ExplorerResult>(app, 'explorer.query', { ...filter, groupBy: 'person' });
const series = (app: StartedApp, filter: ExplorerFilter, by: SeriesBy, bucket: SeriesBucketSize): Promise<ExplorerSeries> =>
  rpc<ExplorerSeries>(app, 'explorer.series', { ...filter, by, bucket, top: by === 'person' ? 20 : 8 });

/** The names the page shows: an epic or project name that two sites share gets the site's name after it. */
function named(s: ExplorerSeries, wl: WorklogsWorld): ExplorerSeries {
  const sites = new Map([wl.acme, wl.globex].map((i) => [i.id, i.name]));
  const shared = (label: string): boolean => s.series.filter((x) => x.label === label).length > 1;
  return { ...s, series: s.series.map((x) => (x.instanceId && shared(x.label) ? { ...x, label: `${x.label} · ${sites.get(x.instanceId)}` } : x)) };
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const card = (page: Page, by: SeriesBy) => page.getByTestId(`chart-card-${by}`);
const segment = (page: Page, by: SeriesBy, seriesIndex: number | 'other', bucket?: number) =>
  page.locator(`[data-testid="chart-${by}"] g[data-series="${seriesIndex}"]${bucket === undefined ? '' : `[data-bucket="${bucket}"]`} path`);

async function expectTotals(page: Page, totals: ExplorerResult['totals']): Promise<void> {
  await expect(page.getByTestId('total-hours')).toHaveText(hours(totals.seconds));
  await expect(page.getByTestId('total-worklogs')).toHaveText(num(totals.count));
  await expect(page.getByTestId('total-people')).toHaveText(num(totals.people));
  await expect(page.locator('.wl-totals')).not.toHaveAttribute('aria-busy', 'true');
}

async function openCharts(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await expect(heading(page, 'Worklogs')).toBeVisible();
  await navLink(page, 'Charts').click();
  await expect(heading(page, 'Charts')).toBeVisible();
  await expect(page).toHaveTitle('Charts · Worklog Desk');
}

async function setRange(page: Page, range: { from: string; to: string }): Promise<void> {
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('radiogroup', { name: 'Date range' }).getByRole('radio', { name: 'Custom' }).click();
  await filters.getByLabel('From', { exact: true }).fill(range.from);
  await filters.getByLabel('To', { exact: true }).fill(range.to);
}

async function showAs(page: Page, by: SeriesBy, view: 'Chart' | 'Table'): Promise<void> {
  const title = { epic: 'Hours per epic', project: 'Hours per project', person: 'Hours per person' }[by];
  await card(page, by).getByRole('radiogroup', { name: `Show ${title.toLowerCase()} as` }).getByRole('radio', { name: view }).click();
}

/** Every figure of a table view against main's series: row by row, bucket by bucket, and the totals row. */
async function expectTable(table: Locator, s: ExplorerSeries): Promise<void> {
  const perBucket = s.bucket !== 'range';
  await expect(table.locator('thead th')).toHaveCount(1 + (perBucket ? s.buckets.length : 0) + 1);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(s.series.length + (s.other ? 1 : 0));
  const cellText = (seconds: number): string => (seconds === 0 ? '—' : hours(seconds));
  for (const [i, line] of s.series.entries()) {
    const row = rows.nth(i);
    await expect(row.locator('th')).toHaveText(line.label);
    const expected = [...(perBucket ? line.seconds.map(cellText) : []), cellText(line.total)];
    await expect(row.locator('td')).toHaveText(expected);
  }
  if (s.other) await expect(rows.last().locator('td').last()).toHaveText(hours(s.other.total));
  const foot = table.locator('tfoot td');
  await expect(foot).toHaveText([...(perBucket ? s.bucketTotals.map(cellText) : []), hours(s.total)]);
}

// Reduced motion: recharts then draws bars at their final size at once, so what the tests measure
// and the screenshots show is never mid-animation.
test.describe('Charts page', () => {
  test('the charts show main’s figures by week and by month, with totals, legend and tables; light and dark', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await openCharts(page, app);
    // Two months: the weeks cross a month edge, and a range starting on the 1st usually starts mid-week.
    const range = { from: wl.lastMonth.from, to: wl.thisMonth.to };
    await setRange(page, range);
    await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).blur();
    const filter: ExplorerFilter = { ...range };
    const totals = (await query(app, filter)).totals;
    expect(totals.count).toBeGreaterThan(300);
    await expectTotals(page, totals);
    for (const by of ['epic', 'project', 'person'] as const) await expect(page.getByTestId(`chart-total-${by}`)).toHaveText(hours(totals.seconds));

    // Main's weekly series add up to the Worklogs total, bucket by bucket.
    const epicWeeks = named(await series(app, filter, 'epic', 'week'), wl);
    expect(epicWeeks.bucketTotals.reduce((a, b) => a + b, 0)).toBe(totals.seconds);
    expect(epicWeeks.buckets[0]?.start).toBe(range.from);
    expect(epicWeeks.buckets.at(-1)?.end).toBe(range.to);
    // The same epic on both fake sites is two series (one per instance), told apart by the site's name.
    expect(new Set(epicWeeks.series.map((s) => s.instanceId)).size).toBeGreaterThan(1);
    expect(epicWeeks.series.some((s) => s.label.endsWith(' · Globex'))).toBe(true);

    // The legend: every named epic with its hours, then the rest as Other.
    const legend = page.getByRole('list', { name: 'Epics in the chart' });
    await expect(legend.getByRole('listitem')).toHaveCount(epicWeeks.series.length + (epicWeeks.other ? 1 : 0));
    for (const [i, s] of epicWeeks.series.entries()) await expect(legend.getByRole('listitem').nth(i)).toHaveText(`${s.label}${hours(s.total)}`);
    // One segment per epic and week with hours.
    for (const [i, s] of epicWeeks.series.entries()) {
      const withHours = s.seconds.filter((x) => x > 0).length;
      expect(await segment(page, 'epic', i).evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height > 0).length)).toBe(withHours);
    }
    // People: one bar per person, biggest first, names intact (accents, emoji).
    const people = await series(app, filter, 'person', 'week');
    await expect(segment(page, 'person', 0)).toHaveCount(1);
    await expect(page.locator('[data-testid="chart-person"] g[data-series] path')).toHaveCount(people.series.length + (people.other ? 1 : 0));
    await expect(page.locator('[data-testid="chart-person"] .chart-name title').first()).toHaveText(people.series[0]?.label ?? '');
    await screenshotWholePage(page, 'charts-week-light');
    await page.getByTestId('chart-epic').scrollIntoViewIfNeeded();
    // Hover a bar: the tooltip gives the week's days, its epics and their hours.
    const top = epicWeeks.series[0];
    if (!top) throw new Error('no epic series');
    const topBucket = top.seconds.indexOf(Math.max(...top.seconds));
    await segment(page, 'epic', 0, topBucket).hover();
    const tooltip = page.locator('[data-testid="chart-epic"] .chart-tooltip');
    await expect(tooltip).toContainText(/^Week \d+ · /);
    await expect(tooltip).toContainText(`${top.label}${hours(top.seconds[topBucket] ?? 0)}`);
    await expect(tooltip.locator('.chart-tooltip__total')).toHaveText(`Total${hours(epicWeeks.bucketTotals[topBucket] ?? 0)}`);
    await page.screenshot({ path: screenshotPath('charts-tooltip-light') });

    // Table views carry the exact figures.
    await showAs(page, 'epic', 'Table');
    await expectTable(card(page, 'epic').getByRole('table', { name: 'Hours per epic, per week' }), epicWeeks);
    await card(page, 'epic').screenshot({ path: screenshotPath('charts-table-light') });
    await showAs(page, 'person', 'Table');
    await expectTable(card(page, 'person').getByRole('table', { name: 'Hours per person' }), people);
    await showAs(page, 'person', 'Chart');

    // Month bars: two buckets, same total; the choice survives a reload.
    await page.getByRole('radiogroup', { name: 'Bars per' }).getByRole('radio', { name: 'Month' }).click();
    const epicMonths = named(await series(app, filter, 'epic', 'month'), wl);
    expect(epicMonths.buckets.map((b) => [b.start, b.end])).toEqual([
      [wl.lastMonth.from, wl.lastMonth.to],
      [wl.thisMonth.from, wl.thisMonth.to],
    ]);
    await expectTable(card(page, 'epic').getByRole('table', { name: 'Hours per epic, per month' }), epicMonths);
    await showAs(page, 'epic', 'Chart');
    await expect(page.locator('[data-testid="chart-epic"] .recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(2);
    await showAs(page, 'project', 'Table');
    await expectTable(card(page, 'project').getByRole('table', { name: 'Hours per project, per month' }), named(await series(app, filter, 'project', 'month'), wl));
    await page.reload();
    await expect(page.getByRole('radiogroup', { name: 'Bars per' }).getByRole('radio', { name: 'Month' })).toBeChecked();
    await expect(page.locator('[data-testid="chart-project"] .recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(2);
    await expect(page.getByTestId('chart-total-project')).toHaveText(hours(totals.seconds));

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    // Let the theme's colour transitions settle before the shot.
    await page.waitForTimeout(400);
    await screenshotWholePage(page, 'charts-month-dark');

    // Too many weekly bars: the time charts say what to do; months still work.
    await page.getByRole('radiogroup', { name: 'Bars per' }).getByRole('radio', { name: 'Week' }).click();
    await setRange(page, { from: '2019-01-01', to: range.to });
    await expect(card(page, 'epic').getByRole('alert')).toContainText('too many bars to read: show it by month');
    await expect(page.getByTestId('chart-total-person')).toHaveText(hours(totals.seconds));
    await page.getByRole('radiogroup', { name: 'Bars per' }).getByRole('radio', { name: 'Month' }).click();
    await expect(card(page, 'epic').getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('chart-total-epic')).toHaveText(hours(totals.seconds));

    // Filters that match nothing: the way out is one click.
    await page.getByRole('searchbox', { name: 'Search worklogs' }).fill('no worklog says this');
    await expect(page.getByRole('heading', { name: 'Nothing matches these filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.getByTestId('chart-total-epic')).toHaveText(hours(totals.seconds));
  });

  test('an epic keeps its colour when a filter changes its place in the chart', async ({ page, app, wl }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openCharts(page, app);
    const range = { from: wl.lastMonth.from, to: wl.thisMonth.to };
    await setRange(page, range);
    await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).blur();
    const legend = page.getByRole('list', { name: 'Epics in the chart' });
    // The legend lists the named series in main's order: its n-th swatch is the n-th series' colour.
    const swatches = (): Promise<string[]> => legend.getByRole('listitem').evaluateAll((els) => els.map((el) => el.querySelector('.chart-swatch')?.className ?? ''));
    const identity = (s: { instanceId: string | null; key: string | null }): string => `${s.instanceId ?? ''}|${s.key ?? ''}`;
    const all = named(await series(app, range, 'epic', 'week'), wl);
    await expect(legend.getByRole('listitem').first()).toHaveText(`${all.series[0]?.label}${hours(all.series[0]?.total ?? 0)}`);
    const before = new Map(all.series.map((s, i) => [identity(s), i]));
    const beforeSwatches = await swatches();

    // Only Acme: Globex's epics leave the chart, so Acme's move up the ranking.
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Instance/ }).click();
    await page.getByRole('dialog', { name: 'Filter by instance' }).getByRole('checkbox', { name: 'Acme' }).check();
    await page.keyboard.press('Escape');
    const acme = await series(app, { ...range, instanceIds: [wl.acme.id] }, 'epic', 'week');
    await expect(legend.getByRole('listitem').first()).toHaveText(`${acme.series[0]?.label}${hours(acme.series[0]?.total ?? 0)}`);
    const afterSwatches = await swatches();

    // Every epic shown before and after keeps its swatch, though some moved to another place.
    let compared = 0;
    let moved = 0;
    acme.series.forEach((s, j) => {
      const i = before.get(identity(s));
      if (i === undefined) return;
      if (i !== j) moved++;
      expect(afterSwatches[j], s.label).toBe(beforeSwatches[i]);
      compared++;
    });
    expect(moved).toBeGreaterThan(0);
    expect(compared).toBeGreaterThan(1);
  });

  test('a click on a bar opens Worklogs filtered to exactly that bar, and the way back', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await openCharts(page, app);
    const range = { from: wl.lastMonth.from, to: wl.thisMonth.to };
    await setRange(page, range);
    const filter: ExplorerFilter = { ...range };
    const all = (await query(app, filter)).totals;
    await expectTotals(page, all);

    // An epic's segment in its busiest week.
    const epics = await series(app, filter, 'epic', 'week');
    const i = epics.series.findIndex((s) => s.key !== null);
    const epic = epics.series[i];
    if (!epic) throw new Error('no epic series');
    const j = epic.seconds.indexOf(Math.max(...epic.seconds));
    const bucket = epics.buckets[j];
    if (!bucket) throw new Error('no bucket');
    await segment(page, 'epic', i, j).click();
    await expect(heading(page, 'Worklogs')).toBeVisible();
    const drilled = await query(app, { from: bucket.start, to: bucket.end, epicKeys: [epic.key], ...(epic.instanceId ? { instanceIds: [epic.instanceId] } : {}) });
    expect(drilled.totals.seconds).toBe(epic.seconds[j]);
    await expectTotals(page, drilled.totals);
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.getByRole('radio', { name: 'Custom' })).toBeChecked();
    await expect(filters.getByLabel('From', { exact: true })).toHaveValue(bucket.start);
    await expect(filters.getByLabel('To', { exact: true })).toHaveValue(bucket.end);
    await expect(filters.getByRole('button', { name: /^Epic/ })).toContainText(epic.label);
    await page.screenshot({ path: screenshotPath('charts-drilldown-worklogs-light') });

    // Back on Charts: it says what narrowed the view and restores the filters in one click.
    await navLink(page, 'Charts').click();
    await expect(page.getByRole('status').filter({ hasText: 'from a chart' })).toContainText(epic.label);
    await page.screenshot({ path: screenshotPath('charts-drilled-light') });
    await expect(page.getByTestId('chart-total-epic')).toHaveText(hours(epic.seconds[j] ?? 0));
    await page.getByRole('button', { name: 'Back to the previous filters' }).click();
    await expectTotals(page, all);
    await expect(page.getByRole('status').filter({ hasText: 'from a chart' })).toHaveCount(0);

    // A person's bar: their hours over the whole range.
    const people = await series(app, filter, 'person', 'week');
    const person = people.series[1];
    if (!person?.key) throw new Error('no second person');
    await segment(page, 'person', 1).click();
    await expect(heading(page, 'Worklogs')).toBeVisible();
    const theirs = await query(app, { ...filter, authorAccountIds: [person.key] });
    expect(theirs.totals.seconds).toBe(person.total);
    await expectTotals(page, theirs.totals);
    await expect(page.getByTestId('total-people')).toHaveText('1');
    await navLink(page, 'Charts').click();
    await page.getByRole('button', { name: 'Back to the previous filters' }).click();
    await expectTotals(page, all);

    // The keyboard's way: a project's cell in the table view, with Enter.
    const projects = await series(app, filter, 'project', 'week');
    const project = projects.series[0];
    if (!project?.key) throw new Error('no project series');
    const k = project.seconds.findIndex((x) => x > 0);
    const week = projects.buckets[k];
    if (!week) throw new Error('no week');
    await showAs(page, 'project', 'Table');
    const cellButton = card(page, 'project').getByRole('table').locator('tbody tr').first().locator('td').nth(k).getByRole('button');
    await expect(cellButton).toHaveAccessibleName(new RegExp(`^${hours(project.seconds[k] ?? 0).replace('.', '\\.')}: `));
    await cellButton.focus();
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Worklogs')).toBeVisible();
    const cell = await query(app, { from: week.start, to: week.end, projectKeys: [project.key], ...(project.instanceId ? { instanceIds: [project.instanceId] } : {}) });
    expect(cell.totals.seconds).toBe(project.seconds[k]);
    await expectTotals(page, cell.totals);
  });

  test('with no range chosen it opens on the last complete week or month with data; a chosen range survives a reload', async ({ page, app, wl }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const today = browserToday();
    /** The week / month holding main's newest worklog before the current one starts, from its rows. */
    const lastComplete = async (period: 'this-week' | 'this-month'): Promise<{ from: string; to: string }> => {
      const current = explorerPresetRange(period, today);
      const rows = await rpc<WorklogView[]>(app, 'explorer.rows', { query: { from: '2000-01-01', to: shiftDate(current.from, -1) }, limit: 1, sort: { by: 'date', dir: 'desc' } });
      const day = rows[0]?.date;
      if (!day) throw new Error(`no worklog before ${current.from}`);
      return explorerPresetRange(period, new Date(`${day}T12:00:00`));
    };
    const filters = page.getByRole('region', { name: 'Filters' });
    const expectRange = async (range: { from: string; to: string }): Promise<void> => {
      await expect(filters.getByRole('radio', { name: 'Custom' })).toBeChecked();
      await expect(filters.getByLabel('From', { exact: true })).toHaveValue(range.from);
      await expect(filters.getByLabel('To', { exact: true })).toHaveValue(range.to);
      const totals = (await query(app, range)).totals;
      expect(totals.count).toBeGreaterThan(0);
      await expectTotals(page, totals);
      await expect(page.getByTestId('chart-total-epic')).toHaveText(hours(totals.seconds));
    };

    // Fresh: week bars, so the last complete week with worklogs, before this (current) week.
    await openCharts(page, app);
    const week = await lastComplete('this-week');
    expect(week.to < explorerPresetRange('this-week', today).from).toBe(true);
    await expectRange(week);
    await page.screenshot({ path: screenshotPath('charts-opens-last-week-light') });

    // Month bars, still nothing chosen: the last complete month with worklogs.
    await page.getByRole('radiogroup', { name: 'Bars per' }).getByRole('radio', { name: 'Month' }).click();
    const month = await lastComplete('this-month');
    expect(month).toEqual(wl.lastMonth);
    await expectRange(month);

    // The user's choice wins, survives a reload, and leaves the Worklogs page's range alone.
    const chosen = { from: wl.lastMonth.from, to: wl.thisMonth.to };
    await setRange(page, chosen);
    await filters.getByLabel('To', { exact: true }).blur();
    await expectRange(chosen);
    await page.reload();
    await expect(heading(page, 'Charts')).toBeVisible();
    await expectRange(chosen);
    await navLink(page, 'Worklogs').click();
    await expect(heading(page, 'Worklogs')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('radio', { name: 'This month' })).toBeChecked();
    await expectTotals(page, (await query(app, wl.thisMonth)).totals);
  });

  test('a range with nothing synced says to change the range or sync it', async ({ page, app, jira }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const added = await app.rpc<InstanceView>('instances.add', { name: 'Acme', url: jira.url, email: JIRA_USER.email, jiraToken: JIRA_USER.token });
    expect(added.ok).toBe(true);
    await openCharts(page, app);
    await expect(page.getByRole('heading', { name: 'No worklogs synced for this range' })).toBeVisible();
    await expect(page.getByText(/Pick another range above, or sync this one from Jira/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sync this range' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('charts-empty-dark') });
    await page.getByRole('button', { name: 'Go to Sync' }).click();
    await expect(heading(page, 'Sync')).toBeVisible();
  });
});
