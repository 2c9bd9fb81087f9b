import type { PackageErrorView, PackageProgress } from '../../../shared/domain/packages.js';
import { fillSummary } from '../../../shared/domain/packages.js';
import type { Clock, Logger } from '../ports.js';
import type { NewIssue } from '../jira/jira-create.js';
import { bulkCreateIssues, createIssue, issueTypesForProject, upsertRemoteLink } from '../jira/jira-create.js';
import type { JiraApi } from '../jira/jira-api.js';
import { adoptTagged, findEarlierChildren, findEarlierParent, findTaggedIssues, packageLabel } from './earlier-attempts.js';
import type { JiraAccess } from './jira-access.js';
import type { PackageRecord, PackageRepo, TargetRecord } from './package-repo.js';
import { PARENT } from './package-repo.js';
import { browseUrl, linkGlobalId, packageStatus, targetLabel, targetStatus } from './package-view.js';
import type { ResolvedTarget } from './preflight.js';

export interface RunnerDeps {
  repo: PackageRepo;
  access: JiraAccess;
  clock: Clock;
  log: Logger;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Creates what is missing of a package, in this order per target: the parent, then its children
 * in bulk (≤50 a call), then — once every target had its turn — the remote links between the
 * parents. Whatever is already recorded is skipped, so the same function serves the first run and
 * every retry. Each created issue is recorded the moment Jira answers. A failure stops only the
 * target it happened on; the others go on.
 */
export async function runPackage(
  deps: RunnerDeps,
  p: PackageRecord,
  options: {
    resolved?: Map<number, ResolvedTarget>;
    onProgress?: (e: PackageProgress) => void;
    signal?: AbortSignal;
    /** A retry: first adopt what an earlier attempt created but could not record (see earlier-attempts.ts). */
    adoptEarlier?: boolean;
  } = {},
): Promise<void> {
  const { repo, access, clock, log } = deps;
  const now = (): string => clock.now().toISOString();
  const errors = new Map<number, PackageErrorView[]>(p.targets.map((t) => [t.position, []]));
  const fail = (t: TargetRecord, message: string, element?: number): void => {
    errors.get(t.position)?.push(element === undefined ? { message } : { element, message });
  };
  const progress = (t: TargetRecord, phase: PackageProgress['phase']): void =>
    options.onProgress?.({ groupId: p.groupId, target: t.position, instanceName: t.instanceName, projectKey: t.projectKey, phase, created: t.issues.size, total: t.elements.length + 1 });
  const template = p.template;
  // On every issue the package creates: a retry finds them by it (see earlier-attempts.ts).
  const label = packageLabel(p.groupId);

  const resolve = async (t: TargetRecord): Promise<ResolvedTarget | null> => {
    const known = options.resolved?.get(t.position);
    if (known) return known;
    if (t.instanceId === null) {
      fail(t, `The instance "${t.instanceName}" was removed: add it again (same site) to finish this target.`);
      return null;
    }
    const a = await access(t.instanceId);
    const types = await issueTypesForProject(a.api, t.projectKey, options.signal);
    const byName = (n: string): string | undefined => types.find((x) => x.name.toLowerCase() === n.toLowerCase())?.id;
    const parentTypeId = byName(template.parentIssueType);
    const childTypeId = byName(template.childIssueType);
    if (!parentTypeId || !childTypeId) {
      fail(t, `Issue type "${parentTypeId ? template.childIssueType : template.parentIssueType}" can no longer be created in ${t.projectKey}.`);
      return null;
    }
    return { access: a, parentTypeId, childTypeId };
  };

  const adopt = (t: TargetRecord, element: number, issue: { id: string; key: string }): void => {
    repo.recordIssue(t.id, element, issue, now());
    t.issues.set(element, issue);
    log.info('package issue adopted from an earlier attempt', { groupId: p.groupId, target: targetLabel(t), element, key: issue.key });
  };

  const adoptEarlier = async (t: TargetRecord, api: JiraApi, parentTypeId: string): Promise<void> => {
    const instanceId = t.instanceId;
    const owned = (issueId: string): boolean => instanceId !== null && repo.isRecorded(instanceId, issueId);
    const missing = (): Array<{ element: number; summary: string }> => t.elements.filter((e) => !t.issues.has(e)).map((e) => ({ element: e, summary: template.elements[e]?.name ?? '' }));
    // The package's own label first: exact, whatever happened to the issues' summaries since.
    const tagged = await findTaggedIssues(api, t.projectKey, packageLabel(p.groupId), owned, options.signal);
    const found = adoptTagged(tagged, p.summary, t.issues.get(PARENT) ?? null, missing());
    if (found.parent && !t.issues.has(PARENT)) adopt(t, PARENT, found.parent);
    for (const [element, issue] of found.children) adopt(t, element, issue);
    if (tagged.length > 0) return;
    // Nothing tagged: nothing was created, or an attempt from before packages were labelled — found by summary.
    if (!t.issues.has(PARENT)) {
      const q = { projectKey: t.projectKey, issueTypeId: parentTypeId, summary: p.summary, since: new Date(p.createdAt), now: clock.now(), owned };
      const parent = await findEarlierParent(api, q, options.signal);
      // No parent means its children were never sent either.
      if (!parent) return;
      adopt(t, PARENT, parent);
    }
    const parentKey = t.issues.get(PARENT)?.key ?? '';
    for (const [element, issue] of await findEarlierChildren(api, parentKey, missing(), owned, options.signal)) adopt(t, element, issue);
  };

  const runTarget = async (t: TargetRecord): Promise<void> => {
    if (t.issues.has(PARENT) && t.elements.every((e) => t.issues.has(e))) return;
    let r: ResolvedTarget | null;
    try {
      r = await resolve(t);
    } catch (e) {
      fail(t, errorText(e));
      return;
    }
    if (!r) return;
    const { api } = r.access;
    if (options.adoptEarlier) {
      try {
        await adoptEarlier(t, api, r.parentTypeId);
      } catch (e) {
        // Creating without knowing what exists could make duplicates: stop this target instead.
        fail(t, `Could not check what the earlier attempt created, so nothing was created again: ${errorText(e)}`);
        return;
      }
    }
    const missingChildren = t.elements.filter((e) => !t.issues.has(e));

    let parent = t.issues.get(PARENT);
    if (!parent) {
      progress(t, 'parent');
      try {
        const description = fillSummary(template.parentDescription, p.summary);
        parent = await createIssue(api, { projectKey: t.projectKey, issueTypeId: r.parentTypeId, summary: p.summary, description, labels: [label] }, options.signal);
      } catch (e) {
        fail(t, `The parent issue was not created: ${errorText(e)}`);
        return;
      }
      repo.recordIssue(t.id, PARENT, parent, now());
      t.issues.set(PARENT, parent);
      log.info('package parent created', { groupId: p.groupId, target: targetLabel(t), key: parent.key });
    }

    if (missingChildren.length === 0) return;
    progress(t, 'children');
    const parentKey = parent.key;
    const issues: NewIssue[] = missingChildren.map((e) => {
      const el = template.elements[e];
      return { projectKey: t.projectKey, issueTypeId: r.childTypeId, summary: el?.name ?? '', description: el?.description, labels: [...(el?.labels ?? []), label], parentKey };
    });
    try {
      await bulkCreateIssues(api, issues, {
        ...(options.signal ? { signal: options.signal } : {}),
        onChunk: (outcomes, offset) => {
          outcomes.forEach((o, i) => {
            const element = missingChildren[offset + i];
            if (element === undefined) return;
            if (o.ok) {
              repo.recordIssue(t.id, element, o, now());
              t.issues.set(element, o);
            } else fail(t, o.message, element);
          });
          progress(t, 'children');
        },
      });
    } catch (e) {
      const left = missingChildren.filter((x) => !t.issues.has(x)).length;
      fail(t, `${left} child issue${left === 1 ? ' was' : 's were'} not created: ${errorText(e)}`);
    }
  };

  const linkTarget = async (from: TargetRecord): Promise<void> => {
    const parent = from.issues.get(PARENT);
    const todo = p.targets.filter((to) => to.position !== from.position && !from.links.has(to.position) && to.issues.has(PARENT));
    if (!parent || todo.length === 0 || from.instanceId === null) return;
    progress(from, 'links');
    let a;
    try {
      a = options.resolved?.get(from.position)?.access ?? (await access(from.instanceId));
    } catch (e) {
      fail(from, `The links were not added: ${errorText(e)}`);
      return;
    }
    for (const to of todo) {
      const toKey = to.issues.get(PARENT)?.key ?? '';
      const globalId = linkGlobalId(p.groupId, to);
      try {
        const r = await upsertRemoteLink(
          a.api,
          parent.key,
          { globalId, url: browseUrl(to.siteUrl, toKey), title: `${toKey} (${to.instanceName})`, summary: p.summary },
          options.signal,
        );
        repo.recordLink(from.id, to.id, globalId, r.id, now());
        from.links.set(to.position, { globalId });
      } catch (e) {
        fail(from, `The link to ${toKey} on "${to.instanceName}" was not added: ${errorText(e)}`);
      }
    }
  };

  try {
    await Promise.all(p.targets.map(runTarget));
    await Promise.all(p.targets.map(linkTarget));
  } finally {
    // Whatever happened, the record says what exists and what went wrong.
    for (const t of p.targets) {
      t.errors = errors.get(t.position) ?? [];
      t.status = targetStatus(t, p.targets);
      repo.setTarget(t.id, t.status, t.errors);
      progress(t, 'done');
    }
    p.status = packageStatus(p.targets);
    repo.release(p.id, p.status, now());
    p.runningSince = null;
    log.info('package run finished', { groupId: p.groupId, status: p.status });
  }
}
