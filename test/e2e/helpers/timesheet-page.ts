import type { Locator, Page } from '@playwright/test';
import type { StartedApp } from './start-app.js';
import { expect } from './start-app.js';

/** The Timesheet's grid (its accessible name starts with "Timesheet,", then the period). */
export const timesheetGrid = (page: Page): Locator => page.getByRole('table', { name: /^Timesheet,/ });

/** Lets colour transitions finish after a theme switch, so the shot shows the theme and not a blend. */
export const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

/** Opens the app on the Timesheet by its sidebar link and waits for the grid, loaded. */
export async function openTimesheet(page: Page, app: StartedApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timesheet' })).toBeVisible();
  await expect(timesheetGrid(page)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
