import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkedIssues, PackageView, TemplateView } from '../../../shared/domain/packages.js';
import type { CliRun } from '../cli/cli-process.js';
import { createCliRunner, lines } from '../cli/cli-process.js';
import type { PackageWorld } from './package-world.js';
import { TEMPLATE, startPackageWorld } from './package-world.js';

/** The real CLI in its own process, on the data folder and keychain of a two-site package world. */
describe('template and package commands', () => {
  let w: PackageWorld;
  let cli: ReturnType<typeof createCliRunner>;
  const json = <T>(r: CliRun): T => JSON.parse(r.stdout) as T;

  beforeAll(async () => {
    w = await startPackageWorld();
    cli = createCliRunner(w.dataDir);
  });
  afterAll(async () => {
    await w.close();
  });

  it('adds a template from a file, refuses an invalid one in one line, and lists them', async () => {
    const file = path.join(w.dataDir, 'onboarding.json');
    writeFileSync(file, JSON.stringify(TEMPLATE));
    const added = await cli.run(['template', 'add', '--file', file, '--json']);
    expect(added.code).toBe(0);
    expect(json<TemplateView>(added)).toMatchObject({ name: 'Onboarding', parentIssueType: 'Epic', childIssueType: 'Story', elements: TEMPLATE.elements });

    const bad = path.join(w.dataDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'onboarding', parentIssueType: 'Epic', childIssueType: 'epic', elements: [] }));
    const refused = await cli.run(['template', 'add', '--file', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toHaveLength(1);
    expect(refused.stderr).toMatch(/^error: The template is not valid — /);
    expect(refused.stderr).toContain('elements: Add at least one element: each becomes a child issue.');
    expect(refused.stderr).toContain('childIssueType: The parent and child issue types must differ');

    const dup = await cli.run(['template', 'add', '--file', file]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe('error: There is already a template called "Onboarding". Pick another name.\n');

    const list = await cli.run(['template', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Onboarding  Epic    Story  Laptop, Badge, Accounts "SSO" — élan');
    expect(json<TemplateView[]>(await cli.run(['template', 'list', '--json'])).map((t) => t.name)).toEqual(['Onboarding']);
  });

  let groupId = '';
  it('creates a package on two instances and prints every created key as JSON', async () => {
    const summary = `Zoë's "first" day — ok`;
    const r = await cli.run(['package', 'create', '--template', 'onboarding', '--summary', summary, '--target', 'alpha:OPS', '--target', 'beta:HR:Badge,3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = json<PackageView>(r);
    groupId = p.groupId;
    expect(p.status).toBe('ok');
    expect(p.summary).toBe(summary);
    expect(p.targets.map((t) => [t.instanceName, t.projectKey, t.parent?.key, t.children.map((c) => `${c.name}=${c.issue?.key ?? ''}`)])).toEqual([
      ['alpha', 'OPS', 'OPS-1', ['Laptop=OPS-2', 'Badge=OPS-3', 'Accounts "SSO" — élan=OPS-4']],
      ['beta', 'HR', 'HR-1', ['Badge=HR-2', 'Accounts "SSO" — élan=HR-3']],
    ]);
  });

  it('refuses a package whose targets fail their checks, naming every problem on one line', async () => {
    const r = await cli.run(['package', 'create', '--template', 'Onboarding', '--summary', 'x', '--target', 'alpha:NOPE', '--target', 'beta:ZZZ']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'error: Nothing was created: 2 problems found — alpha:NOPE: Project NOPE does not exist on "alpha", or the account behind the token cannot see it. | beta:ZZZ: Project ZZZ does not exist on "beta", or the account behind the token cannot see it.',
    ]);
    const usage = await cli.run(['package', 'create', '--template', 'Onboarding', '--summary', 'x', '--target', 'alpha']);
    expect(usage.code).toBe(2);
    const unknownElement = await cli.run(['package', 'create', '--template', 'Onboarding', '--summary', 'x', '--target', 'alpha:OPS:Coffee']);
    expect(unknownElement.code).toBe(1);
    expect(unknownElement.stderr).toMatch(/^error: Template "Onboarding" has no element "Coffee"\. Its elements: 1\. Laptop; 2\. Badge; 3\. Accounts "SSO" — élan\.\n$/);
  });

  it('shows the history and the linked issues of a group id', async () => {
    const history = await cli.run(['package', 'history', '--json']);
    expect(history.code).toBe(0);
    expect(json<PackageView[]>(history).map((p) => [p.groupId, p.status])).toEqual([[groupId, 'ok']]);
    const human = await cli.run(['package', 'history']);
    expect(human.stdout).toMatch(/ok +Zoë's "first" day — ok +Onboarding +alpha:OPS OPS-1, beta:HR HR-1/);

    const linked = await cli.run(['package', 'linked', groupId, '--json']);
    expect(linked.code).toBe(0);
    expect(json<LinkedIssues>(linked).issues.map((i) => i.issue.key)).toEqual(['OPS-1', 'HR-1', 'OPS-2', 'OPS-3', 'OPS-4', 'HR-2', 'HR-3']);
    const missing = await cli.run(['package', 'linked', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: No package with group id "nope". See them with: package history\n');
  });

  it('prints a partial result, exits 1, and retry finishes it', async () => {
    w.alpha.faults.inject({ kind: 'status', status: 500 }, { match: '/rest/api/3/issue/bulk' });
    const r = await cli.run(['package', 'create', '--template', 'Onboarding', '--summary', 'Half', '--target', 'alpha:SUP', '--json']);
    expect(r.code).toBe(1);
    const p = json<PackageView>(r);
    expect(p.status).toBe('partial');
    expect(p.targets[0]?.parent?.key).toBe('SUP-1');
    expect(lines(r.stderr)).toEqual([`error: "Half" was only partly created (1 problem): finish it with npm run --silent cli -- package retry ${p.groupId}`]);

    const retried = await cli.run(['package', 'retry', p.groupId]);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('Package "Half" — ok');
    expect(retried.stdout).toMatch(/alpha:SUP +ok +SUP-1 +SUP-2, SUP-3, SUP-4 +0\/0/);
    for (const run of cli.transcript) for (const token of Object.values(w.tokens)) expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('shows a template as editable JSON, updates it from the edited file and removes it', async () => {
    const file = path.join(w.dataDir, 'offboarding.json');
    const offboarding = { name: 'Offboarding 🚪', parentIssueType: 'Epic', childIssueType: 'Story', parentDescription: 'Goodbye {{summary}}', elements: [{ name: 'Laptop back' }] };
    writeFileSync(file, JSON.stringify(offboarding));
    expect((await cli.run(['template', 'add', '--file', file])).code).toBe(0);

    const shown = await cli.run(['template', 'show', 'offboarding 🚪']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual(offboarding);

    const edited = { ...offboarding, name: 'Leaving', elements: [...offboarding.elements, { name: 'Badge — désactivé', labels: ['security'] }] };
    writeFileSync(file, JSON.stringify(edited));
    const updated = await cli.run(['template', 'update', 'Offboarding 🚪', '--file', file, '--json']);
    expect(updated.code).toBe(0);
    expect(json<TemplateView>(updated)).toMatchObject(edited);
    expect(JSON.parse((await cli.run(['template', 'show', 'leaving'])).stdout)).toEqual(edited);
    expect(json<TemplateView[]>(await cli.run(['template', 'list', '--json'])).map((t) => t.name)).toEqual(['Leaving', 'Onboarding']);

    // Renaming onto another template's name is refused and changes nothing.
    writeFileSync(file, JSON.stringify({ ...edited, name: 'ONBOARDING' }));
    const clash = await cli.run(['template', 'update', 'Leaving', '--file', file]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/already a template called/);
    expect(JSON.parse((await cli.run(['template', 'show', 'Leaving'])).stdout)).toEqual(edited);

    const removed = await cli.run(['template', 'remove', 'leaving', '--json']);
    expect(json(removed)).toEqual({ removed: true, name: 'Leaving' });
    const gone = await cli.run(['template', 'show', 'Leaving']);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(/^error: No template called "Leaving"\. Known templates: "Onboarding"\./);
  });
});
