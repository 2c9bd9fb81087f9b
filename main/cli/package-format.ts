import type { LinkedIssues, PackageTargetView, PackageView } from '../../shared/domain/packages.js';
import { CLI_INVOCATION } from './cli-error.js';
import { formatTable } from './output.js';

const keys = (t: PackageTargetView): string => {
  const made = t.children.flatMap((c) => (c.issue ? [c.issue.key] : []));
  const missing = t.children.length - made.length;
  return `${made.join(', ') || '—'}${missing > 0 ? ` (+${missing} missing)` : ''}`;
};

/** One package: a line per target with every created key, then each outstanding problem. */
export function formatPackage(p: PackageView): string {
  const lines = [`Package "${p.summary}" — ${p.status} (template "${p.templateName}", group ${p.groupId})`];
  lines.push(
    formatTable(
      ['TARGET', 'STATUS', 'PARENT', 'CHILDREN', 'LINKS'],
      p.targets.map((t) => [
        `${t.instanceName}:${t.projectKey}`,
        t.status,
        t.parent?.key ?? '—',
        keys(t),
        `${t.links.filter((l) => l.done).length}/${t.links.length}`,
      ]),
    ),
  );
  if (p.errors.length > 0) lines.push('Problems:', ...p.errors.map((e) => `  ${e}`));
  if (p.status === 'partial' || p.status === 'failed') lines.push(`Finish it with: ${CLI_INVOCATION} package retry ${p.groupId}`);
  return lines.join('\n');
}

export function formatHistory(list: readonly PackageView[]): string {
  if (list.length === 0) return 'No packages yet.';
  return formatTable(
    ['CREATED', 'STATUS', 'SUMMARY', 'TEMPLATE', 'TARGETS', 'GROUP'],
    list.map((p) => [
      p.createdAt.slice(0, 16).replace('T', ' '),
      p.status,
      p.summary,
      p.templateName,
      p.targets.map((t) => `${t.instanceName}:${t.projectKey}${t.parent ? ` ${t.parent.key}` : ''}`).join(', '),
      p.groupId,
    ]),
  );
}

export function formatLinked(l: LinkedIssues): string {
  if (l.issues.length === 0) return `No issues were created for "${l.summary}" (group ${l.groupId}).`;
  return [
    `"${l.summary}" (group ${l.groupId})`,
    formatTable(
      ['KEY', 'ROLE', 'INSTANCE', 'SUMMARY', 'URL'],
      l.issues.map((i) => [i.issue.key, i.role, i.instanceName, i.summary, i.issue.url]),
    ),
  ].join('\n');
}
