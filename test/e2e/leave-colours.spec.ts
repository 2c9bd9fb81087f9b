import type { Locator, Page } from '@playwright/test';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

interface Colours {
  hue: string;
  fill: string;
  edge: string;
}
const colours = (l: Locator): Promise<Colours> =>
  l.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { hue: cs.getPropertyValue('--leave-hue').trim(), fill: cs.getPropertyValue('--leave-fill').trim(), edge: cs.getPropertyValue('--leave-edge').trim() };
  });

async function go(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a leave type has one colour on every page: Timesheet marks and legend, Leaves calendar, light and dark', async ({ page, app, ts }) => {
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(app.url);
    await go(page, 'Timesheet');
    const grid = page.getByRole('table', { name: /^Timesheet,/ });
    const onTimesheet = new Map<string, Colours>();
    for (const l of ts.leaves) {
      const mark = grid.locator(`tbody tr[data-account-id="${l.who.accountId}"] td[data-date="${l.from}"] [data-testid="leave-mark"]`);
      await expect(mark).toBeVisible();
      onTimesheet.set(l.type, await colours(mark));
    }
    // The legend's swatches are those colours too.
    expect(await colours(page.locator('.ts-swatch--vacation'))).toEqual(onTimesheet.get('Vacation'));
    expect(await colours(page.locator('.ts-swatch--sick'))).toEqual(onTimesheet.get('Sick leave'));
    // Three types, three different colours.
    expect(new Set([...onTimesheet.values()].map((c) => c.edge)).size).toBe(3);
    await page.screenshot({ path: screenshotPath(`leave-colours-timesheet-${theme}`) });

    await go(page, 'Leaves');
    for (const [type, expected] of onTimesheet) {
      const cell = page.locator(`.lv-cal .lv-leave[data-type="${type}"]`).first();
      await expect(cell).toBeVisible();
      expect(await colours(cell), type).toEqual(expected);
      // Painted with it: a solid fill, or the pending stripes.
      expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)' || getComputedStyle(el).backgroundImage !== 'none')).toBe(true);
    }
    await page.screenshot({ path: screenshotPath(`leave-colours-leaves-${theme}`) });
  }
});
