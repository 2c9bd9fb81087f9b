import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotPath, test as base } from './helpers/start-app.js';
import type { TimesheetWorld } from './helpers/timesheet-world.js';
import { startTimesheetWorld } from './helpers/timesheet-world.js';

/**
 * axe-core on every page, empty (fresh data folder) and filled (synced worklogs, a team, Factorial
 * leaves), in both themes. The tags pick WCAG 2.0/2.1/2.2 A and AA plus axe's best practices; the
 * test fails on any serious or critical violation and prints the rules it ran, so a reader sees
 * what "accessible" was checked against.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PAGES = ['Worklogs', 'Timesheet', 'Charts', 'Leaves', 'Packages', 'Sync', 'Settings'] as const;
const THEMES = ['light', 'dark'] as const;

const test = base.extend<{ ts: TimesheetWorld }>({
  ts: async ({ app }, use) => {
    const ts = await startTimesheetWorld(app);
    await use(ts);
    await ts.close();
  },
});

interface Finding {
  page: string;
  theme: string;
  rule: string;
  impact: string;
  nodes: string[];
}

/** Lets colour transitions finish after a theme switch, so axe measures the theme and not a blend. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

async function openPage(page: Page, name: (typeof PAGES)[number]): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Whatever the page loads first (spinners, skeletons) is gone before axe looks.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function audit(page: Page, app: StartedApp, state: 'empty' | 'filled'): Promise<{ findings: Finding[]; rules: Set<string> }> {
  const findings: Finding[] = [];
  const rules = new Set<string>();
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(app.url);
    for (const name of PAGES) {
      await openPage(page, name);
      await settle(page);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const r of [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable]) rules.add(r.id);
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        findings.push({ page: name, theme, rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`.slice(0, 260)) });
      }
      await page.screenshot({ path: screenshotPath(`a11y-${state}-${name.toLowerCase()}-${theme}`) });
    }
  }
  return { findings, rules };
}

function report(state: string, rules: Set<string>, findings: Finding[]): void {
  void test.info().attach(`axe-rules-${state}.txt`, { body: [...rules].sort().join('\n'), contentType: 'text/plain' });
  console.log(`axe (${state}): ${rules.size} rules checked with tags ${TAGS.join(', ')}:\n  ${[...rules].sort().join(', ')}`);
  for (const f of findings) console.log(`${f.page} (${f.theme}) ${f.rule} [${f.impact}]\n    ${f.nodes.join('\n    ')}`);
}

test.describe('Accessibility (axe-core)', () => {
  // Fourteen axe runs per test (seven pages, two themes), after the world's syncs on the filled one.
  test.describe.configure({ timeout: 180_000 });
  test('every page on an empty data folder, light and dark: no serious or critical violation', async ({ page, app }) => {
    const { findings, rules } = await audit(page, app, 'empty');
    report('empty', rules, findings);
    // The contrast and name rules are among those run: a silent config change can't skip them.
    for (const rule of ['color-contrast', 'button-name', 'link-name', 'label', 'aria-required-children', 'region']) expect(rules).toContain(rule);
    expect(findings).toEqual([]);
  });

  test('every page with synced worklogs, a team and leaves, light and dark: no serious or critical violation', async ({ page, app, ts }) => {
    expect(ts.thisMonthDays().length).toBeGreaterThan(27);
    const { findings, rules } = await audit(page, app, 'filled');
    report('filled', rules, findings);
    expect(rules).toContain('color-contrast');
    expect(findings).toEqual([]);
  });
});
