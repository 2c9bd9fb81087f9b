import { randomUUID } from 'node:crypto';
import type { LinkedIssues, PackageProgress, PackageView, PreflightProblem, TemplateView } from '../../../shared/domain/packages.js';
import { packageCreateInput } from '../../../shared/domain/packages.js';
import { AppError } from '../errors.js';
import type { HttpClient } from '../http/http-types.js';
import type { InstancesService } from '../instances/instances-port.js';
import type { Clock, Logger } from '../ports.js';
import type { Db } from '../store/open-database.js';
import { instancesRepo } from '../instances/instances-port.js';
import { systemClock } from '../system-clock.js';
import { jiraAccess } from './jira-access.js';
import type { PackageRecord } from './package-repo.js';
import { packageRepo } from './package-repo.js';
import { runPackage } from './package-runner.js';
import { toLinkedIssues, toPackageView } from './package-view.js';
import type { PreflightTarget } from './preflight.js';
import { describeProblems, preflight } from './preflight.js';
import { templateRepo } from './template-repo.js';
import { createTemplateService, validationMessage } from './template-service.js';

export interface PackagesDeps {
  db: Db;
  http: HttpClient;
  instances: Pick<InstancesService, 'savedCredentials'>;
  log: Logger;
  clock?: Clock;
}

/**
 * A run refreshes nothing while it waits on Jira, so a claim older than this is taken to be from a
 * process that died (crash, kill -9) and may be retried. Longer than any single run of 20 targets.
 */
const STALE_RUN_MS = 15 * 60_000;

export interface RunOptions {
  onProgress?: (e: PackageProgress) => void;
  signal?: AbortSignal;
}

/**
 * Templates and packages, built from the core's parts (database, HTTP pipeline, instances), so
 * the app's services, the CLI and tests share one implementation.
 */
export function createPackagesService(deps: PackagesDeps) {
  const clock = deps.clock ?? systemClock;
  const templates = createTemplateService(templateRepo(deps.db), clock);
  const repo = packageRepo(deps.db);
  const instances = instancesRepo(deps.db);
  const access = jiraAccess(deps.http, deps.instances);
  const runner = { repo, access, clock, log: deps.log };

  const mustLoad = (groupId: string): PackageRecord => {
    const p = repo.load(groupId);
    if (!p) throw new AppError('not_found', `No package with group id "${groupId}". See them with: package history`);
    return p;
  };

  /** Validates the input against the template and the instances: everything that needs no network. */
  const plan = (raw: unknown): { template: TemplateView; summary: string; targets: Array<PreflightTarget & { siteUrl: string; elements: number[] }>; requestId: string | undefined } => {
    const parsed = packageCreateInput.safeParse(raw);
    if (!parsed.success) throw new AppError('validation', validationMessage(parsed.error, 'package'));
    const input = parsed.data;
    const template = input.templateId !== undefined ? templates.get(input.templateId) : templates.byName(input.templateName ?? '');
    const targets = input.targets.map((t, position) => {
      const row = instances.get(t.instanceId);
      if (!row) throw new AppError('not_found', `Target ${position + 1}: that Jira instance no longer exists — it may have been removed.`);
      const elements = t.elements ? [...new Set(t.elements)].sort((a, b) => a - b) : template.elements.map((_, i) => i);
      const bad = elements.filter((e) => e >= template.elements.length);
      if (bad.length > 0) {
        throw new AppError('validation', `Target ${row.name}:${t.projectKey} chooses element ${bad.map((b) => b + 1).join(', ')}, but template "${template.name}" has only ${template.elements.length}.`);
      }
      return { position, instanceId: row.id, instanceName: row.name, projectKey: t.projectKey, siteUrl: row.url, elements };
    });
    return { template, summary: input.summary, targets, requestId: input.requestId };
  };

  return {
    templates,

    /** The checks alone (the wizard's "Check" step): every problem, nothing created. */
    async check(raw: unknown, signal?: AbortSignal): Promise<PreflightProblem[]> {
      const { template, targets } = plan(raw);
      return (await preflight(access, template, targets, signal)).problems;
    },

    /**
     * Checks every target, then creates. Refused with every problem at once when a check fails
     * (nothing created, nothing recorded); otherwise the answer says exactly what exists.
     */
    async create(raw: unknown, options: RunOptions = {}): Promise<PackageView> {
      const { template, summary, targets, requestId } = plan(raw);
      const checked = await preflight(access, template, targets, options.signal);
      if (checked.problems.length > 0) throw new AppError('validation', describeProblems(checked.problems));
      const groupId = randomUUID();
      repo.create({ groupId, template, summary, createdAt: clock.now().toISOString() }, targets.map((t) => ({ ...t, siteUrl: checked.resolved.get(t.position)?.access.siteUrl ?? t.siteUrl })));
      deps.log.info('package started', { groupId, template: template.name, targets: targets.length });
      const p = mustLoad(groupId);
      const report = options.onProgress;
      const onProgress = report && requestId ? (e: PackageProgress) => report({ ...e, requestId }) : report;
      await runPackage(runner, p, { resolved: checked.resolved, ...options, ...(onProgress ? { onProgress } : {}) });
      return toPackageView(mustLoad(groupId));
    },

    /** Finishes what is missing; what was created is never created again. */
    async retry(groupId: string, options: RunOptions = {}): Promise<PackageView> {
      const before = mustLoad(groupId);
      if (before.status === 'ok' && before.runningSince === null) return toPackageView(before);
      const now = clock.now();
      if (!repo.claim(groupId, now.toISOString(), new Date(now.getTime() - STALE_RUN_MS).toISOString())) {
        throw new AppError('busy', 'This package is being created or retried right now (in the app or by the CLI): wait for it to finish, then look at its history.');
      }
      await runPackage(runner, mustLoad(groupId), { ...options, adoptEarlier: true });
      return toPackageView(mustLoad(groupId));
    },

    get: (groupId: string): PackageView => toPackageView(mustLoad(groupId)),

    /** Newest first. */
    history(limit = 200): PackageView[] {
      return repo.recentGroupIds(limit).flatMap((g) => {
        const p = repo.load(g);
        return p ? [toPackageView(p)] : [];
      });
    },

    linked: (groupId: string): LinkedIssues => toLinkedIssues(mustLoad(groupId)),
  };
}

export type PackagesService = ReturnType<typeof createPackagesService>;
