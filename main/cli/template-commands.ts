import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { TemplateView } from '../../shared/domain/packages.js';
import { CLI_INVOCATION, CliError } from './cli-error.js';
import { withCore } from './core-session.js';
import { createOutput, formatTable } from './output.js';
import { packagesOf } from './packages-session.js';

const JSON_HELP = 'print machine-readable JSON on stdout (and nothing else there)';

/** The template file as JSON; a missing file or broken JSON is reported in one plain line. */
function readTemplateFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `There is no file ${file}.` : `Cannot read ${file} (${code ?? 'error'}).`, { code: 'validation' });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { code: 'validation' });
  }
}

export function formatTemplates(list: readonly TemplateView[]): string {
  if (list.length === 0) return `No templates yet. Add one with: ${CLI_INVOCATION} template add --file TEMPLATE.json`;
  return formatTable(
    ['NAME', 'PARENT', 'CHILD', 'ELEMENTS'],
    list.map((t) => [t.name, t.parentIssueType, t.childIssueType, t.elements.map((e) => e.name).join(', ')]),
  );
}

/** `template …`: the package templates, stored in the local database. */
export function registerTemplateCommands(program: Command): void {
  const template = program.command('template').description('manage package templates (a parent issue and its child issues)');

  template
    .command('add')
    .description('add a template from a JSON file')
    .requiredOption('--file <TEMPLATE.json>', 'the template: {name, parentIssueType, childIssueType, parentDescription, elements: [{name, description?, labels?}]}')
    .option('--json', `${JSON_HELP}: the stored template`)
    .addHelpText(
      'after',
      `\nparentDescription may use {{summary}} (the package's summary). Element names become the child issues' summaries.\n` +
        `\nExample:\n  ${CLI_INVOCATION} template add --file onboarding.json\n`,
    )
    .action(async (opts: { file: string; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      const raw = readTemplateFile(opts.file);
      await withCore(async ({ core }) => {
        const t = (await packagesOf(core)).templates.add(raw);
        out.result(`Added template "${t.name}": ${t.parentIssueType} with ${t.elements.length} ${t.childIssueType} element${t.elements.length === 1 ? '' : 's'}.`, t);
      });
    });

  template
    .command('list')
    .description('list the templates')
    .option('--json', `${JSON_HELP}: an array of templates`)
    .action(async (opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const list = (await packagesOf(core)).templates.list();
        out.result(formatTemplates(list), list);
      });
    });

  template
    .command('show')
    .description('print a template as the JSON that `template add` and `template update` read')
    .argument('<name>', 'the template name (letter case ignored)')
    .addHelpText('after', `\nExample (edit a template):\n  ${CLI_INVOCATION} template show Onboarding > onboarding.json\n  ${CLI_INVOCATION} template update Onboarding --file onboarding.json\n`)
    .action(async (name: string) => {
      await withCore(async ({ core }) => {
        const t = (await packagesOf(core)).templates.byName(name);
        // Always JSON: this output is meant to be edited and read back.
        process.stdout.write(`${JSON.stringify(templateFile(t), null, 2)}\n`);
      });
    });

  template
    .command('update')
    .description('replace a template with the contents of a JSON file (its "name" may rename it)')
    .argument('<name>', 'the template to replace (letter case ignored)')
    .requiredOption('--file <TEMPLATE.json>', 'the new template, in the format `template show` prints')
    .option('--json', `${JSON_HELP}: the stored template`)
    .action(async (name: string, opts: { file: string; json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      const raw = readTemplateFile(opts.file);
      await withCore(async ({ core }) => {
        const templates = (await packagesOf(core)).templates;
        const old = templates.byName(name);
        const body = typeof raw === 'object' && raw !== null ? raw : {};
        const t = templates.update({ ...body, id: old.id });
        out.result(`Updated template "${t.name}": ${t.parentIssueType} with ${t.elements.length} ${t.childIssueType} element${t.elements.length === 1 ? '' : 's'}. Packages made before keep their own copy.`, t);
      });
    });

  template
    .command('remove')
    .description('delete a template (packages made from it keep their own copy)')
    .argument('<name>', 'the template name (letter case ignored)')
    .option('--json', `${JSON_HELP}: {removed, name}`)
    .action(async (name: string, opts: { json?: boolean }) => {
      const out = createOutput({ json: opts.json });
      await withCore(async ({ core }) => {
        const templates = (await packagesOf(core)).templates;
        const t = templates.byName(name);
        templates.remove(t.id);
        out.result(`Removed template "${t.name}".`, { removed: true, name: t.name });
      });
    });
}

/** A template without its id and timestamps: what a template file holds. */
function templateFile(t: TemplateView) {
  return { name: t.name, parentIssueType: t.parentIssueType, childIssueType: t.childIssueType, parentDescription: t.parentDescription, elements: t.elements };
}
