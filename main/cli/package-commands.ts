import type { Command } from 'commander';
import type { PackageProgress, PackageView, TemplateView } from '../../shared/domain/packages.js';
import type { AppCore } from '../core/app-core.js';
import { CLI_INVOCATION, CliError, usageError } from './cli-error.js';
import { withCore } from './core-session.js';
import type { Output } from './output.js';
import { createOutput } from './output.js';
import { formatHistory, formatLinked, formatPackage } from './package-format.js';
import { packagesOf } from './packages-session.js';
import { collect, resolveInstances } from './resolve-instances.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';

export interface TargetArg {
  instance: string;
  project: string;
  /** Element names or 1-based positions, as typed; absent = all. */
  elements: string[] | undefined;
}

/** `INSTANCE:PROJECT[:ELEMENT,ELEMENT...]`; the element list may itself contain colons. */
export function parseTargetArg(value: string): TargetArg {
  const first = value.indexOf(':');
  const second = first < 0 ? -1 : value.indexOf(':', first + 1);
  const instance = first < 0 ? '' : value.slice(0, first).trim();
  const project = (second < 0 ? value.slice(first + 1) : value.slice(first + 1, second)).trim();
  if (first < 0 || instance === '' || project === '') {
    throw usageError(`--target "${value}" must look like INSTANCE:PROJECT or INSTANCE:PROJECT:ELEMENT,ELEMENT.`, 'package create');
  }
  const list = second < 0 ? undefined : value.slice(second + 1).split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (list !== undefined && list.length === 0) throw usageError(`--target "${value}" names no element after the second colon.`, 'package create');
  return { instance, project, elements: list };
}

/** Element names (case-insensitive) or 1-based positions to template indexes. */
function elementIndexes(template: TemplateView, arg: TargetArg): number[] | undefined {
  if (!arg.elements) return undefined;
  return arg.elements.map((e) => {
    const byName = template.elements.findIndex((x) => x.name.toLowerCase() === e.toLowerCase());
    if (byName >= 0) return byName;
    const n = /^\d+$/.test(e) ? Number(e) : NaN;
    if (n >= 1 && n <= template.elements.length) return n - 1;
    throw new CliError(`Template "${template.name}" has no element "${e}". Its elements: ${template.elements.map((x, i) => `${i + 1}. ${x.name}`).join('; ')}.`, { code: 'validation' });
  });
}

const progressLine = (out: Output) => (e: PackageProgress): void => {
  if (e.phase === 'done') return;
  out.progress(`${e.instanceName}:${e.projectKey}: ${e.phase === 'parent' ? 'creating the parent' : e.phase === 'children' ? `children ${e.created - 1 < 0 ? 0 : e.created - 1}/${e.total - 1}` : 'linking'}…`);
};

/** Prints the result; a package that is not complete still prints it all, then fails with exit 1. */
function finish(out: Output, p: PackageView): void {
  out.result(formatPackage(p), p);
  if (p.status !== 'ok') {
    throw new CliError(
      p.status === 'failed'
        ? `Nothing was created for "${p.summary}": ${p.errors[0] ?? 'see the problems above'}`
        : `"${p.summary}" was only partly created (${p.errors.length} problem${p.errors.length === 1 ? '' : 's'}): finish it with ${CLI_INVOCATION} package retry ${p.groupId}`,
    );
  }
}

const session = async (core: AppCore) => packagesOf(core);

/** `package …`: create a package on several sites, finish a partial one, look at the history. */
export function registerPackageCommands(program: Command): void {
  const pkg = program.command('package').description('create a parent issue with its children on several Jira instances, linked to each other');

  pkg
    .command('create')
    .description('check every target, then create the parent, its children and the cross links on each')
    .requiredOption('--template <name>', 'the template to use')
    .requiredOption('--summary <text>', 'summary of the parent issues (also {{summary}} in the parent description)')
    .requiredOption('--target <INSTANCE:PROJECT[:ELEMENT,...]>', 'where to create (repeat for several); elements by name or number, default all', collect)
    .option('--json', `${JSON_HELP}: {groupId, status, targets: [{instanceName, projectKey, parent: {key, url}, children: [{name, issue}], links, errors}], errors}`)
    .addHelpText(
      'after',
      `\nNothing is created unless every target passes its checks. Exit 0 only when everything was created.\n` +
        `\nExamples:\n  ${CLI_INVOCATION} package create --template Onboarding --summary "New hire: Zoë" --target alpha:OPS --target beta:HR\n` +
        `  ${CLI_INVOCATION} package create --template Onboarding --summary "Laptop" --target alpha:OPS:Laptop,Badge --json\n`,
    )
    .action(async (opts: { template: string; summary: string; target: string[]; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      const targets = opts.target.map(parseTargetArg);
      await withCore(async ({ core }) => {
        const packages = await session(core);
        const template = packages.templates.byName(opts.template);
        const rows = resolveInstances(core, targets.map((t) => t.instance));
        const input = {
          templateId: template.id,
          summary: opts.summary,
          targets: targets.map((t) => {
            const row = rows.find((r) => r.name.toLowerCase() === t.instance.toLowerCase());
            const elements = elementIndexes(template, t);
            return { instanceId: row?.id ?? '', projectKey: t.project, ...(elements ? { elements } : {}) };
          }),
        };
        out.progress('Checking every target…');
        finish(out, await packages.create(input, { onProgress: progressLine(out) }));
      });
    });

  pkg
    .command('retry')
    .description('finish a partly created package: creates only what is missing, never a duplicate')
    .argument('<GROUP_ID>', 'the package group id (see: package history)')
    .option('--json', `${JSON_HELP}: the package, as package create prints it`)
    .action(async (groupId: string, opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => finish(out, await (await session(core)).retry(groupId, { onProgress: progressLine(out) })));
    });

  pkg
    .command('history')
    .description('every package, newest first, with its targets, created keys, status and problems')
    .option('--json', `${JSON_HELP}: an array of packages`)
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const list = (await session(core)).history();
        out.result(formatHistory(list), list);
      });
    });

  pkg
    .command('linked')
    .description('every issue created under a group id, on every instance')
    .argument('<GROUP_ID>', 'the package group id')
    .option('--json', `${JSON_HELP}: {groupId, summary, issues: [{instanceName, projectKey, role, summary, issue: {id, key, url}}]}`)
    .action(async (groupId: string, opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const linked = (await session(core)).linked(groupId);
        out.result(formatLinked(linked), linked);
      });
    });
}
