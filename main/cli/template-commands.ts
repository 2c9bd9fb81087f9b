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
}
