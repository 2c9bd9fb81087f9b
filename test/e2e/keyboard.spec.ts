import type { Page } from '@playwright/test';
import { presetRange } from '../../shared/domain/dates.js';
import type { WorklogView } from '../../shared/domain/worklog.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import { browserToday } from './helpers/sync-world.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

const PAGES = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'] as const;
const hours = (seconds: number): string => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((seconds / 3600) * 100) / 100)} h`;

interface FocusProbe {
  /** Stable per element for the page's life, so a walk knows when focus came round again. */
  id: number;
  what: string;
  focusVisible: boolean;
  /** The focused look differs from the unfocused one by a visible outline or a box-shadow ring. */
  ring: boolean;
}

/**
 * What the focused element looks like with focus and without: its outline and box-shadow (or those
 * of the visible control around a visually hidden input), focused and after blur(). Focus goes back
 * where it was, so the next Tab carries on from it.
 */
function probeFocus(page: Page): Promise<FocusProbe | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    const shown = box.width > 2 && box.height > 2 ? el : ((el.closest('label, .segmented__option, .instance-option') as HTMLElement | null) ?? el);
    const look = (): { outline: string; shadow: string } => {
      const cs = getComputedStyle(shown);
      const visibleOutline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(cs.outlineColor);
      return { outline: visibleOutline ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` : 'none', shadow: cs.boxShadow };
    };
    const focusVisible = el.matches(':focus-visible');
    const focused = look();
    el.blur();
    const blurred = look();
    el.focus();
    const tagged = el as HTMLElement & { __probeId?: number };
    const w = window as Window & { __probeCount?: number };
    tagged.__probeId ??= w.__probeCount = (w.__probeCount ?? 0) + 1;
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" .${[...shown.classList].join('.')}`;
    return { id: tagged.__probeId, what, focusVisible, ring: focused.outline !== 'none' || (focused.shadow !== blurred.shadow && focused.shadow !== 'none') };
  });
}

/** Tabs through the page (up to `limit` stops, or until focus comes round again) and probes each stop. */
async function tabWalk(page: Page, limit: number): Promise<FocusProbe[]> {
  const seen: FocusProbe[] = [];
  const keys = new Set<number>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // A date input's month, day and year fields are one element taking Tab in turn: one stop. Not
    // probed again, since the probe re-focuses the element, which puts the caret back on its first field.
    const stillThere = await page.evaluate(() => (document.activeElement as (Element & { __probeId?: number }) | null)?.__probeId);
    if (stillThere !== undefined && stillThere === seen.at(-1)?.id) continue;
    const probe = await probeFocus(page);
    if (!probe) continue;
    if (keys.has(probe.id)) break;
    keys.add(probe.id);
    seen.push(probe);
  }
  return seen;
}

test.describe('Keyboard', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every stop on every page shows a focus ring, in light and dark', async ({ page, app, ts }) => {
    expect(ts.thisMonthDays().length).toBeGreaterThan(27);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(app.url);
      for (const name of PAGES) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        const stops = await tabWalk(page, 45);
        // Each page has its controls: the walk went beyond the sidebar.
        expect(stops.length, `${name}: tab stops: ${stops.map((s) => s.what).join(" | ")}`).toBeGreaterThan(8);
        const bad = stops.filter((s) => !s.focusVisible || !s.ring);
        expect(bad, `${name} (${theme}): stops without a visible focus ring`).toEqual([]);
      }
    }
    // A primary (filled) button, whose own shadow used to hide the ring, focused by keyboard.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync', exact: true }).click();
    const primary = page.locator('.btn--primary').first();
    await primary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(primary).toBeFocused();
    await expect(primary).toHaveCSS('outline-style', 'solid');
    await page.screenshot({ path: screenshotPath('keyboard-focus-primary-dark') });
  });

  test('Worklogs rows: Tab reaches them, arrows and Home/End move, Enter opens the worklog', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    const table = page.getByRole('table', { name: 'Worklogs' });
    const row = (i: number) => table.locator(`.wl-table__body [role="row"][aria-rowindex="${i + 2}"]`);
    await expect(row(0).locator('.wl-cell--hours')).not.toBeEmpty();
    const thisMonth = presetRange('this-month', browserToday());
    const count = Number(await table.getAttribute('aria-rowcount')) - 1;
    expect(count).toBeGreaterThan(20);

    // From the header's last control (Hours, or its resize handle), Tab lands on the first row: one tab stop for all rows.
    await table.getByRole('columnheader').last().locator('button, [role="separator"]').last().focus();
    await page.keyboard.press('Tab');
    await expect(row(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(row(2)).toBeFocused();
    await expect(row(2)).toHaveAttribute('tabindex', '0');
    await expect(row(0)).toHaveAttribute('tabindex', '-1');
    await page.screenshot({ path: screenshotPath('keyboard-worklogs-row-light') });

    // Enter opens that worklog: main's third row, newest first.
    const r = await app.rpc<WorklogView[]>('explorer.rows', { query: thisMonth, offset: 2, limit: 1, sort: { by: 'date', dir: 'desc' } });
    if (!r.ok) throw new Error(r.error.message);
    const third = r.value[0] as WorklogView;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText(`${third.issueKey ?? `#${third.issueId}`} · ${hours(third.seconds)}`);
    await expect(dialog.locator('dd[data-field="author"]')).toHaveText(third.authorName ?? third.authorAccountId);
    await expect(dialog.locator('dd[data-field="comment"]')).toHaveText(third.comment ?? '—');
    await page.screenshot({ path: screenshotPath('keyboard-worklog-details-light') });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(row(2)).toBeFocused();

    // End goes to the last row (scrolled into view and rendered), Home back to the first.
    await page.keyboard.press('End');
    await expect(row(count - 1)).toBeFocused();
    await expect(row(count - 1)).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(row(count - 2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(row(0)).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(row(10)).toBeFocused();
    expect(ts.thisMonth).toEqual(thisMonth);
  });

  test('Timesheet: Tab reaches the grid, arrows move between people and days, Enter opens the day', async ({ page, app, ts }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet', exact: true }).click();
    const grid = page.getByRole('table', { name: /^Timesheet,/ });
    await expect(grid).toBeVisible();
    const ids = await grid.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-account-id') ?? ''));
    expect(ids.length).toBeGreaterThan(2);
    const button = (r: number, date: string) => grid.locator(`tbody tr[data-account-id="${ids[r]}"] td[data-date="${date}"] button`);
    const days = ts.thisMonthDays();

    // Tab from the page's controls into the grid: the first cell is its one tab stop.
    await grid.locator('thead').click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await button(0, days[0] as string).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(button(0, days[0] as string)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(button(1, days[0] as string)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(button(1, days[2] as string)).toBeFocused();
    await expect(button(1, days[2] as string)).toHaveCSS('outline-style', 'solid');
    await page.screenshot({ path: screenshotPath('keyboard-timesheet-cell-dark') });

    const sheet = await ts.timesheet({ ...ts.thisMonth, accountIds: [ids[1] as string] });
    const person = sheet.people[0]!;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: person.name });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`${hours(person.cells[2]!.loggedSeconds)} logged`);
    await page.keyboard.press('Escape');
    await expect(button(1, days[2] as string)).toBeFocused();
  });
});
