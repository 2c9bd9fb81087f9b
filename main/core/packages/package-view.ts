import type { LinkedIssues, PackageStatus, PackageTargetView, PackageView, TargetStatus } from '../../../shared/domain/packages.js';
import type { PackageRecord, TargetRecord } from './package-repo.js';
import { PARENT } from './package-repo.js';

/**
 * The remote link's id on an issue, derived from the group id and the target linked to: a retry
 * sends the same id, and Jira updates that link instead of adding a second one.
 */
export function linkGlobalId(groupId: string, to: Pick<TargetRecord, 'position' | 'projectKey'>): string {
  return `worklog-desk:${groupId}:${to.position}-${to.projectKey}`;
}

export const browseUrl = (siteUrl: string, key: string): string => `${siteUrl}/browse/${encodeURIComponent(key)}`;

export const targetLabel = (t: Pick<TargetRecord, 'instanceName' | 'projectKey'>): string => `${t.instanceName}:${t.projectKey}`;

/** ok: everything of the target exists, links included; failed: nothing of it exists. */
export function targetStatus(t: TargetRecord, all: readonly TargetRecord[]): TargetStatus {
  if (t.issues.size === 0) return 'failed';
  const childrenDone = t.elements.every((e) => t.issues.has(e));
  const linksDone = all.every((o) => o.position === t.position || t.links.has(o.position));
  return t.issues.has(PARENT) && childrenDone && linksDone ? 'ok' : 'partial';
}

export function packageStatus(targets: readonly TargetRecord[]): PackageStatus {
  const statuses = targets.map((t) => targetStatus(t, targets));
  if (statuses.every((s) => s === 'ok')) return 'ok';
  if (targets.every((t) => t.issues.size === 0)) return 'failed';
  return 'partial';
}

export function toPackageView(p: PackageRecord): PackageView {
  const targets: PackageTargetView[] = p.targets.map((t) => {
    const parent = t.issues.get(PARENT);
    return {
      index: t.position,
      instanceId: t.instanceId,
      instanceName: t.instanceName,
      siteUrl: t.siteUrl,
      projectKey: t.projectKey,
      status: targetStatus(t, p.targets),
      parent: parent ? { ...parent, url: browseUrl(t.siteUrl, parent.key) } : null,
      children: t.elements.map((e) => {
        const issue = t.issues.get(e);
        return { element: e, name: p.template.elements[e]?.name ?? `element ${e + 1}`, issue: issue ? { ...issue, url: browseUrl(t.siteUrl, issue.key) } : null };
      }),
      links: p.targets
        .filter((o) => o.position !== t.position)
        .map((o) => ({ toTarget: o.position, globalId: linkGlobalId(p.groupId, o), done: t.links.has(o.position) })),
      errors: t.errors,
    };
  });
  return {
    groupId: p.groupId,
    templateId: p.templateId,
    templateName: p.templateName,
    summary: p.summary,
    // 'running' is only shown while a run holds the package; otherwise what exists decides.
    status: p.runningSince !== null ? 'running' : p.status,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    targets,
    errors: p.targets.flatMap((t) =>
      t.errors.map((e) => `${targetLabel(t)}: ${e.element === undefined ? '' : `"${p.template.elements[e.element]?.name ?? e.element}": `}${e.message}`),
    ),
  };
}

/** Every issue created under a group id, parents first, with where it lives. */
export function toLinkedIssues(p: PackageRecord): LinkedIssues {
  const issues: LinkedIssues['issues'] = [];
  for (const t of p.targets) {
    const base = { instanceName: t.instanceName, siteUrl: t.siteUrl, projectKey: t.projectKey };
    const parent = t.issues.get(PARENT);
    if (parent) issues.push({ ...base, role: 'parent', summary: p.summary, issue: { ...parent, url: browseUrl(t.siteUrl, parent.key) } });
  }
  for (const t of p.targets) {
    const base = { instanceName: t.instanceName, siteUrl: t.siteUrl, projectKey: t.projectKey };
    for (const e of t.elements) {
      const issue = t.issues.get(e);
      if (issue) issues.push({ ...base, role: 'child', summary: p.template.elements[e]?.name ?? '', issue: { ...issue, url: browseUrl(t.siteUrl, issue.key) } });
    }
  }
  return { groupId: p.groupId, summary: p.summary, issues };
}
