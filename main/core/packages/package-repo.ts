import type { PackageErrorView, PackageStatus, TargetStatus, TemplateView } from '../../../shared/domain/packages.js';
import type { Db } from '../store/open-database.js';

/** Element number of a target's parent in `package_issues`; children use their element index. */
export const PARENT = -1;

export interface PackageRecord {
  id: number;
  groupId: string;
  templateId: string | null;
  templateName: string;
  template: TemplateView;
  summary: string;
  status: PackageStatus;
  runningSince: string | null;
  createdAt: string;
  updatedAt: string;
  targets: TargetRecord[];
}

export interface TargetRecord {
  id: number;
  position: number;
  instanceId: string | null;
  instanceName: string;
  siteUrl: string;
  projectKey: string;
  elements: number[];
  status: TargetStatus;
  errors: PackageErrorView[];
  /** Created issues by element (PARENT for the parent). */
  issues: Map<number, { id: string; key: string }>;
  /** Done links by the position of the target linked to. */
  links: Map<number, { globalId: string }>;
}

export interface NewTarget {
  position: number;
  instanceId: string;
  instanceName: string;
  siteUrl: string;
  projectKey: string;
  elements: number[];
}

interface PackageRow {
  id: number;
  group_id: string;
  template_id: string | null;
  template_name: string;
  template: string;
  summary: string;
  status: PackageStatus;
  running_since: string | null;
  created_at: string;
  updated_at: string;
}
interface TargetRow {
  id: number;
  position: number;
  instance_id: string | null;
  instance_name: string;
  site_url: string;
  project_key: string;
  elements: string;
  status: TargetStatus;
  errors: string;
}

/**
 * Packages, their targets, created issues and links. Every write is its own small statement (or
 * transaction), made the moment Jira has answered: what is recorded is exactly what exists.
 */
export function packageRepo(db: Db) {
  const insertPackage = db.prepare(
    `INSERT INTO packages (group_id, template_id, template_name, template, summary, status, running_since, created_at, updated_at)
     VALUES (@groupId, @templateId, @templateName, @template, @summary, 'running', @createdAt, @createdAt, @createdAt)`,
  );
  const insertTarget = db.prepare(
    `INSERT INTO package_targets (package_id, position, instance_id, instance_name, site_url, project_key, elements, status)
     VALUES (@packageId, @position, @instanceId, @instanceName, @siteUrl, @projectKey, @elements, 'pending')`,
  );
  const byGroup = db.prepare<[string], PackageRow>('SELECT * FROM packages WHERE group_id = ?');
  const targetsOf = db.prepare<[number], TargetRow>('SELECT * FROM package_targets WHERE package_id = ? ORDER BY position');
  const issuesOf = db.prepare<[number], { target_id: number; element: number; issue_id: string; issue_key: string }>(
    'SELECT i.target_id, i.element, i.issue_id, i.issue_key FROM package_issues i JOIN package_targets t ON t.id = i.target_id WHERE t.package_id = ?',
  );
  const linksOf = db.prepare<[number], { from_target_id: number; to_target_id: number; global_id: string }>(
    'SELECT l.from_target_id, l.to_target_id, l.global_id FROM package_links l JOIN package_targets t ON t.id = l.from_target_id WHERE t.package_id = ?',
  );
  const recordIssue = db.prepare('INSERT INTO package_issues (target_id, element, issue_id, issue_key, created_at) VALUES (?, ?, ?, ?, ?)');
  const recordLink = db.prepare(
    `INSERT INTO package_links (from_target_id, to_target_id, global_id, remote_link_id, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (from_target_id, to_target_id) DO UPDATE SET global_id = excluded.global_id, remote_link_id = excluded.remote_link_id`,
  );
  const setTarget = db.prepare('UPDATE package_targets SET status = ?, errors = ? WHERE id = ?');
  const claim = db.prepare(
    "UPDATE packages SET running_since = @now, status = 'running', updated_at = @now WHERE group_id = @groupId AND (running_since IS NULL OR running_since < @staleBefore)",
  );
  const release = db.prepare('UPDATE packages SET running_since = NULL, status = ?, updated_at = ? WHERE id = ?');
  const recordedOn = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM package_issues i JOIN package_targets t ON t.id = i.target_id WHERE t.instance_id = ? AND i.issue_id = ?',
  );
  const recent = db.prepare<[number], { group_id: string }>('SELECT group_id FROM packages ORDER BY created_at DESC, id DESC LIMIT ?');

  const load = (groupId: string): PackageRecord | undefined => {
    const p = byGroup.get(groupId);
    if (!p) return undefined;
    const targets: TargetRecord[] = targetsOf.all(p.id).map((t) => ({
      id: t.id,
      position: t.position,
      instanceId: t.instance_id,
      instanceName: t.instance_name,
      siteUrl: t.site_url,
      projectKey: t.project_key,
      elements: JSON.parse(t.elements) as number[],
      status: t.status,
      errors: JSON.parse(t.errors) as PackageErrorView[],
      issues: new Map(),
      links: new Map(),
    }));
    const byId = new Map(targets.map((t) => [t.id, t]));
    for (const i of issuesOf.all(p.id)) byId.get(i.target_id)?.issues.set(i.element, { id: i.issue_id, key: i.issue_key });
    for (const l of linksOf.all(p.id)) {
      const to = byId.get(l.to_target_id);
      if (to) byId.get(l.from_target_id)?.links.set(to.position, { globalId: l.global_id });
    }
    return {
      id: p.id,
      groupId: p.group_id,
      templateId: p.template_id,
      templateName: p.template_name,
      template: JSON.parse(p.template) as TemplateView,
      summary: p.summary,
      status: p.status,
      runningSince: p.running_since,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      targets,
    };
  };

  return {
    /** The package and its targets, claimed as running by this process from the start. */
    create: db.transaction((p: { groupId: string; template: TemplateView; summary: string; createdAt: string }, targets: NewTarget[]): number => {
      const id = Number(
        insertPackage.run({ groupId: p.groupId, templateId: p.template.id, templateName: p.template.name, template: JSON.stringify(p.template), summary: p.summary, createdAt: p.createdAt })
          .lastInsertRowid,
      );
      for (const t of targets) insertTarget.run({ packageId: id, ...t, elements: JSON.stringify(t.elements) });
      return id;
    }),
    load,
    /** Marks the package as being worked on; false when another run holds it (and is not stale). */
    claim: (groupId: string, now: string, staleBefore: string): boolean => claim.run({ groupId, now, staleBefore }).changes === 1,
    release: (packageId: number, status: PackageStatus, now: string): void => void release.run(status, now, packageId),
    /** Whether some package already owns this issue of this instance (so a retry must not adopt it). */
    isRecorded: (instanceId: string, issueId: string): boolean => (recordedOn.get(instanceId, issueId)?.n ?? 0) > 0,
    recordIssue: (targetId: number, element: number, issue: { id: string; key: string }, at: string): void => void recordIssue.run(targetId, element, issue.id, issue.key, at),
    recordLink: (fromTargetId: number, toTargetId: number, globalId: string, remoteLinkId: string | null, at: string): void =>
      void recordLink.run(fromTargetId, toTargetId, globalId, remoteLinkId, at),
    setTarget: (targetId: number, status: TargetStatus, errors: PackageErrorView[]): void => void setTarget.run(status, JSON.stringify(errors), targetId),
    recentGroupIds: (limit: number): string[] => recent.all(limit).map((r) => r.group_id),
  };
}

export type PackageRepo = ReturnType<typeof packageRepo>;
