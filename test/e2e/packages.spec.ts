import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { PackageView, TemplateView } from '../../shared/domain/packages.js';
import type { PackageWorld } from './helpers/package-world.js';
import { TEMPLATE, startPackageWorld } from './helpers/package-world.js';
import type { StartedApp } from './helpers/start-app.js';
import { expect, screenshotWholePage, test as base } from './helpers/start-app.js';

const test = base.extend<{ pw: PackageWorld }>({
  pw: async ({ app }, use) => {
    const pw = await startPackageWorld(app);
    await use(pw);
    await pw.close();
  },
});

const SUMMARY = `Zoë's "big" day — naïve – façade 🚀`;

async function openPackages(page: Page, app: StartedApp, tab: 'New package' | 'Templates' | 'History' = 'New package'): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Packages', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

const step = (page: Page, name: string | RegExp): Locator => page.getByRole('form', { name });
const target = (page: Page, n: number): Locator => page.getByRole('listitem', { name: `Target ${n}` });

/** axe's serious and critical findings on the page as it is (WCAG 2.x A/AA, as in accessibility.spec). */
async function seriousA11yFindings(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function history(app: StartedApp): Promise<PackageView[]> {
  const r = await app.rpc<PackageView[]>('packages.history', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Wizard up to the preview: the (only) template, the summary, then the given targets. */
async function fillWizard(page: Page, pw: PackageWorld, targets: Array<{ instance: 'alpha' | 'beta'; project: string }>): Promise<void> {
  const choose = step(page, 'Choose a template');
  await expect(choose.getByRole('radio', { name: new RegExp(TEMPLATE.name.slice(0, 10)) })).toBeChecked();
  await choose.getByRole('button', { name: 'Continue' }).click();
  const summary = step(page, 'Summary').getByLabel('Package summary');
  await expect(summary).toBeFocused();
  await summary.fill(SUMMARY);
  // Enter continues.
  await summary.press('Enter');
  await expect(step(page, 'Targets')).toBeVisible();
  for (const [i, t] of targets.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add target' }).click();
    const row = target(page, i + 1);
    await row.getByLabel('Instance').selectOption(pw.instances[t.instance].id);
    await row.getByLabel('Project key').fill(t.project);
    // Typing opens the project list over what is below: moving on closes it, as Tab does for a person.
    await row.getByLabel('Project key').press('Tab');
  }
}

test.describe('Packages page', () => {
  test('without instances it says what packages are and leads to Settings', async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPackages(page, app);
    await expect(page.getByRole('heading', { name: 'Add a Jira instance first' })).toBeVisible();
    await expect(page.getByText('Packages — group issues from several Jira instances')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/packages-no-instances-dark.png' });
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('without templates, the wizard leads to the editor; a template with quotes, dashes, accents and emoji is created', async ({ page, app, pw }) => {
    void pw;
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app);
    await expect(page.getByRole('heading', { name: 'Create a template first' })).toBeVisible();
    await page.getByRole('button', { name: 'Create a template' }).click();
    await expect(page.getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    const editor = page.getByRole('form', { name: 'New template' });
    await expect(editor.getByLabel('Name', { exact: true })).toBeFocused();

    await editor.getByLabel('Name', { exact: true }).fill(TEMPLATE.name);
    await expect(editor.getByLabel('Parent issue type')).toHaveValue('Epic');
    await expect(editor.getByLabel('Child issue type')).toHaveValue('Story');
    await editor.getByLabel(/Parent description/).fill(TEMPLATE.parentDescription ?? '');
    await expect(editor.getByText('is replaced by the package’s summary')).toBeVisible();

    // Saving with an empty element: main's message, in plain words, next to the form.
    await editor.getByRole('button', { name: 'Add element' }).click();
    await editor.getByRole('button', { name: 'Create template' }).click();
    await expect(editor.getByRole('alert')).toContainText('Element 1: Each element needs a name: it becomes the summary of the child issue.');

    // Three elements typed out of order, then put right with the arrows; a fourth removed.
    await editor.getByLabel('Element 1 name').fill('Accès réseau – VPN');
    await editor.getByLabel('Element 2 name').fill(TEMPLATE.elements[0]?.name ?? '');
    await editor.getByRole('listitem', { name: 'Element 2' }).getByLabel(/Description/).fill('Order it.');
    await editor.getByRole('button', { name: 'Add element' }).click();
    await expect(editor.getByLabel('Element 3 name')).toBeFocused();
    await editor.getByLabel('Element 3 name').fill('Badge');
    await editor.getByRole('listitem', { name: 'Element 3' }).getByLabel(/Labels/).fill('onboarding security');
    await editor.getByRole('button', { name: 'Add element' }).click();
    await editor.getByLabel('Element 4 name').fill('To be removed');
    await editor.getByRole('button', { name: 'Remove element 4' }).click();
    await editor.getByRole('button', { name: 'Move element 1 down' }).click();
    await editor.getByRole('button', { name: 'Move element 3 up' }).click();
    await expect(editor.getByLabel('Element 1 name')).toHaveValue(TEMPLATE.elements[0]?.name ?? '');
    await expect(editor.getByLabel('Element 2 name')).toHaveValue('Badge');
    await expect(editor.getByLabel('Element 3 name')).toHaveValue('Accès réseau – VPN');
    await screenshotWholePage(page, 'packages-template-editor-light');

    await editor.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Added template “${TEMPLATE.name}”.` })).toBeVisible();
    const list = page.getByRole('list', { name: 'Templates' });
    await expect(list.getByRole('button', { name: new RegExp(TEMPLATE.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
    await expect(list).toContainText('Epic → Story · 3 elements');

    const r = await app.rpc<TemplateView[]>('templates.list', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((t) => t.name)).toEqual([TEMPLATE.name]);
    expect(r.value[0]?.parentDescription).toBe(TEMPLATE.parentDescription);
    expect(r.value[0]?.elements).toEqual([{ name: TEMPLATE.elements[0]?.name, description: 'Order it.' }, { name: 'Badge', labels: ['onboarding', 'security'] }, { name: 'Accès réseau – VPN' }]);

    // A duplicate name is refused next to the Name field.
    await page.getByRole('button', { name: 'New template' }).click();
    const again = page.getByRole('form', { name: 'New template' });
    await again.getByLabel('Name', { exact: true }).fill(TEMPLATE.name);
    await again.getByLabel('Element 1 name').fill('One');
    await again.getByRole('button', { name: 'Create template' }).click();
    await expect(again.getByText(/There is already a template called/).first()).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotWholePage(page, 'packages-template-editor-dark');

    // Delete, confirmed (Esc first cancels).
    await list.getByRole('button', { name: new RegExp('Onboarding') }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete template' }).click();
    await expect(page.getByRole('heading', { name: 'No templates yet' })).toBeVisible();
  });

  test('the template form lists every problem at once, each next to its field, and focuses the first', async ({ page, app, pw }) => {
    void pw;
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app, 'Templates');
    await page.getByRole('button', { name: 'Create a template' }).click();
    const editor = page.getByRole('form', { name: 'New template' });
    // Three mistakes: no name, the child type the parent's in other letters, a second element without a name.
    await editor.getByLabel('Child issue type').fill('epic');
    await editor.getByLabel('Element 1 name').fill('Laptop — Zoë 💻');
    await editor.getByRole('button', { name: 'Add element' }).click();
    await editor.getByRole('button', { name: 'Create template' }).click();

    const summary = editor.getByRole('alert');
    await expect(summary).toContainText('The template was not saved: 3 problems to fix');
    await expect(summary.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
      'Name: Give the template a name.',
      'Child issue type: The parent and child issue types must differ: Jira cannot put an issue under one of the same type.',
      'Element 2: Each element needs a name: it becomes the summary of the child issue.',
    ]);
    const name = editor.getByLabel('Name', { exact: true });
    const child = editor.getByLabel('Child issue type');
    const element2 = editor.getByLabel('Element 2 name');
    for (const [field, message] of [
      [name, 'Give the template a name.'],
      [child, 'The parent and child issue types must differ: Jira cannot put an issue under one of the same type.'],
      [element2, 'Each element needs a name: it becomes the summary of the child issue.'],
    ] as const) {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(message);
    }
    await expect(editor.getByLabel('Parent issue type')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(editor.getByLabel('Element 1 name')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    await screenshotWholePage(page, 'packages-template-errors-light');
    expect(await seriousA11yFindings(page)).toEqual([]);
    // Nothing reached main's store.
    const none = await app.rpc<TemplateView[]>('templates.list', {});
    expect(none.ok && none.value).toEqual([]);

    // Fixing a field takes its message away (and out of the summary); the rest stay until fixed.
    await name.fill('Onboarding — Zoë 🚀');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(summary.getByRole('listitem')).toHaveCount(2);
    await child.fill('Story');
    await element2.fill('Badge');
    await expect(summary).toHaveCount(0);
    await editor.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added template “Onboarding — Zoë 🚀”.' })).toBeVisible();
    const saved = await app.rpc<TemplateView[]>('templates.list', {});
    expect(saved.ok && saved.value.map((t) => [t.name, t.childIssueType, t.elements.map((e) => e.name)])).toEqual([['Onboarding — Zoë 🚀', 'Story', ['Laptop — Zoë 💻', 'Badge']]]);
  });

  test('wizard: two targets, exact preview, check, live progress, then every key per target', async ({ page, app, pw }) => {
    await pw.addTemplate();
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app);
    await fillWizard(page, pw, [
      { instance: 'alpha', project: 'ops' },
      { instance: 'beta', project: 'HR' },
    ]);
    // Test credentials per target.
    await target(page, 2).getByRole('button', { name: 'Test credentials' }).click();
    await expect(target(page, 2).getByRole('status')).toContainText('Zoë Ångström');
    // One element left out on beta, then put back: all by default.
    const badge = target(page, 2).getByRole('checkbox', { name: 'Badge' });
    await expect(badge).toBeChecked();
    await badge.uncheck();
    await expect(target(page, 2)).toContainText('2 of 3');
    await badge.check();
    await step(page, 'Targets').getByRole('button', { name: 'Continue to preview' }).click();

    // The preview: exactly the issues of each target, {{summary}} filled in.
    const preview = page.getByRole('list', { name: 'Preview' });
    for (const name of ['alpha · OPS', 'beta · HR']) {
      const card = preview.getByRole('listitem', { name: `Preview of ${name}` });
      await expect(card).toContainText(SUMMARY);
      await expect(card).toContainText(`Everything for ${SUMMARY}.`);
      await expect(card).toContainText('Ask the lead — “merci” 🙏');
      await expect(card).toContainText('4 issues');
      for (const el of TEMPLATE.elements) await expect(card).toContainText(el.name);
    }
    await expect(page.getByRole('button', { name: 'Create package' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
    await screenshotWholePage(page, 'packages-preview-light');
    // Enter on the focused Check button checks.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Ready to create' })).toBeVisible();
    expect(pw.issuesOf(pw.alpha)).toEqual([]);

    pw.slowDown(250);
    await page.getByRole('button', { name: 'Create package' }).click();
    const progress = page.getByRole('list', { name: 'Package progress' });
    await expect(progress.getByRole('listitem', { name: 'alpha · OPS' })).toBeVisible();
    await expect(progress.getByRole('listitem', { name: 'beta · HR' })).toBeVisible();
    await expect(progress).toContainText(/Creating the parent issue…|Creating child issues…|Linking the parents/);
    await page.screenshot({ path: 'test-results/screenshots/packages-progress-light.png' });

    const result = page.getByRole('tabpanel').getByTestId('package-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.getByRole('heading', { name: SUMMARY })).toBeVisible();
    await expect(result).toContainText('Every issue exists on 2 sites');
    const alphaCard = result.getByRole('listitem', { name: 'alpha · OPS' });
    const betaCard = result.getByRole('listitem', { name: 'beta · HR' });
    for (const [card, k] of [
      [alphaCard, 'OPS'],
      [betaCard, 'HR'],
    ] as const) {
      await expect(card).toContainText('Complete');
      for (const n of [1, 2, 3, 4]) await expect(card.getByRole('link', { name: new RegExp(`^${k}-${n}\\b`) })).toBeVisible();
    }
    await expect(alphaCard.getByRole('link', { name: /^OPS-1\b/ })).toHaveAttribute('href', `${pw.alpha.url}/browse/OPS-1`);
    await expect(betaCard.getByRole('link', { name: /^HR-2\b/ })).toHaveAttribute('href', `${pw.beta.url}/browse/HR-2`);

    // The keys exist on the fake sites, summaries intact.
    const children = (k: string) => [`${k}-2 Story ${TEMPLATE.elements[0]?.name} ^${k}-1`, `${k}-3 Story Badge ^${k}-1`, `${k}-4 Story Accès réseau – VPN ^${k}-1`];
    expect(pw.issuesOf(pw.alpha)).toEqual([`OPS-1 Epic ${SUMMARY}`, ...children('OPS')]);
    expect(pw.issuesOf(pw.beta)).toEqual([`HR-1 Epic ${SUMMARY}`, ...children('HR')]);
    const [p] = await history(app);
    expect(p?.status).toBe('ok');
    expect(p?.summary).toBe(SUMMARY);
    const got = await app.rpc<PackageView>('packages.get', { groupId: p?.groupId });
    expect(got.ok && got.value.targets.map((t) => [t.parent?.key, ...t.children.map((c) => c.issue?.key)])).toEqual([
      ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
      ['HR-1', 'HR-2', 'HR-3', 'HR-4'],
    ]);

    // A link opens the issue: the browser host cannot, so the page opens a tab.
    const popup = page.waitForEvent('popup');
    await alphaCard.getByRole('link', { name: /^OPS-1\b/ }).click();
    expect((await popup).url()).toBe(`${pw.alpha.url}/browse/OPS-1`);

    await screenshotWholePage(page, 'packages-result-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotWholePage(page, 'packages-result-dark');
  });

  test('an unknown project is refused at the check, every problem listed, nothing created', async ({ page, app, pw }) => {
    await pw.addTemplate();
    await pw.addTemplate({ ...TEMPLATE, name: 'Initiatives', parentIssueType: 'Initiative' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPackages(page, app);
    await step(page, 'Choose a template').getByRole('radio', { name: /Initiatives/ }).check();
    await step(page, 'Choose a template').getByRole('radio', { name: /Initiatives/ }).press('Enter');
    await step(page, 'Summary').getByLabel('Package summary').fill(SUMMARY);
    await step(page, 'Summary').getByRole('button', { name: 'Continue' }).click();
    await target(page, 1).getByLabel('Project key').fill('NOPE');
    await page.getByRole('button', { name: 'Add target' }).click();
    await target(page, 2).getByLabel('Instance').selectOption(pw.instances.beta.id);
    await target(page, 2).getByLabel('Project key').fill('HR');
    await target(page, 2).getByLabel('Project key').press('Enter');
    await page.getByRole('button', { name: 'Check', exact: true }).click();

    const problems = page.getByRole('list', { name: 'Problems' });
    await expect(page.getByText('2 problems found — nothing was created.')).toBeVisible();
    await expect(problems.getByRole('listitem')).toHaveCount(2);
    await expect(problems.getByRole('listitem').nth(0)).toContainText('alpha:NOPE');
    await expect(problems.getByRole('listitem').nth(0)).toContainText('Project NOPE does not exist on "alpha"');
    await expect(problems.getByRole('listitem').nth(1)).toContainText('beta:HR');
    await expect(problems.getByRole('listitem').nth(1)).toContainText('Issue type "Initiative" (parent) cannot be created in HR on "beta" — available: Epic, Story, Task, Sub-task.');
    await expect(page.getByRole('button', { name: 'Create package' })).toBeDisabled();
    await screenshotWholePage(page, 'packages-check-problems-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshotWholePage(page, 'packages-check-problems-light');

    expect(pw.alpha.state.world.issues).toHaveLength(0);
    expect(pw.beta.state.world.issues).toHaveLength(0);
    expect([...pw.alpha.requests, ...pw.beta.requests].filter((r) => r.method === 'POST')).toEqual([]);
    expect(await history(app)).toEqual([]);

    // Back to the targets: fixing the key and the template makes the check pass.
    await step(page, 'Preview & check').getByRole('button', { name: 'Back' }).click();
    await expect(step(page, 'Targets')).toBeVisible();
  });

  test('project picker: the instance’s Jira projects, asked once, picked by keyboard or mouse; any key can still be typed', async ({ page, app, pw }) => {
    await pw.addTemplate();
    pw.alpha.state.world.projects.push({ id: '10002', key: 'CAFE', name: 'Café “Zoë” — Ångström ☕' });
    // beta refuses its first project search: the picker says so, typing still works, Try again lists them.
    pw.beta.faults.inject({ kind: 'status', status: 403 }, { match: '/rest/api/3/project/search' });
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app);
    await fillWizard(page, pw, []);
    const searches = (jira: typeof pw.alpha): number => jira.requests.filter((r) => r.path.endsWith('/rest/api/3/project/search')).length;

    const project = (n: number): Locator => target(page, n).getByRole('combobox', { name: 'Project key' });
    await expect(project(1)).toHaveAccessibleDescription('Type a key, or pick one of alpha’s 3 projects (↓ opens the list).');
    await expect(project(1)).toHaveAttribute('aria-expanded', 'false');
    await project(1).press('ArrowDown');
    const alphaList = page.getByRole('listbox', { name: 'Projects of alpha' });
    await expect(project(1)).toHaveAttribute('aria-expanded', 'true');
    await expect(alphaList.getByRole('option')).toHaveCount(3);
    for (const name of ['CAFE — Café “Zoë” — Ångström ☕', 'OPS — Operations', 'SUP — Support']) await expect(alphaList.getByRole('option', { name, exact: true })).toBeVisible();
    await expect(alphaList.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await screenshotWholePage(page, 'packages-project-picker-light');
    expect(await seriousA11yFindings(page)).toEqual([]);

    // Typing narrows by key or name, accents ignored; the arrow and Enter pick.
    await project(1).fill('angstrom');
    await expect(alphaList.getByRole('option')).toHaveCount(1);
    await project(1).press('ArrowDown');
    await project(1).press('Enter');
    await expect(project(1)).toHaveValue('CAFE');
    await expect(alphaList).toBeHidden();
    await expect(step(page, 'Targets')).toBeVisible();

    // beta: the refused search in plain words, a typed key meanwhile, then Try again.
    await page.getByRole('button', { name: 'Add target' }).click();
    await expect(target(page, 2).getByLabel('Instance')).toHaveValue(pw.instances.beta.id);
    await expect(project(2)).toHaveAccessibleDescription(/^Could not list the projects of beta: .+ You can still type the key\.$/);
    await project(2).fill('hr');
    await expect(page.getByRole('listbox', { name: 'Projects of beta' })).toBeHidden();
    await target(page, 2).getByRole('button', { name: 'Try again' }).click();
    await expect(project(2)).toHaveAccessibleDescription('Type a key, or pick one of beta’s 1 project (↓ opens the list).');
    // The mouse picks too.
    await project(2).fill('');
    await project(2).click();
    await page.getByRole('listbox', { name: 'Projects of beta' }).getByRole('option', { name: 'HR — Human resources' }).click();
    await expect(project(2)).toHaveValue('HR');

    // A key Jira did not list is still taken as typed (the check decides); alpha was asked once, beta twice (refused, then again).
    await page.getByRole('button', { name: 'Add target' }).click();
    await project(3).fill('newp');
    await expect(alphaList).toBeHidden();
    await target(page, 1).getByLabel('Instance').selectOption(pw.instances.beta.id);
    await target(page, 1).getByLabel('Instance').selectOption(pw.instances.alpha.id);
    expect(searches(pw.alpha)).toBe(1);
    expect(searches(pw.beta)).toBe(2);
    await project(3).press('Enter');
    const preview = page.getByRole('list', { name: 'Preview' });
    for (const name of ['alpha · CAFE', 'beta · HR', 'alpha · NEWP']) await expect(preview.getByRole('listitem', { name: `Preview of ${name}` })).toBeVisible();
  });

  test('targets: every problem at once, a repeated project flagged on each later target naming the first', async ({ page, app, pw }) => {
    await pw.addTemplate();
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app);
    await fillWizard(page, pw, [
      { instance: 'alpha', project: 'OPS' },
      { instance: 'alpha', project: 'ops' },
      { instance: 'alpha', project: ' Ops ' },
      { instance: 'beta', project: '' },
    ]);
    for (const el of TEMPLATE.elements) await target(page, 4).getByRole('checkbox', { name: el.name }).uncheck();
    await step(page, 'Targets').getByRole('button', { name: 'Continue to preview' }).click();

    await expect(step(page, 'Targets')).toBeVisible();
    const project = (n: number): Locator => target(page, n).getByLabel('Project key');
    await expect(project(1)).not.toHaveAttribute('aria-invalid', 'true');
    for (const n of [2, 3]) {
      await expect(project(n)).toHaveAttribute('aria-invalid', 'true');
      // The message first, then the project list's hint.
      await expect(project(n)).toHaveAccessibleDescription(/^Project OPS is already target 1 on this instance\. Type a key/);
    }
    await expect(project(4)).toHaveAccessibleDescription(/^Name the Jira project by its key, e\.g\. "OPS"\. Type a key/);
    await expect(target(page, 4)).toContainText('Choose at least one element.');
    // The first target with a problem gets the focus.
    await expect(project(2)).toBeFocused();
    await screenshotWholePage(page, 'packages-target-problems-light');

    // Editing a target clears its own messages only; removing the duplicates and fixing the last one moves on.
    await project(2).fill('SUP');
    await expect(project(2)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(project(3)).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Remove target 3' }).click();
    await project(3).fill('HR');
    await target(page, 3).getByRole('checkbox', { name: 'Badge' }).check();
    await step(page, 'Targets').getByRole('button', { name: 'Continue to preview' }).click();
    const preview = page.getByRole('list', { name: 'Preview' });
    for (const name of ['alpha · OPS', 'alpha · SUP', 'beta · HR']) await expect(preview.getByRole('listitem', { name: `Preview of ${name}` })).toBeVisible();
    await expect(preview.getByRole('listitem', { name: 'Preview of beta · HR' })).toContainText('2 issues');
  });

  test('a failure after the parent leaves a partial result; Retry completes it without duplicates', async ({ page, app, pw }) => {
    await pw.addTemplate();
    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app);
    await fillWizard(page, pw, [
      { instance: 'alpha', project: 'OPS' },
      { instance: 'beta', project: 'HR' },
    ]);
    await step(page, 'Targets').getByRole('button', { name: 'Continue to preview' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ready to create' })).toBeVisible();

    pw.beta.faults.inject({ kind: 'status', status: 500 }, { match: '/rest/api/3/issue/bulk' });
    await page.getByRole('button', { name: 'Create package' }).click();
    const result = page.getByRole('tabpanel').getByTestId('package-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.locator('.pkg-result__head')).toContainText('Partial');
    const betaCard = result.getByRole('listitem', { name: 'beta · HR' });
    await expect(betaCard).toContainText('Partial');
    await expect(betaCard).toContainText('1 of 4 issues');
    await expect(betaCard.getByRole('link', { name: /^HR-1\b/ })).toBeVisible();
    await expect(betaCard.getByText('not created', { exact: true })).toHaveCount(3);
    await expect(betaCard.getByRole('list', { name: 'Problems on beta · HR' })).toContainText("3 child issues were not created: Jira had a server problem for 'beta' (500)");
    await expect(result.getByRole('listitem', { name: 'alpha · OPS' })).toContainText('Complete');
    expect(pw.issuesOf(pw.beta)).toEqual([`HR-1 Epic ${SUMMARY}`]);
    await screenshotWholePage(page, 'packages-partial-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotWholePage(page, 'packages-partial-dark');

    await result.getByRole('button', { name: 'Retry' }).click();
    await expect(result.locator('.pkg-result__head')).toContainText('Complete', { timeout: 30_000 });
    await expect(betaCard).toContainText('4 of 4 issues');
    for (const n of [1, 2, 3, 4]) await expect(betaCard.getByRole('link', { name: new RegExp(`^HR-${n}\\b`) })).toBeVisible();
    await expect(result.getByRole('button', { name: 'Retry' })).toHaveCount(0);

    // No duplicates: exactly one parent and three children per site.
    expect(pw.beta.state.world.issues).toHaveLength(4);
    expect(pw.alpha.state.world.issues).toHaveLength(4);
    expect(pw.issuesOf(pw.beta)).toEqual([`HR-1 Epic ${SUMMARY}`, `HR-2 Story ${TEMPLATE.elements[0]?.name} ^HR-1`, `HR-3 Story Badge ^HR-1`, `HR-4 Story Accès réseau – VPN ^HR-1`]);
    expect((await history(app))[0]?.status).toBe('ok');
  });

  test('History lists the packages with their keys; one selected shows its linked issues and retries', async ({ page, app, pw }) => {
    const t = await pw.addTemplate();
    const targets = [
      { instanceId: pw.instances.alpha.id, projectKey: 'OPS' },
      { instanceId: pw.instances.beta.id, projectKey: 'HR' },
    ];
    const first = await pw.createPackage({ templateId: t.id, summary: 'First — “one” ✓', targets });
    pw.alpha.faults.inject({ kind: 'status', status: 500 }, { match: '/rest/api/3/issue/bulk' });
    const second = await pw.createPackage({ templateId: t.id, summary: SUMMARY, targets });
    expect([first.status, second.status]).toEqual(['ok', 'partial']);

    await page.emulateMedia({ colorScheme: 'light' });
    await openPackages(page, app, 'History');
    const list = page.getByRole('list', { name: 'Package history' });
    const items = list.getByTestId('package-history-item');
    await expect(items).toHaveCount(2);
    // Newest first, with template, status and the parent keys as links.
    await expect(items.nth(0)).toContainText(SUMMARY);
    await expect(items.nth(0)).toContainText('Partial');
    await expect(items.nth(0)).toContainText(TEMPLATE.name);
    await expect(items.nth(0).getByRole('link', { name: /^OPS-5\b/ })).toBeVisible();
    await expect(items.nth(0).getByRole('link', { name: /^HR-5\b/ })).toBeVisible();
    await expect(items.nth(1)).toContainText('First — “one” ✓');
    await expect(items.nth(1)).toContainText('Complete');

    // Selecting the first package: its detail and the linked issues of its group.
    await items.nth(1).getByRole('button').click();
    const linked = page.getByRole('table', { name: 'Linked issues' });
    await expect(linked.getByRole('row')).toHaveCount(9);
    await expect(linked.getByRole('row').nth(1)).toContainText('OPS-1');
    await expect(linked.getByRole('row').nth(1)).toContainText('First — “one” ✓');
    await expect(linked.getByRole('row').nth(2)).toContainText('HR-1');
    await expect(linked).toContainText('Accès réseau – VPN');
    await expect(page.getByText(first.groupId)).toBeVisible();
    await screenshotWholePage(page, 'packages-history-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotWholePage(page, 'packages-history-dark');

    // The partial one: Retry from history finishes it, the linked issues follow.
    await items.nth(0).getByRole('button').click();
    await expect(linked.getByRole('row')).toHaveCount(6);
    const detail = page.getByRole('tabpanel').getByTestId('package-result');
    await detail.getByRole('button', { name: 'Retry' }).click();
    await expect(detail.locator('.pkg-result__head')).toContainText('Complete', { timeout: 30_000 });
    await expect(items.nth(0)).toContainText('Complete');
    await expect(linked.getByRole('row')).toHaveCount(9);
    expect(pw.alpha.state.world.issues).toHaveLength(8);
    expect(pw.beta.state.world.issues).toHaveLength(8);
  });
});
